import type { Announcement, AnnouncementsState } from '@tavla/shared';
import type { Clock } from '../../lib/clock.js';
import type { AnnouncementRepository, AnnouncementRow } from './announcement-repository.js';

/**
 * Announcements as screens see them, read from the repository: kept apart from the service so
 * the method state (which the service commits changes through) can compose them too.
 */
export function createAnnouncementReads(deps: { repo: AnnouncementRepository; clock: Clock }) {
  const { repo, clock } = deps;

  function toAnnouncement(row: AnnouncementRow): Announcement {
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      text: row.text,
      photoId: row.photo_id,
      goalId: row.goal_id,
      requiresAck: row.requires_ack === 1,
      pinnedDays: row.pinned_days,
      publishedAt: row.published_at,
      changedAt: row.changed_at,
      version: row.version,
      pinnedUntil: row.pinned_until,
      retiredAt: row.retired_at,
      acks: repo.acks(row.id, row.version),
      meetings: repo.meetingsOf(row.id).map((m) => ({ at: m.at, present: m.present })),
    };
  }

  return {
    toAnnouncement,

    /**
     * The method state's part: pinned now and routines in force, newest first, with the head
     * count the method state read from the board's settings.
     */
    state(boardId: string, employees: number | null): AnnouncementsState {
      return {
        current: repo.current(boardId, clock.now().toISOString()).map(toAnnouncement),
        employees,
      };
    },

    /**
     * What the current list depends on besides the board's seq: the soonest pin still to run
     * out. When it passes, the key changes and a cached snapshot is made again.
     */
    cacheKey: (boardId: string): string =>
      repo.nextExpiry(boardId, clock.now().toISOString()) ?? '',
  };
}

export type AnnouncementReads = ReturnType<typeof createAnnouncementReads>;
