import { describe, expect, it } from 'vitest';
import type { WorkshopLive } from '@tavla/shared';
import { liveKey, shouldOpenClicker } from './live-workshop.js';

const live = (sessionId: string, index: number): WorkshopLive => ({
  sessionId,
  title: 'Workshop',
  startedAt: '2026-12-01T08:00:00.000Z',
  index,
  count: 12,
  activity: { id: 'intro', kind: 'slide', title: 'Hello', text: '', photoId: null },
  open: true,
  revealed: false,
  answered: 0,
  results: null,
});

describe('the board page and the live workshop', () => {
  it('keys the live activity by session and position', () => {
    expect(liveKey(null)).toBeNull();
    expect(liveKey(undefined)).toBeNull();
    expect(liveKey(live('s1', 2))).toBe('s1:2');
  });

  it('takes a phone to the clicker when a session starts and again when the lead moves on', () => {
    expect(shouldOpenClicker(live('s1', 0), null, false)).toBe(true);
    expect(shouldOpenClicker(live('s1', 1), 's1:0', false)).toBe(true);
    // A new session with the same position is a new activity too.
    expect(shouldOpenClicker(live('s2', 0), 's1:0', false)).toBe(true);
  });

  it('leaves a phone on the board once it came back from the same activity', () => {
    expect(shouldOpenClicker(live('s1', 3), 's1:3', false)).toBe(false);
  });

  it('never moves a lead, nor anyone when no workshop runs', () => {
    expect(shouldOpenClicker(live('s1', 0), null, true)).toBe(false);
    expect(shouldOpenClicker(null, null, false)).toBe(false);
  });
});
