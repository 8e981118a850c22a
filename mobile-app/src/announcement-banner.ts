import type { Announcement, AnnouncementList } from '@tavla/shared';
import { isPinned } from '@tavla/shared/announcement-rules';

/** An acknowledgement is of one version: a changed announcement is a new key, asked again. */
export const ackKey = (announcement: Pick<Announcement, 'id' | 'version'>): string =>
  `${announcement.id}@${announcement.version}`;

/** The versions this device acknowledged, from its own list (`GET …/announcements`). */
export function acknowledgedKeys(list: AnnouncementList): Set<string> {
  return new Set(list.announcements.filter((a) => a.acknowledged === true).map(ackKey));
}

/**
 * What the board page shows at the top: the pinned announcements that ask this device for an
 * acknowledgement it has not given (for their current version), newest first as they come.
 */
export function toAcknowledge(
  current: readonly Announcement[],
  acknowledged: ReadonlySet<string>,
  now: Date,
): Announcement[] {
  return current.filter(
    (announcement) =>
      announcement.requiresAck &&
      isPinned(announcement, now) &&
      !acknowledged.has(ackKey(announcement)),
  );
}

/** What the list depends on: which versions are current (a new one asks for the list again). */
export const versionsKey = (current: readonly Announcement[]): string =>
  current.map(ackKey).join(',');
