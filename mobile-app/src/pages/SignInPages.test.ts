import { describe, expect, it } from 'vitest';
import { ApiError } from '../api.js';
import { failureMessage } from './SignInPages.js';

describe('failureMessage', () => {
  it('says why a sign-in or setup failed in the user’s words, never the server’s', () => {
    const wrong = new ApiError(401, 'wrong_credentials', 'Wrong username or password.');
    expect(failureMessage(wrong, 'sv')).toBe('Fel användarnamn eller lösenord.');
    const code = new ApiError(401, 'setup_code_wrong', 'The setup code is not right.');
    expect(failureMessage(code, 'en')).toBe('The one-time code is not right.');
    const locked = new ApiError(429, 'rate_limited', 'Too many failed attempts.');
    expect(failureMessage(locked, 'sv')).toBe(
      'För många misslyckade försök. Vänta en stund och försök igen.',
    );
    expect(failureMessage(new ApiError(429, 'rate_limited', 'x', undefined, 600), 'en')).toContain(
      '10 min',
    );
    expect(failureMessage(new TypeError('Failed to fetch'), 'sv')).toBe(
      'Ingen kontakt med servern just nu. Försök igen om en stund.',
    );
  });

  it('names a setup field by the label the setup form shows', () => {
    const short = new ApiError(400, 'validation_failed', 'Invalid body', 'displayName');
    expect(failureMessage(short, 'sv', { displayName: 'auth.displayName' })).toBe(
      'Kontrollera fältet ”Ditt namn” och försök igen.',
    );
    const password = new ApiError(400, 'validation_failed', 'Invalid body', 'password');
    expect(failureMessage(password, 'sv')).toBe(
      'Kontrollera fältet ”Lösenord”: det ska ha minst 10 tecken.',
    );
  });
});
