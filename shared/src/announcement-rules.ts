import type { Announcement } from './announcements.js';

/**
 * The announcements' rules that screens and the server share, without TypeBox: the apps import
 * them from `@tavla/shared/announcement-rules` so the schemas stay out of their bundles.
 */

export const ANNOUNCEMENT_KINDS = ['goal', 'routine', 'information'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];

export const ANNOUNCEMENT_LIMITS = {
  titleMin: 3,
  titleMax: 120,
  textMax: 2000,
  pinnedDaysMin: 1,
  pinnedDaysMax: 14,
  presentMax: 1000,
  employeesMax: 100_000,
} as const;

/** What the rules read of an announcement. */
type Pinnable = Pick<Announcement, 'retiredAt' | 'pinnedUntil'>;

/** Pinned: published, not retired, and its pin not yet run out. */
export function isPinned(announcement: Pinnable, now: Date): boolean {
  return announcement.retiredAt === null && Date.parse(announcement.pinnedUntil) > now.getTime();
}

/** A routine applies until a lead retires it, pinned or not. */
export function isInForce(announcement: Pick<Announcement, 'retiredAt' | 'kind'>): boolean {
  return announcement.retiredAt === null && announcement.kind === 'routine';
}

/** Pinned days from a publication (or a change) moment. */
export function pinnedUntil(from: Date, days: number): string {
  return new Date(from.getTime() + days * 24 * 60 * 60 * 1000).toISOString();
}

/** Where a board photo (an announcement's `photoId`) is shown: its id names its files. */
export function boardPhotoUrls(photoId: string): { url: string; thumbUrl: string } {
  return { url: `/photos/${photoId}.webp`, thumbUrl: `/photos/${photoId}-thumb.webp` };
}
