import { describe, expect, it } from 'vitest';
import { errorMessage, MESSAGES, pickLanguage, statusLabel, t } from './i18n.js';
import { ERROR_CODES } from './errors.js';
import { SUGGESTION_STATUSES } from './domain.js';

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
    expect(t('en', 'kiosk.more', { count: 4 })).toBe('+4 more');
    expect(t('sv', 'kiosk.more', { count: 4 })).toBe('+4 till');
    expect(t('en', 'kiosk.more')).toBe('+{count} more');
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

  it('translates every error code, a field at fault, a wait and a failed fetch', () => {
    for (const code of ERROR_CODES) {
      expect(errorMessage('sv', { code })).toBe(t('sv', `error.${code}`));
      expect(errorMessage('en', { code })).not.toBe(errorMessage('sv', { code }));
    }
    expect(errorMessage('en', { code: 'validation_failed', field: 'text' })).toContain('text');
    expect(errorMessage('sv', { code: 'rate_limited', retryAfterSeconds: 600 })).toContain(
      '10 min',
    );
    expect(errorMessage('en', { code: 'no such code' })).toBe(t('en', 'error.internal'));
    expect(errorMessage('en', null)).toBe(t('en', 'error.offline'));
  });
});
