import type {
  BoardSnapshot,
  CreateSuggestionBody,
  Goal,
  MethodState,
  Suggestion,
  SuggestionPage,
} from '@tavla/shared';
import { DONE_ON_WALL_DAYS, LIMITS, namingRefusal, normaliseText } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import { conflict, invalid } from '../../http/app-error.js';
import type { Clock } from '../../lib/clock.js';
import type { BoardRepository, BoardRow } from '../boards/board-repository.js';
import { toBoard } from '../boards/board-service.js';
import type { BoardChanges } from '../boards/board-changes.js';
import { decodeCursor, encodeCursor } from '../../lib/page-cursor.js';
import type { SuggestionRepository, SuggestionRow } from './suggestion-repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Suggestions in one page of older ones, unless the caller asks for fewer. */
export const SUGGESTION_PAGE_DEFAULT = 30;

/**
 * Done suggestions changed since the start of the UTC day `doneDays` ago (the board's setting,
 * DONE_ON_WALL_DAYS unless a lead changed it) are in snapshots: a little more than the wall
 * shows, and the same all day, so the cached snapshot changes with the board and once a day,
 * not with every request.
 */
export function doneSinceAt(now: Date, doneDays: number = DONE_ON_WALL_DAYS): string {
  const day = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return new Date(day - doneDays * DAY_MS).toISOString();
}

/** The board's naming rule (anonymous only / name optional / name required) for a phone's text. */
export function assertNaming(board: BoardRow, authorName: string | null | undefined): void {
  const refusal = namingRefusal(board.naming, authorName);
  if (refusal) {
    throw invalid(
      refusal === 'author_name_required'
        ? 'This board asks for a name on every suggestion.'
        : 'Suggestions on this board are anonymous: send no name.',
      { code: refusal, field: 'authorName' },
    );
  }
}

/** The part of a snapshot that is the same for everyone who asks, serialised once. */
interface SharedSnapshot {
  key: string;
  /** `{"board":…,"goals":[…],"method":{…},"suggestions":[…` — the JSON up to the end of the list. */
  prefix: Buffer;
  count: number;
  ids: ReadonlySet<string>;
}

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
  /**
   * Where the board stands in the method, for snapshots, and what that depends on besides
   * the board's seq (the wall view's time running out).
   */
  method: { state: (board: BoardRow) => MethodState; cacheKey: (board: BoardRow) => string };
  /** This database's history id, given with every snapshot. */
  history: string;
  clock: Clock;
}) {
  const { db, boards, suggestions, boardChanges, checkGoal, listGoals } = deps;
  const votedByStatement = db.prepare<[string, string], { suggestion_id: string }>(
    `SELECT votes.suggestion_id FROM votes JOIN suggestions ON suggestions.id = votes.suggestion_id
     WHERE suggestions.board_id = ? AND votes.device_id = ? AND suggestions.hidden_at IS NULL`,
  );
  const votedBy = (boardId: string, deviceId: string) =>
    votedByStatement.all(boardId, deviceId).map((row) => row.suggestion_id);

  /** One serialised shared part per board; replaced when the board's key changes. */
  const cache = new Map<string, SharedSnapshot>();
  function sharedSnapshot(fresh: BoardRow, doneSince: string): SharedSnapshot {
    const key = JSON.stringify([
      deps.history,
      fresh.last_seq,
      doneSince,
      fresh.name,
      fresh.language,
      deps.method.cacheKey(fresh),
    ]);
    const cached = cache.get(fresh.id);
    if (cached?.key === key) return cached;
    const rows = suggestions.listInSnapshotScope(fresh.id, doneSince);
    const head = JSON.stringify({
      board: toBoard(fresh),
      seq: fresh.last_seq,
      history: deps.history,
      doneSince,
      hasOlder: suggestions.hasOutsideSnapshotScope(fresh.id, doneSince),
      goals: listGoals(fresh),
      method: deps.method.state(fresh),
    });
    const list = JSON.stringify(rows.map(toSuggestion));
    const made: SharedSnapshot = {
      key,
      // Both end in a bracket that is cut off: the list stays open for a phone's own items.
      prefix: Buffer.from(`${head.slice(0, -1)},"suggestions":${list.slice(0, -1)}`),
      count: rows.length,
      ids: new Set(rows.map((row) => row.id)),
    };
    cache.set(fresh.id, made);
    return made;
  }

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
          { field: 'text' },
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
      // The board's naming rule binds a phone's suggestion (a retry of one stored earlier is
      // answered above, whatever the rule is now). A lead's idea from a workshop has no author.
      if (deviceId !== null) assertNaming(board, input.authorName);
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
     * Everything a screen needs, as JSON bytes in two parts (their concatenation is the JSON). The part everyone shares (board, goals, the
     * suggestions in scope) is serialised once per board change (keyed by history, seq and the
     * Done cut-off day) and reused for every request until the board changes. The display's
     * join URL and a phone's own parts (its suggestions outside the scope, `mine`, `myVotes`)
     * are small and appended per request.
     */
    snapshotParts(
      board: BoardRow,
      extras: { joinUrl?: string; deviceId?: string | null } = {},
    ): Buffer[] {
      // Read the rows and the sequence number in one transaction so they agree.
      return db.transaction(() => {
        const fresh = boards.findById(board.id) ?? board;
        const doneSince = doneSinceAt(deps.clock.now(), fresh.done_days);
        const shared = sharedSnapshot(fresh, doneSince);
        let extraItems = '';
        let tail = '';
        if (extras.joinUrl !== undefined) tail += `,"joinUrl":${JSON.stringify(extras.joinUrl)}`;
        if (extras.deviceId) {
          const own = suggestions.listOwnVisible(board.id, extras.deviceId);
          const outside = own.filter((row) => !shared.ids.has(row.id));
          if (outside.length > 0) {
            extraItems =
              (shared.count > 0 ? ',' : '') +
              outside.map((row) => JSON.stringify(toSuggestion(row))).join(',');
          }
          tail +=
            `,"mine":${JSON.stringify(own.map((row) => row.id))}` +
            `,"myVotes":${JSON.stringify(votedBy(board.id, extras.deviceId))}`;
        }
        // Two parts, so the shared one is sent as it is, never copied per request.
        return [shared.prefix, Buffer.from(`${extraItems}]${tail}}`)];
      })();
    },

    /** The snapshot as an object (tests, tools); screens get `snapshotParts`. */
    snapshot(
      board: BoardRow,
      extras: { joinUrl?: string; deviceId?: string | null } = {},
    ): BoardSnapshot {
      return JSON.parse(
        Buffer.concat(this.snapshotParts(board, extras)).toString('utf8'),
      ) as BoardSnapshot;
    },

    /**
     * The visible suggestions a snapshot leaves out (declined, duplicates, Done long ago),
     * newest first, one page at a time.
     */
    olderPage(board: BoardRow, query: { before?: string; limit?: number }): SuggestionPage {
      const limit = query.limit ?? SUGGESTION_PAGE_DEFAULT;
      const before = query.before === undefined ? null : decodeCursor(query.before);
      const rows = suggestions.pageOutsideSnapshotScope(
        board.id,
        doneSinceAt(deps.clock.now(), board.done_days),
        before,
        limit + 1,
      );
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        suggestions: page.map(toSuggestion),
        next:
          rows.length > limit && last
            ? encodeCursor({ createdAt: last.created_at, id: last.id })
            : null,
      };
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
