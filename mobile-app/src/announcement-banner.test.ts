import { describe, expect, it } from 'vitest';
import type { Announcement } from '@tavla/shared';
import { acknowledgedKeys, ackKey, toAcknowledge, versionsKey } from './announcement-banner.js';

const NOW = new Date('2026-12-01T10:00:00.000Z');

function announcement(overrides: Partial<Announcement> = {}): Announcement {
  return {
    id: 'announcement-1',
    kind: 'routine',
    title: 'Close the freezer door',
    text: 'It closes by itself.',
    photoId: null,
    goalId: null,
    requiresAck: true,
    pinnedDays: 7,
    publishedAt: '2026-11-30T10:00:00.000Z',
    changedAt: '2026-11-30T10:00:00.000Z',
    version: 1,
    pinnedUntil: '2026-12-07T10:00:00.000Z',
    retiredAt: null,
    acks: 0,
    meetings: [],
    ...overrides,
  };
}

describe('the board page’s announcement banner', () => {
  it('shows a pinned announcement until this device acknowledges it', () => {
    const a = announcement();
    expect(toAcknowledge([a], new Set(), NOW)).toEqual([a]);
    expect(toAcknowledge([a], new Set([ackKey(a)]), NOW)).toEqual([]);
  });

  it('asks again for a changed version', () => {
    const first = announcement();
    const changed = announcement({ version: 2 });
    expect(toAcknowledge([changed], new Set([ackKey(first)]), NOW)).toEqual([changed]);
    expect(versionsKey([first])).not.toBe(versionsKey([changed]));
  });

  it('leaves out what asks for nothing, what ran out and what was retired', () => {
    const list = [
      announcement({ id: 'no-ack', requiresAck: false }),
      announcement({ id: 'ran-out', pinnedUntil: '2026-12-01T09:59:59.999Z' }),
      announcement({ id: 'retired', retiredAt: '2026-11-30T12:00:00.000Z' }),
      announcement({ id: 'asks' }),
    ];
    expect(toAcknowledge(list, new Set(), NOW).map((a) => a.id)).toEqual(['asks']);
  });

  it('reads the device’s acknowledged versions from its own list', () => {
    const mine = acknowledgedKeys({
      announcements: [
        announcement({ id: 'a', version: 3, acknowledged: true }),
        announcement({ id: 'b', acknowledged: false }),
        announcement({ id: 'c' }),
      ],
      employees: null,
    });
    expect([...mine]).toEqual(['a@3']);
  });
});
