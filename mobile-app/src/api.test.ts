import { describe, expect, it, vi } from 'vitest';
import { t } from '@tavla/shared/i18n';
import { ApiError, describeError, sendErrorMessage, setup, vote } from './api.js';

describe('sendErrorMessage', () => {
  it('picks the phone’s own words by kind of failure, never the server’s text', () => {
    const say = (error: unknown) => sendErrorMessage('en', error);
    expect(say(new TypeError('Failed to fetch'))).toBe(t('en', 'phone.form.errorOffline'));
    expect(say(new ApiError(401, 'unauthorized', 'x'))).toBe(t('en', 'phone.form.errorNotJoined'));
    expect(say(new ApiError(403, 'forbidden', 'x'))).toBe(t('en', 'phone.form.errorNotJoined'));
    expect(say(new ApiError(400, 'validation_failed', 'x'))).toBe(
      t('en', 'phone.form.errorInvalid'),
    );
    expect(say(new ApiError(400, 'validation_failed', 'x', 'id'))).toBe(
      t('en', 'phone.form.errorInvalid'),
    );
    // The field at fault by the form's own label; a goal that stopped being active by its code.
    expect(sendErrorMessage('sv', new ApiError(400, 'validation_failed', 'x', 'text'))).toBe(
      'Kontrollera fältet ”Ditt förslag” och försök igen.',
    );
    expect(say(new ApiError(400, 'goal_not_linkable', 'x', 'goalId'))).toBe(
      t('en', 'error.goal_not_linkable'),
    );
    expect(say(new ApiError(413, 'payload_too_large', 'x'))).toBe(
      t('en', 'error.payload_too_large'),
    );
    expect(say(new ApiError(500, 'internal', 'server internals'))).toBe(t('en', 'error.internal'));
    expect(say(new ApiError(507, 'disk_full', 'x'))).toBe(t('en', 'error.disk_full'));
    expect(sendErrorMessage('sv', new ApiError(429, 'rate_limited', 'x', undefined, 900))).toBe(
      t('sv', 'error.rate_limited.wait', { minutes: 15 }),
    );
  });
});

describe('describeError', () => {
  it('translates the code and names the field at fault by its label', () => {
    expect(
      describeError('sv', new ApiError(400, 'validation_failed', 'Invalid body', 'title')),
    ).toBe('Kontrollera fältet ”Mål (kort och tydligt)” och försök igen.');
    expect(describeError('en', new ApiError(503, 'busy', 'x'))).toBe(t('en', 'error.busy'));
    expect(describeError('en', new Error('fetch failed'))).toBe(t('en', 'error.offline'));
  });

  it('tells a Swedish phone in Swedish which field is wrong, from the server’s real answer', async () => {
    // The body the server sends for a setup with the username "maria lind".
    const answer = {
      error: {
        code: 'validation_failed',
        message: 'Invalid body: body/username must match pattern "^[A-Za-z0-9._@-]+$"',
        field: 'username',
      },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(answer), { status: 400 })),
    );
    const refused = await setup({
      code: 'ABCD',
      username: 'maria lind',
      displayName: 'Maria',
      password: 'long enough password',
    }).catch((error: unknown) => error);
    vi.unstubAllGlobals();
    const shown = describeError('sv', refused);
    expect(shown).toBe(
      'Kontrollera fältet ”Användarnamn”: det ska ha 2–40 tecken och får bara innehålla bokstäverna a–z, siffror och . _ @ -',
    );
    expect(shown).not.toMatch(/Invalid|pattern|body|username/);
  });

  it('says a domain rule in its own words, in both languages', () => {
    const limit = new ApiError(409, 'goal_limit_reached', 'A board has at most 5 active goals.');
    expect(describeError('sv', limit)).toContain('Tavlan har redan 5 aktiva mål');
    expect(describeError('en', limit)).toContain('The board already has 5 active goals');
  });
});

describe('a refusal that asks to wait', () => {
  it('carries the wait from the body, or else from Retry-After', async () => {
    const answer = (body: unknown, headers: Record<string, string>) =>
      vi.fn(async () => new Response(JSON.stringify(body), { status: 429, headers }));
    vi.stubGlobal(
      'fetch',
      answer({ error: { code: 'rate_limited', message: 'x', retryAfterSeconds: 42 } }, {}),
    );
    const fromBody = await vote('b-0000001', 'x', true).catch((error: unknown) => error);
    expect(fromBody).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 42 });
    vi.stubGlobal('fetch', answer({}, { 'retry-after': '7' }));
    const fromHeader = await vote('b-0000001', 'x', true).catch((error: unknown) => error);
    expect(fromHeader).toMatchObject({ status: 429, retryAfterSeconds: 7 });
    vi.unstubAllGlobals();
  });
});
