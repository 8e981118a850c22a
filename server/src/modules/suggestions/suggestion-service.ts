import type { BoardSnapshot, CreateSuggestionBody, Goal, Suggestion } from '@tavla/shared';
import { LIMITS, normaliseText } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import { conflict, invalid } from '../../http/app-error.js';
import type { BoardRepository, BoardRow } from '../boards/board-repository.js';
import { toBoard } from '../boards/board-service.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { SuggestionRepository, SuggestionRow } from './suggestion-repository.js';

/** The one text normaliser lives in shared; the edge (http/normalise-input.ts) applies it too. */
export { normaliseText };

export const toSuggestion = (row: SuggestionRow): Suggestion => ({
  id: row.id,
  boardId: row.board_id,
  text: row.text,
  dimension: row.dimension,
  authorName: row.author_name,
  status: row.status,
  statusNote: row.status_note,
  duplicateOf: row.duplicate_of,
  statusChangedAt: row.status_changed_at,
  votes: row.vote_count,
  comments: row.comment_count,
  goalId: row.goal_id,
  photo:
    row.photo_name && row.thumb_name
      ? { url: `/photos/${row.photo_name}`, thumbUrl: `/photos/${row.thumb_name}` }
      : null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  seq: row.seq,
});

export function createSuggestionService(deps: {
  db: Db;
  boards: BoardRepository;
  suggestions: SuggestionRepository;
  boardChanges: BoardChanges;
  /** Throws unless the goal is an active goal of the board (a suggestion may point at it). */
  checkGoal: (board: BoardRow, goalId: string) => void;
  /** The board's goals for snapshots. */
  listGoals: (board: BoardRow) => Goal[];
  /** This database's history id, given with every snapshot. */
  history: string;
}) {
  const { db, boards, suggestions, boardChanges, checkGoal, listGoals } = deps;
  const votedByStatement = db.prepare<[string, string], { suggestion_id: string }>(
    `SELECT votes.suggestion_id FROM votes JOIN suggestions ON suggestions.id = votes.suggestion_id
     WHERE suggestions.board_id = ? AND votes.device_id = ? AND suggestions.hidden_at IS NULL`,
  );
  const votedBy = (boardId: string, deviceId: string) =>
    votedByStatement.all(boardId, deviceId).map((row) => row.suggestion_id);

  const insertNew = (
    board: BoardRow,
    deviceId: string | null,
    input: CreateSuggestionBody,
    text: string,
  ) =>
    boardChanges
      .commitSoon(board, (seq, at) => {
        const authorName = input.authorName ? normaliseText(input.authorName) || null : null;
        const row: SuggestionRow = {
          id: input.id.toLowerCase(),
          board_id: board.id,
          device_id: deviceId,
          text,
          dimension: input.dimension,
          author_name: authorName,
          status: 'new',
          status_note: null,
          duplicate_of: null,
          status_changed_at: at,
          hidden_at: null,
          hidden_reason: null,
          hidden_by: null,
          vote_count: 0,
          comment_count: 0,
          photo_name: null,
          thumb_name: null,
          goal_id: input.goalId ?? null,
          created_at: at,
          updated_at: at,
          seq,
        };
        suggestions.insert(row);
        return {
          event: 'suggestion:created' as const,
          payload: { seq, suggestion: toSuggestion(row) },
        };
      })
      .then((change) => change.payload.suggestion);

  return {
    /**
     * Stores a phone's suggestion once: a retry with the same client id returns the stored
     * suggestion (`created: false`) instead of adding another. Reusing an id for something
     * else is a conflict.
     */
    async create(
      board: BoardRow,
      deviceId: string | null,
      input: CreateSuggestionBody,
    ): Promise<{ suggestion: Suggestion; created: boolean }> {
      const text = normaliseText(input.text);
      if (text.length < LIMITS.suggestionTextMin) {
        throw invalid(
          `The suggestion needs at least ${LIMITS.suggestionTextMin} characters of text.`,
        );
      }
      if (input.goalId) checkGoal(board, input.goalId);
      const stored = () => {
        const existing = suggestions.findById(input.id.toLowerCase());
        if (!existing) return null;
        if (existing.board_id === board.id && existing.device_id === deviceId) {
          return { suggestion: toSuggestion(existing), created: false };
        }
        throw conflict('A different suggestion already uses this id.');
      };
      const before = stored();
      if (before) return before;
      try {
        return { suggestion: await insertNew(board, deviceId, input, text), created: true };
      } catch (error) {
        // The same id twice in one group commit: the first one won; answer as for a retry.
        const after = stored();
        if (after) return after;
        throw error;
      }
    },

    /**
     * Everything a screen needs. The display also gets the join URL; a phone gets the
     * suggestions it posted and the ones it said "me too" to.
     */
    snapshot(
      board: BoardRow,
      extras: { joinUrl?: string; deviceId?: string | null } = {},
    ): BoardSnapshot {
      // Read the rows and the sequence number in one transaction so they agree.
      return db.transaction(() => {
        const fresh = boards.findById(board.id) ?? board;
        const snapshot: BoardSnapshot = {
          board: toBoard(fresh),
          seq: fresh.last_seq,
          history: deps.history,
          suggestions: suggestions.listVisibleByBoard(board.id).map(toSuggestion),
          goals: listGoals(fresh),
        };
        if (extras.joinUrl !== undefined) snapshot.joinUrl = extras.joinUrl;
        if (extras.deviceId) {
          snapshot.mine = suggestions.idsPostedBy(board.id, extras.deviceId);
          snapshot.myVotes = votedBy(board.id, extras.deviceId);
        }
        return snapshot;
      })();
    },
  };
}

export type SuggestionService = ReturnType<typeof createSuggestionService>;

/** The broadcast for a suggestion that changed: the whole suggestion as it now is. */
export function suggestionUpdated(suggestions: SuggestionRepository, id: string, seq: number) {
  const row = suggestions.findById(id);
  if (!row) throw new Error(`suggestion ${id} vanished inside its own transaction`);
  return { event: 'suggestion:updated' as const, payload: { seq, suggestion: toSuggestion(row) } };
}
