import {
  TRIAGE_PAGE_DEFAULT,
  normaliseText,
  type BulkHideBody,
  type BulkResult,
  type BulkStatusBody,
  type Suggestion,
  type SuggestionHistory,
  type TriagePage,
  type TriageQuery,
} from '@tavla/shared';
import { WAITING_DAYS } from '@tavla/shared/follow-up-rules';
import { invalid, notFound } from '../../http/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { decodeRankedCursor, encodeRankedCursor } from '../../lib/page-cursor.js';
import type { UserRow } from '../accounts/account-repository.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRepository, BoardRow } from '../boards/board-repository.js';
import { applyHide, applyMove, checkMove, hideReason } from '../suggestions/suggestion-moves.js';
import type { SuggestionRepository, SuggestionRow } from '../suggestions/suggestion-repository.js';
import { suggestionUpdated, toSuggestion } from '../suggestions/suggestion-service.js';
import type { TriageFilter, TriageRepository, TriageRow } from './triage-repository.js';
import { foldText } from './triage-repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

const toItem = (row: TriageRow) => ({
  suggestion: toSuggestion(row),
  hidden:
    row.hidden_at === null
      ? null
      : { at: row.hidden_at, reason: row.hidden_reason ?? '', byName: row.hidden_by_name },
});

/**
 * The lead's triage: the board's suggestions filtered, searched, sorted and paged from the
 * server, and bulk actions over a selection. A bulk action is all or nothing: every id is
 * checked first (it is a suggestion of this board, in the state the action needs, and the
 * move obeys the workflow's rules as a single move would), then all changes commit in ONE
 * transaction, each logged and recorded on the suggestion's timeline like the single change,
 * and broadcast after the commit.
 */
export function createTriageService(deps: {
  triage: TriageRepository;
  suggestions: SuggestionRepository;
  boards: BoardRepository;
  boardChanges: BoardChanges;
  clock: Clock;
  /** Deletes photo files of suggestions that were hidden (after the commit). */
  discardPhotos: (names: readonly string[]) => void;
}) {
  const { triage, suggestions, boards, boardChanges, clock } = deps;

  /**
   * The suggestions these ids name, in the order asked, each of this board and visible (or
   * hidden, for unhiding); any other id refuses the whole request, naming nothing of another
   * board.
   */
  function selection(board: BoardRow, ids: readonly string[], hidden: boolean): SuggestionRow[] {
    const wanted = ids.map((id) => id.toLowerCase());
    const found = new Map(triage.findByIds(wanted).map((row) => [row.id, row]));
    return wanted.map((id) => {
      const row = found.get(id);
      if (!row || row.board_id !== board.id || (row.hidden_at !== null) !== hidden) {
        throw notFound(
          hidden
            ? `There is no hidden suggestion ${id} on this board.`
            : `There is no suggestion ${id} on this board.`,
        );
      }
      return row;
    });
  }

  const current = (ids: readonly string[]): Suggestion[] => {
    const rows = new Map(triage.findByIds(ids).map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = rows.get(id);
      return row ? [toSuggestion(row)] : [];
    });
  };

  return {
    page(board: BoardRow, query: TriageQuery): TriagePage {
      const sort = query.sort ?? 'newest';
      const limit = query.limit ?? TRIAGE_PAGE_DEFAULT;
      const search = query.q === undefined ? '' : foldText(normaliseText(query.q));
      const filter: TriageFilter = {
        boardId: board.id,
        hidden: query.hidden ?? false,
        status: query.status,
        dimension: query.dimension,
        goalId: query.goal,
        waitingBefore: query.waiting
          ? new Date(clock.now().getTime() - WAITING_DAYS * DAY_MS).toISOString()
          : undefined,
        search: search === '' ? undefined : search,
      };
      const after = query.after === undefined ? null : decodeRankedCursor(query.after, 'after');
      const rows = triage.page(filter, sort, after, limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(toItem),
        total: triage.count(filter),
        next:
          rows.length > limit && last
            ? encodeRankedCursor({
                createdAt: sort === 'waiting' ? last.status_changed_at : last.created_at,
                id: last.id,
                rank: sort === 'votes' ? last.vote_count : 0,
              })
            : null,
      };
    },

    /** Moves every selected suggestion to one status (Not doing: one reason for all). */
    move(board: BoardRow, lead: UserRow, body: BulkStatusBody): BulkResult {
      const rows = selection(board, body.ids, false);
      const moves = rows.map((row) => ({
        row,
        ...checkMove(
          row,
          { status: body.status, ...(body.note === undefined ? {} : { note: body.note }) },
          () => {
            throw invalid('A bulk move cannot mark duplicates.', { field: 'status' });
          },
        ),
      }));
      boardChanges.commitAll(
        board,
        moves.map(
          ({ row, ...move }) =>
            (seq: number, at: string) =>
              applyMove(suggestions, row, lead, move, seq, at),
        ),
      );
      return { suggestions: current(rows.map((row) => row.id)) };
    },

    /** Hides every selected suggestion with one reason (their photos are deleted). */
    hide(board: BoardRow, lead: UserRow, body: BulkHideBody): BulkResult {
      const rows = selection(board, body.ids, false);
      const reason = hideReason(body.reason);
      boardChanges.commitAll(
        board,
        rows.map(
          (row) => (seq: number, at: string) =>
            applyHide({ suggestions, boards }, row, lead, reason, seq, at),
        ),
      );
      deps.discardPhotos(
        rows.flatMap((row) => [row.photo_name, row.thumb_name].filter((name) => name !== null)),
      );
      return { suggestions: current(rows.map((row) => row.id)) };
    },

    /** Shows hidden suggestions again (a lead's undo); the hide stays on their timeline. */
    unhide(board: BoardRow, lead: UserRow, ids: readonly string[]): BulkResult {
      const rows = selection(board, ids, true);
      boardChanges.commitAll(
        board,
        rows.map((row) => (seq: number, at: string) => {
          triage.insertUnhide({
            suggestion_id: row.id,
            hidden_at: row.hidden_at ?? at,
            hidden_reason: row.hidden_reason,
            actor_id: lead.id,
            actor_name: lead.display_name,
            created_at: at,
          });
          triage.setVisible({ id: row.id, at, seq });
          return suggestionUpdated(suggestions, row.id, seq);
        }),
      );
      return { suggestions: current(rows.map((row) => row.id)) };
    },

    /** A suggestion's unhidings as timeline entries (negative ids: their own table). */
    unhideEvents(suggestionId: string): SuggestionHistory['events'] {
      return triage.unhidesOf(suggestionId).map((row) => ({
        id: -row.id,
        kind: 'unhidden' as const,
        fromStatus: null,
        toStatus: null,
        note: row.hidden_reason,
        actorName: row.actor_name,
        createdAt: row.created_at,
      }));
    },
  };
}

export type TriageService = ReturnType<typeof createTriageService>;
