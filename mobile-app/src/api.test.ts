import { describe, expect, it, vi } from 'vitest';
import { ApiError, sendErrorMessage, vote } from './api.js';

describe('sendErrorMessage', () => {
  it('picks the phone’s own words by kind of failure', () => {
    expect(sendErrorMessage(new TypeError('Failed to fetch'))).toBe('phone.form.errorOffline');
    expect(sendErrorMessage(new ApiError(401, 'unauthorized', 'x'))).toBe(
      'phone.form.errorNotJoined',
    );
    expect(sendErrorMessage(new ApiError(403, 'forbidden', 'x'))).toBe('phone.form.errorNotJoined');
    expect(sendErrorMessage(new ApiError(400, 'validation_failed', 'x'))).toBe(
      'phone.form.errorInvalid',
    );
    expect(sendErrorMessage(new ApiError(413, 'payload_too_large', 'x'))).toBe(
      'phone.form.errorInvalid',
    );
    expect(sendErrorMessage(new ApiError(500, 'internal', 'x'))).toBe('phone.form.errorServer');
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
