import type { Announcement } from '@tavla/shared/announcements';
import type { Language } from '@tavla/shared';

/**
 * How the wall states the share of devices that acknowledged an announcement: the count, and
 * "of about N devices" with a share when the board's number of employees is set, or just
 * "N devices" when it is not. Devices, never people: one person may have two phones, another
 * none.
 */
export interface AckShare {
  count: number;
  /** The board's number of employees, or null when no lead set it. */
  about: number | null;
  /** count / about in whole percent, at most 100; null without `about`. */
  percent: number | null;
}

export function ackShare(acks: number, employees: number | null): AckShare {
  if (employees === null || employees <= 0) return { count: acks, about: null, percent: null };
  return {
    count: acks,
    about: employees,
    percent: Math.min(100, Math.round((acks / employees) * 100)),
  };
}

/** The latest board meeting where the announcement was gone through, if any. */
export function latestMeeting(
  announcement: Pick<Announcement, 'meetings'>,
): Announcement['meetings'][number] | null {
  return announcement.meetings.reduce<Announcement['meetings'][number] | null>(
    (latest, meeting) => (latest === null || meeting.at > latest.at ? meeting : latest),
    null,
  );
}

/** A day as the board's language writes it ("3 mars", "3 March"). */
export function formatDay(at: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', {
    day: 'numeric',
    month: 'long',
  }).format(new Date(at));
}
