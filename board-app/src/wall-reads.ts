import type { Participation } from '@tavla/shared/analytics';
import type { MeetingReview } from '@tavla/shared/follow-ups';

/**
 * The two reads the wall fetches besides its snapshot (with the same display key): the board
 * meeting's "since last time" and this quarter's participation. The wall carries no schema
 * library (its budget), so an answer is checked for the parts it draws before it is used.
 */

export const meetingPath = (boardId: string) =>
  `/api/boards/${encodeURIComponent(boardId)}/meeting`;
export const participationPath = (boardId: string) =>
  `/api/boards/${encodeURIComponent(boardId)}/participation`;

/** How often the reads are fetched again when nothing on the board changed. */
export const MEETING_EVERY_MS = 3 * 60_000;
export const PARTICIPATION_EVERY_MS = 5 * 60_000;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const isCountOrNull = (value: unknown) => value === null || isCount(value);

export function isMeetingReview(value: unknown): value is MeetingReview {
  if (!isObject(value)) return false;
  const lists = [
    'newSuggestions',
    'statusChanges',
    'measurements',
    'goals',
    'waiting',
    'overdueActions',
  ] as const;
  return (
    lists.every((key) => Array.isArray(value[key])) &&
    isCount(value.done) &&
    typeof value.since === 'string' &&
    (value.previousMeetingAt === null || typeof value.previousMeetingAt === 'string')
  );
}

export function isParticipation(value: unknown): value is Participation {
  if (!isObject(value)) return false;
  return (
    isCount(value.contributors) &&
    isCountOrNull(value.employees) &&
    isCountOrNull(value.percent) &&
    isCountOrNull(value.target) &&
    (value.reached === null || typeof value.reached === 'boolean')
  );
}
