import { describe, expect, it, vi } from 'vitest';
import { t } from '@tavla/shared/i18n';
import { ApiError, describeError, sendErrorMessage, vote } from './api.js';

describe('sendErrorMessage', () => {
  it('picks the phone’s own words by kind of failure, never the server’s text', () => {
    const say = (error: unknown) => sendErrorMessage('en', error);
    expect(say(new TypeError('Failed to fetch'))).toBe(t('en', 'phone.form.errorOffline'));
    expect(say(new ApiError(401, 'unauthorized', 'x'))).toBe(t('en', 'phone.form.errorNotJoined'));
    expect(say(new ApiError(403, 'forbidden', 'x'))).toBe(t('en', 'phone.form.errorNotJoined'));
    expect(say(new ApiError(400, 'validation_failed', 'x'))).toBe(
      t('en', 'phone.form.errorInvalid'),
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
  it('translates the code and names the field at fault', () => {
    expect(
      describeError('sv', new ApiError(400, 'validation_failed', 'Invalid body', 'title')),
    ).toBe(t('sv', 'error.validation_failed.field', { field: 'title' }));
    expect(describeError('en', new ApiError(503, 'busy', 'x'))).toBe(t('en', 'error.busy'));
    expect(describeError('en', new Error('fetch failed'))).toBe(t('en', 'error.offline'));
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
