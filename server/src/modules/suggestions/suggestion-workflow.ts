import type { ChangeStatusBody, SuggestionHistory } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import type { ChangeFeed } from '../../lib/change-feed.js';
import type { Clock } from '../../lib/clock.js';
import { conflict, invalid, notFound } from '../../http/app-error.js';
import type { UserRow } from '../accounts/account-repository.js';
import type { BoardRepository, BoardRow } from '../boards/board-repository.js';
import type {
  SuggestionEventRow,
  SuggestionRepository,
  SuggestionRow,
} from './suggestion-repository.js';
import { normaliseText, toSuggestion } from './suggestion-service.js';

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
  db: Db;
  boards: BoardRepository;
  suggestions: SuggestionRepository;
  clock: Clock;
  changes: ChangeFeed;
  checkGoal: (board: BoardRow, goalId: string) => void;
}) {
  const { db, boards, suggestions, clock, changes, checkGoal } = deps;

  /** A suggestion of this board that screens can see; anything else is "not found". */
  function visible(board: BoardRow, suggestionId: string): SuggestionRow {
    const row = suggestions.findVisible(board.id, suggestionId);
    if (!row) throw notFound('There is no such suggestion on this board.');
    return row;
  }

  const changeStatusTx = db.transaction(
    (
      board: BoardRow,
      lead: UserRow,
      row: SuggestionRow,
      to: ChangeStatusBody['status'],
      note: string | null,
      duplicateOf: string | null,
    ) => {
      const at = clock.now().toISOString();
      const seq = boards.nextSeq(board.id);
      suggestions.setStatus({
        id: row.id,
        status: to,
        note: to === 'not_doing' ? note : null,
        duplicateOf,
        at,
        seq,
      });
      suggestions.insertEvent({
        suggestion_id: row.id,
        kind: 'status',
        from_status: row.status,
        to_status: to,
        note,
        actor_id: lead.id,
        actor_name: lead.display_name,
        comment_id: null,
        created_at: at,
      });
      const updated = suggestions.findById(row.id);
      if (!updated) throw new Error('suggestion vanished inside its own transaction');
      const suggestion = toSuggestion(updated);
      boards.recordChange(board.id, seq, 'suggestion:updated', { seq, suggestion }, at);
      return suggestion;
    },
  );

  const hideTx = db.transaction(
    (board: BoardRow, lead: UserRow, row: SuggestionRow, reason: string) => {
      const at = clock.now().toISOString();
      const seq = boards.nextSeq(board.id);
      suggestions.hide({ id: row.id, reason, userId: lead.id, at, seq });
      suggestions.insertEvent({
        suggestion_id: row.id,
        kind: 'hidden',
        from_status: row.status,
        to_status: null,
        note: reason,
        actor_id: lead.id,
        actor_name: lead.display_name,
        comment_id: null,
        created_at: at,
      });
      const payload = { seq, suggestionId: row.id };
      boards.recordChange(board.id, seq, 'suggestion:removed', payload, at);
      return payload;
    },
  );

  return {
    changeStatus(board: BoardRow, lead: UserRow, suggestionId: string, body: ChangeStatusBody) {
      const row = visible(board, suggestionId);
      const note = body.note === undefined ? null : normaliseText(body.note) || null;
      if (body.status === row.status) {
        throw conflict(`The suggestion is already "${row.status}".`);
      }
      if (body.status === 'not_doing' && (note === null || note.length < 3)) {
        throw invalid(
          'Say why it will not be done: a reason of at least 3 characters is required.',
        );
      }
      let duplicateOf: string | null = null;
      if (body.status === 'duplicate') {
        if (!body.duplicateOf)
          throw invalid('Say which suggestion this one duplicates (duplicateOf).');
        const original = visible(board, body.duplicateOf);
        if (original.id === row.id) throw invalid('A suggestion cannot duplicate itself.');
        if (original.status === 'duplicate') {
          throw invalid('Point to the original suggestion, not to another duplicate.');
        }
        duplicateOf = original.id;
      } else if (body.duplicateOf !== undefined) {
        throw invalid('duplicateOf only goes with the status "duplicate".');
      }
      const suggestion = changeStatusTx(board, lead, row, body.status, note, duplicateOf);
      changes.publish(board.id, {
        event: 'suggestion:updated',
        payload: { seq: suggestion.seq, suggestion },
      });
      return suggestion;
    },

    hide(board: BoardRow, lead: UserRow, suggestionId: string, reason: string): void {
      const row = visible(board, suggestionId);
      const cleaned = normaliseText(reason);
      if (cleaned.length < 3) throw invalid('Give a reason of at least 3 characters.');
      const payload = hideTx(board, lead, row, cleaned);
      changes.publish(board.id, { event: 'suggestion:removed', payload });
    },

    /** A lead links a suggestion to one of the board's active goals, or unlinks it (null). */
    linkGoal(board: BoardRow, suggestionId: string, goalId: string | null) {
      const row = visible(board, suggestionId);
      if (goalId !== null) checkGoal(board, goalId);
      if (row.goal_id === goalId) return toSuggestion(row);
      const suggestion = db.transaction(() => {
        const at = clock.now().toISOString();
        const seq = boards.nextSeq(board.id);
        suggestions.setGoal({ id: row.id, goalId, at, seq });
        const updated = suggestions.findById(row.id);
        if (!updated) throw new Error('suggestion vanished inside its own transaction');
        const result = toSuggestion(updated);
        boards.recordChange(board.id, seq, 'suggestion:updated', { seq, suggestion: result }, at);
        return result;
      })();
      changes.publish(board.id, {
        event: 'suggestion:updated',
        payload: { seq: suggestion.seq, suggestion },
      });
      return suggestion;
    },

    history(board: BoardRow, suggestionId: string): SuggestionHistory {
      const row = visible(board, suggestionId);
      return {
        suggestion: toSuggestion(row),
        events: suggestions.eventsOf(row.id).map(toEvent),
      };
    },
  };
}

export type SuggestionWorkflow = ReturnType<typeof createSuggestionWorkflow>;
