import { LIMITS, normaliseText, type ChangeStatusBody, type SuggestionStatus } from '@tavla/shared';
import { conflict, invalid } from '../../http/app-error.js';
import type { UserRow } from '../accounts/account-repository.js';
import type { BoardRepository } from '../boards/board-repository.js';
import type { SuggestionRepository, SuggestionRow } from './suggestion-repository.js';
import { suggestionUpdated } from './suggestion-service.js';

/** A move the workflow allows, as it will be stored. */
export interface CheckedMove {
  to: SuggestionStatus;
  /** The note as stored on the timeline (trimmed; null when empty). */
  note: string | null;
  duplicateOf: string | null;
}

/**
 * The workflow's rules for one move, the same for a single change and for each suggestion of
 * a bulk move: any status to any other (not to where it is), Not doing with a reason of at
 * least LIMITS.reasonMin characters, Duplicate with an original that is neither itself nor a
 * duplicate. `original` finds a visible suggestion of the board (or throws not found).
 */
export function checkMove(
  row: SuggestionRow,
  body: ChangeStatusBody,
  original: (id: string) => SuggestionRow,
): CheckedMove {
  const note = body.note === undefined ? null : normaliseText(body.note) || null;
  if (body.status === row.status) {
    throw conflict(`The suggestion is already "${row.status}".`, {
      code: 'suggestion_status_unchanged',
    });
  }
  if (body.status === 'not_doing' && (note === null || note.length < LIMITS.reasonMin)) {
    throw invalid(
      `Say why it will not be done: a reason of at least ${LIMITS.reasonMin} characters is required.`,
      { code: 'reason_required', field: 'note' },
    );
  }
  let duplicateOf: string | null = null;
  if (body.status === 'duplicate') {
    if (!body.duplicateOf) {
      throw invalid('Say which suggestion this one duplicates (duplicateOf).', {
        code: 'duplicate_of_required',
        field: 'duplicateOf',
      });
    }
    const first = original(body.duplicateOf);
    if (first.id === row.id) {
      throw invalid('A suggestion cannot duplicate itself.', {
        code: 'duplicate_of_self',
        field: 'duplicateOf',
      });
    }
    if (first.status === 'duplicate') {
      throw invalid('Point to the original suggestion, not to another duplicate.', {
        code: 'duplicate_of_duplicate',
        field: 'duplicateOf',
      });
    }
    duplicateOf = first.id;
  } else if (body.duplicateOf !== undefined) {
    throw invalid('duplicateOf only goes with the status "duplicate".', {
      field: 'duplicateOf',
    });
  }
  return { to: body.status, note, duplicateOf };
}

/** A lead's step on a suggestion's timeline (a move or a hide), for single and bulk changes. */
export function logLeadEvent(
  suggestions: Pick<SuggestionRepository, 'insertEvent'>,
  row: SuggestionRow,
  lead: UserRow,
  at: string,
  event: { kind: 'status' | 'hidden'; to: SuggestionStatus | null; note: string | null },
): void {
  suggestions.insertEvent({
    suggestion_id: row.id,
    kind: event.kind,
    from_status: row.status,
    to_status: event.to,
    note: event.note,
    actor_id: lead.id,
    actor_name: lead.display_name,
    comment_id: null,
    created_at: at,
  });
}

/** A lead's reason for hiding, cleaned; refused when shorter than LIMITS.reasonMin. */
export function hideReason(reason: string): string {
  const cleaned = normaliseText(reason);
  if (cleaned.length < LIMITS.reasonMin) {
    throw invalid(`Give a reason of at least ${LIMITS.reasonMin} characters.`, {
      code: 'reason_required',
      field: 'reason',
    });
  }
  return cleaned;
}

/** Stores a checked move as one board change (inside `commit`): status, timeline, the news. */
export function applyMove(
  suggestions: SuggestionRepository,
  row: SuggestionRow,
  lead: UserRow,
  { to, note, duplicateOf }: CheckedMove,
  seq: number,
  at: string,
) {
  suggestions.setStatus({
    id: row.id,
    status: to,
    note: to === 'not_doing' ? note : null,
    duplicateOf,
    at,
    seq,
  });
  logLeadEvent(suggestions, row, lead, at, { kind: 'status', to, note });
  return suggestionUpdated(suggestions, row.id, seq);
}

/** Hides a suggestion as one board change (inside `commit`): hidden, timeline, off the wall. */
export function applyHide(
  deps: { suggestions: SuggestionRepository; boards: Pick<BoardRepository, 'scrubSuggestion'> },
  row: SuggestionRow,
  lead: UserRow,
  reason: string,
  seq: number,
  at: string,
) {
  deps.suggestions.hide({ id: row.id, reason, userId: lead.id, at, seq });
  logLeadEvent(deps.suggestions, row, lead, at, { kind: 'hidden', to: null, note: reason });
  deps.boards.scrubSuggestion(row.board_id, row.id);
  return { event: 'suggestion:removed' as const, payload: { seq, suggestionId: row.id } };
}
