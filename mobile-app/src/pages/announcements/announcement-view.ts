import type { Announcement, AnnouncementBody, Language } from '@tavla/shared';
import { ANNOUNCEMENT_LIMITS } from '@tavla/shared/announcement-rules';
import { t } from '@tavla/shared/i18n';
import '../../announcement-messages.js';

/** "27 of about 40 devices acknowledged", or "27 devices acknowledged" without a head count. */
export function ackShare(
  language: Language,
  announcement: Pick<Announcement, 'acks'>,
  employees: number | null,
): string {
  return employees === null
    ? t(language, 'announcements.acks', { acks: announcement.acks })
    : t(language, 'announcements.acks.of', { acks: announcement.acks, employees });
}

/** The routines in force first, then the other current announcements (each newest first). */
export function splitCurrent(list: readonly Announcement[]): {
  routines: Announcement[];
  others: Announcement[];
} {
  const live = list.filter((a) => a.retiredAt === null);
  return {
    routines: live.filter((a) => a.kind === 'routine'),
    others: live.filter((a) => a.kind !== 'routine'),
  };
}

/** The form's fields as the lead edits them (the days and head count as typed). */
export interface AnnouncementDraft {
  kind: AnnouncementBody['kind'];
  title: string;
  text: string;
  photoId: string | null;
  goalId: string | null;
  requiresAck: boolean;
  pinnedDays: string;
}

export const EMPTY_DRAFT: AnnouncementDraft = {
  kind: 'routine',
  title: '',
  text: '',
  photoId: null,
  goalId: null,
  requiresAck: true,
  pinnedDays: '7',
};

export const draftOf = (a: Announcement): AnnouncementDraft => ({
  kind: a.kind,
  title: a.title,
  text: a.text,
  photoId: a.photoId,
  goalId: a.goalId,
  requiresAck: a.requiresAck,
  pinnedDays: String(a.pinnedDays),
});

/**
 * The body to send, or the field at fault (checked here as the server would, so the lead hears
 * of it before sending; the server checks again).
 */
export function bodyOf(
  draft: AnnouncementDraft,
): AnnouncementBody | { field: 'title' | 'pinnedDays' } {
  const title = draft.title.trim();
  if (title.length < ANNOUNCEMENT_LIMITS.titleMin || title.length > ANNOUNCEMENT_LIMITS.titleMax) {
    return { field: 'title' };
  }
  const days = Number(draft.pinnedDays.trim());
  if (
    !Number.isInteger(days) ||
    days < ANNOUNCEMENT_LIMITS.pinnedDaysMin ||
    days > ANNOUNCEMENT_LIMITS.pinnedDaysMax
  ) {
    return { field: 'pinnedDays' };
  }
  return {
    kind: draft.kind,
    title,
    text: draft.text.trim(),
    photoId: draft.photoId,
    goalId: draft.goalId,
    requiresAck: draft.requiresAck,
    pinnedDays: days,
  };
}

/** The head count as typed: empty is "not set", otherwise a whole number in range. */
export function employeesOf(typed: string): number | null | undefined {
  const trimmed = typed.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isInteger(value) && value >= 1 && value <= ANNOUNCEMENT_LIMITS.employeesMax
    ? value
    : undefined;
}
