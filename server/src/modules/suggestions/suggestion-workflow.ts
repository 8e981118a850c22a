import type { ChangeStatusBody, SuggestionHistory } from '@tavla/shared';
import { notFound } from '../../http/app-error.js';
import type { UserRow } from '../accounts/account-repository.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRepository, BoardRow } from '../boards/board-repository.js';
import type {
  SuggestionEventRow,
  SuggestionRepository,
  SuggestionRow,
} from './suggestion-repository.js';
import { applyHide, applyMove, checkMove, hideReason } from './suggestion-moves.js';
import { suggestionUpdated, toSuggestion } from './suggestion-service.js';

const toEvent = (row: SuggestionEventRow) => ({
  id: row.id,
  kind: row.kind,
  fromStatus: row.from_status,
  toStatus: row.to_status,
  note: row.note,
  actorName: row.actor_name,
  createdAt: row.created_at,
});

/**
 * What happens to a suggestion after it is posted: a lead moves it through the statuses
 * (any status to any other; Not doing needs a reason, Duplicate needs the original), or
 * hides it. Every step is stored as an event (who, when, from, to, note) and broadcast.
 */
export function createSuggestionWorkflow(deps: {
  suggestions: SuggestionRepository;
  boards: BoardRepository;
  boardChanges: BoardChanges;
  checkGoal: (board: BoardRow, goalId: string) => void;
  /** Deletes photo files of a suggestion that was hidden (after the commit). */
  discardPhotos: (names: readonly string[]) => void;
  /** The times a lead showed the suggestion again after a hide (triage), for its timeline. */
  unhideEventsOf?: (suggestionId: string) => SuggestionHistory['events'];
}) {
  const { suggestions, boards, boardChanges, checkGoal, discardPhotos } = deps;

  /** A suggestion of this board that screens can see; anything else is "not found". */
  function visible(board: BoardRow, suggestionId: string): SuggestionRow {
    const row = suggestions.findVisible(board.id, suggestionId);
    if (!row) throw notFound('There is no such suggestion on this board.');
    return row;
  }

  return {
    changeStatus(board: BoardRow, lead: UserRow, suggestionId: string, body: ChangeStatusBody) {
      const row = visible(board, suggestionId);
      const move = checkMove(row, body, (id) => visible(board, id));
      return boardChanges.commit(board, (seq, at) =>
        applyMove(suggestions, row, lead, move, seq, at),
      ).payload.suggestion;
    },

    hide(board: BoardRow, lead: UserRow, suggestionId: string, reason: string): void {
      const row = visible(board, suggestionId);
      const cleaned = hideReason(reason);
      boardChanges.commit(board, (seq, at) =>
        applyHide({ suggestions, boards }, row, lead, cleaned, seq, at),
      );
      discardPhotos([row.photo_name, row.thumb_name].filter((name) => name !== null));
    },

    /** A lead links a suggestion to one of the board's active goals, or unlinks it (null). */
    linkGoal(board: BoardRow, suggestionId: string, goalId: string | null) {
      const row = visible(board, suggestionId);
      if (goalId !== null) checkGoal(board, goalId);
      if (row.goal_id === goalId) return toSuggestion(row);
      return boardChanges.commit(board, (seq, at) => {
        suggestions.setGoal({ id: row.id, goalId, at, seq });
        return suggestionUpdated(suggestions, row.id, seq);
      }).payload.suggestion;
    },

    history(board: BoardRow, suggestionId: string): SuggestionHistory {
      const row = visible(board, suggestionId);
      return {
        suggestion: toSuggestion(row),
        events: [
          ...suggestions.eventsOf(row.id).map(toEvent),
          ...(deps.unhideEventsOf?.(row.id) ?? []),
        ].sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
      };
    },
  };
}

export type SuggestionWorkflow = ReturnType<typeof createSuggestionWorkflow>;
