import { describe, expect, it } from 'vitest';
import type { Announcement } from '@tavla/shared';
import { EMPTY_METHOD_STATE } from '@tavla/shared/method';
import { wallContent } from './wall-pages.js';

const NOW = new Date('2027-03-10T10:00:00.000Z');
const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();

function announcement(id: string, kind: Announcement['kind'], pinnedUntil: string): Announcement {
  return {
    id,
    kind,
    title: `Announcement ${id}`,
    text: '',
    photoId: null,
    goalId: null,
    requiresAck: true,
    pinnedDays: 7,
    publishedAt: inDays(-7),
    changedAt: inDays(-7),
    version: 1,
    pinnedUntil,
    retiredAt: null,
    acks: 3,
    meetings: [],
  };
}

describe('wallContent', () => {
  it('drops an announcement whose pin ran out by the wall’s clock, but keeps routines in force', () => {
    const method = {
      ...EMPTY_METHOD_STATE,
      announcements: {
        employees: 40,
        current: [
          announcement('pinned-info', 'information', inDays(1)),
          announcement('expired-info', 'information', inDays(-1)),
          announcement('old-routine', 'routine', inDays(-3)),
        ],
      },
    };
    const content = wallContent({ suggestions: [], goals: [] }, method, NOW, 3);
    expect(content.announcements.map((a) => a.id)).toEqual(['pinned-info', 'old-routine']);
    expect(content.pages.announcements).toBe(2);
    // A day later the information's pin has run out too.
    const later = wallContent({ suggestions: [], goals: [] }, method, new Date(inDays(2)), 3);
    expect(later.announcements.map((a) => a.id)).toEqual(['old-routine']);
  });
});
