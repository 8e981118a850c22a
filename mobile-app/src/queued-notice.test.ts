import { describe, expect, it } from 'vitest';
import { shownFeedback } from './queued-notice.js';

describe('the "sent when there is network" notice', () => {
  const queued = { kind: 'queued', id: 'a' } as const;

  it('shows while its suggestion waits in the outbox', () => {
    expect(shownFeedback(queued, new Set(['a']))).toBe(queued);
    expect(shownFeedback(queued, new Set(['b', 'a']))).toBe(queued);
  });

  it('is gone once the suggestion left the outbox', () => {
    expect(shownFeedback(queued, new Set())).toBeNull();
    expect(shownFeedback(queued, new Set(['b']))).toBeNull();
  });

  it('leaves every other feedback as it is', () => {
    const error = { kind: 'error', message: 'Too short' } as const;
    expect(shownFeedback(error, new Set())).toBe(error);
    expect(shownFeedback({ kind: 'sent' }, new Set())).toEqual({ kind: 'sent' });
    expect(shownFeedback(null, new Set(['a']))).toBeNull();
  });
});
