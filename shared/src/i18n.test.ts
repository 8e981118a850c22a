import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  errorMessage,
  fieldLabel,
  fieldName,
  MESSAGES,
  pickLanguage,
  statusLabel,
  t,
} from './i18n.js';
import { ERROR_CODES } from './errors.js';
import { LANGUAGES, SUGGESTION_STATUSES, type Language } from './domain.js';

describe('i18n', () => {
  it('has the same keys, all non-empty, in Swedish and English', () => {
    const svKeys = Object.keys(MESSAGES.sv).sort();
    expect(Object.keys(MESSAGES.en).sort()).toEqual(svKeys);
    for (const lang of ['sv', 'en'] as const) {
      for (const key of svKeys)
        expect(MESSAGES[lang][key as keyof typeof MESSAGES.sv]).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('sv', 'phone.list.onlyMine', { count: 4 })).toBe('Mina förslag (4)');
    expect(t('en', 'phone.list.onlyMine', { count: 4 })).toBe('My suggestions (4)');
    expect(t('sv', 'phone.list.onlyMine')).toBe('Mina förslag ({count})');
  });

  it('labels every status in both languages', () => {
    for (const status of SUGGESTION_STATUSES) {
      expect(statusLabel('sv', status)).toMatch(/\S/);
      expect(statusLabel('en', status)).toMatch(/\S/);
    }
    expect(statusLabel('sv', 'new')).toBe('Ny');
    expect(statusLabel('en', 'new')).toBe('New');
  });

  it('follows the browser language when it is Swedish or English, else the board language', () => {
    expect(pickLanguage(['en-GB', 'sv'])).toBe('en');
    expect(pickLanguage(['de-DE', 'sv-SE'], 'en')).toBe('sv');
    expect(pickLanguage(['de-DE', 'fi'], 'en')).toBe('en');
    expect(pickLanguage([], 'sv')).toBe('sv');
    expect(pickLanguage(['SV'])).toBe('sv');
  });

  it('leaves no placeholder unfilled in any error text', () => {
    for (const language of LANGUAGES) {
      for (const code of ERROR_CODES)
        expect(errorMessage(language, { code })).not.toMatch(/\{\w+\}/);
    }
  });

  it('translates every error code, a field at fault, a wait and a failed fetch', () => {
    for (const code of ERROR_CODES) {
      expect(errorMessage('sv', { code })).toMatch(/\S/);
      expect(errorMessage('en', { code })).not.toBe(errorMessage('sv', { code }));
    }
    expect(errorMessage('en', { code: 'validation_failed', field: 'title' })).toBe(
      'Check the field “Goal (short and clear)” and try again.',
    );
    expect(errorMessage('sv', { code: 'rate_limited', retryAfterSeconds: 600 })).toContain(
      '10 min',
    );
    expect(errorMessage('en', { code: 'no such code' })).toBe(t('en', 'error.internal'));
    expect(errorMessage('en', null)).toBe(t('en', 'error.offline'));
  });

  it('has Swedish and English words of its own for every error code', () => {
    const generic = new Set(['internal', 'validation_failed', 'conflict']);
    for (const code of ERROR_CODES) {
      // Error texts are in the core table: every screen can say every refusal.
      const key = `error.${code}`;
      const core = (language: Language) => MESSAGES[language] as Partial<Record<string, string>>;
      for (const language of LANGUAGES) {
        const text = core(language)[key];
        expect(text, `${language} ${key}`).toMatch(/\S/);
        const said = errorMessage(language, { code });
        expect(said, `${language} ${code}`).not.toMatch(/[{}]/);
        // A specific refusal never falls back to the generic words.
        if (!generic.has(code)) {
          for (const other of generic)
            expect(said).not.toBe(errorMessage(language, { code: other }));
        }
      }
      expect(core('sv')[key]).not.toBe(core('en')[key]);
    }
    expect(errorMessage('sv', { code: 'goal_limit_reached' })).toContain('5 aktiva mål');
    expect(errorMessage('en', { code: 'reason_required' })).toContain('at least 3 characters');
  });
});

describe('naming the field at fault', () => {
  it('tells a Swedish phone in Swedish which field broke which rule (username pattern)', () => {
    // What the server answers for POST /api/setup with username "maria lind".
    const refusal = {
      code: 'validation_failed',
      message: 'Invalid body: body/username must match pattern "^[A-Za-z0-9._@-]+$"',
      field: 'username',
    };
    const said = errorMessage('sv', refusal);
    expect(said).toBe(
      'Kontrollera fältet ”Användarnamn”: det ska ha 2–40 tecken och får bara innehålla bokstäverna a–z, siffror och . _ @ -',
    );
    expect(said).not.toContain('username');
    expect(said).not.toContain('pattern');
    expect(errorMessage('en', refusal)).toContain('“Username”');
  });

  it('names fields by their label in both languages, array items by their array', () => {
    expect(errorMessage('sv', { code: 'validation_failed', field: 'boardIds/0' })).toBe(
      'Kontrollera fältet ”Tavlor som teamledaren ansvarar för” och försök igen.',
    );
    expect(errorMessage('sv', { code: 'validation_failed', field: 'baselineValue' })).toContain(
      '”Utgångsvärde”',
    );
    expect(errorMessage('en', { code: 'validation_failed', field: 'password' })).toBe(
      'Check the field “Password”: it needs at least 10 characters.',
    );
    expect(fieldName('/boardIds/12')).toBe('boardIds');
  });

  it('takes a form’s own label for a field over the general one', () => {
    const comment = { code: 'validation_failed', field: 'text' };
    expect(errorMessage('sv', comment)).toContain('”Text”');
    expect(errorMessage('sv', comment, { text: 'phone.comments.text' })).toContain(
      '”Din kommentar”',
    );
  });

  it('never shows a path it has no label for: the general sentence instead', () => {
    const known = (path: string) => fieldLabel('en', path) !== null;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'id', 'before'),
          fc.array(fc.string(), { maxLength: 4 }).map((parts) => parts.join('/')),
        ),
        fc.constantFrom(...LANGUAGES),
        (field, language) => {
          fc.pre(!known(field));
          expect(errorMessage(language, { code: 'validation_failed', field })).toBe(
            t(language, 'error.validation_failed'),
          );
        },
      ),
    );
  });
});
