import { describe, expect, it } from 'vitest';
import { ApiError, sendErrorMessage } from './api.js';

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
