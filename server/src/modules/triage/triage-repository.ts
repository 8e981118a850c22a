import type { Dimension, SuggestionStatus, TriageSort } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import type { RankedCursor } from '../../lib/page-cursor.js';
import type { SuggestionRow } from '../suggestions/suggestion-repository.js';

/** A suggestion as the triage list reads it: with the name of the lead who hid it. */
export type TriageRow = SuggestionRow & { hidden_by_name: string | null };

export interface UnhideRow {
  id: number;
  suggestion_id: string;
  hidden_at: string;
  hidden_reason: string | null;
  actor_id: string | null;
  actor_name: string;
  created_at: string;
}

/** What the list is narrowed to; every field is optional but the board and hidden-or-not. */
export interface TriageFilter {
  boardId: string;
  hidden: boolean;
  status?: SuggestionStatus | undefined;
  dimension?: Dimension | undefined;
  goalId?: string | undefined;
  /** Only suggestions still new and created before this instant (waiting too long). */
  waitingBefore?: string | undefined;
  /** Folded search text (see FOLD). */
  search?: string | undefined;
}

/**
 * How each sort orders, and the keyset condition for "after this row": row values compare
 * the sort's columns in order, so a page starts exactly after the last row of the one before.
 */
const ORDERS: Record<TriageSort, { order: string; after: string }> = {
  newest: {
    order: 's.created_at DESC, s.id DESC',
    after: '(s.created_at, s.id) < (@afterAt, @afterId)',
  },
  oldest: {
    order: 's.created_at ASC, s.id ASC',
    after: '(s.created_at, s.id) > (@afterAt, @afterId)',
  },
  votes: {
    order: 's.vote_count DESC, s.created_at DESC, s.id DESC',
    after: '(s.vote_count, s.created_at, s.id) < (@afterRank, @afterAt, @afterId)',
  },
  // Longest in its present status first: the lead's oldest undecided work.
  waiting: {
    order: 's.status_changed_at ASC, s.id ASC',
    after: '(s.status_changed_at, s.id) > (@afterAt, @afterId)',
  },
};

/** The SQL function that folds text for search: Swedish lower case (SQLite's is ASCII only). */
const FOLD = 'tavla_fold';
export const foldText = (text: string): string => text.toLocaleLowerCase('sv-SE');

function whereOf(filter: TriageFilter): string {
  const parts = [
    's.board_id = @boardId',
    filter.hidden ? 's.hidden_at IS NOT NULL' : 's.hidden_at IS NULL',
  ];
  if (filter.status !== undefined) parts.push('s.status = @status');
  if (filter.dimension !== undefined) parts.push('s.dimension = @dimension');
  if (filter.goalId !== undefined) parts.push('s.goal_id = @goalId');
  if (filter.waitingBefore !== undefined) {
    parts.push("s.status = 'new'", 's.created_at < @waitingBefore');
  }
  if (filter.search !== undefined) {
    parts.push(`instr(${FOLD}(s.text || ' ' || coalesce(s.author_name, '')), @search) > 0`);
  }
  return parts.join(' AND ');
}

const paramsOf = (filter: TriageFilter) => ({
  boardId: filter.boardId,
  status: filter.status ?? null,
  dimension: filter.dimension ?? null,
  goalId: filter.goalId ?? null,
  waitingBefore: filter.waitingBefore ?? null,
  search: filter.search ?? null,
});

export function createTriageRepository(db: Db) {
  db.function(FOLD, { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? foldText(value) : null,
  );

  // One prepared statement per shape of query (which filters, which sort, paged or not).
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  function statement(sql: string) {
    let found = statements.get(sql);
    if (!found) {
      found = db.prepare(sql);
      statements.set(sql, found);
    }
    return found;
  }

  /** Only the parameters a statement names (better-sqlite3 refuses the others). */
  function bind(sql: string, all: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(all).filter(([name]) => sql.includes(`@${name}`)));
  }

  const byIds = (ids: readonly string[]) =>
    db
      .prepare<string[], SuggestionRow>(
        `SELECT * FROM suggestions WHERE id IN (${ids.map(() => '?').join(', ')})`,
      )
      .all(...ids);

  const setVisible = db.prepare<[{ id: string; at: string; seq: number }]>(
    `UPDATE suggestions SET hidden_at = NULL, hidden_reason = NULL, hidden_by = NULL,
       updated_at = @at, seq = @seq WHERE id = @id`,
  );
  const insertUnhide = db.prepare<[Omit<UnhideRow, 'id'>]>(
    `INSERT INTO suggestion_unhides
       (suggestion_id, hidden_at, hidden_reason, actor_id, actor_name, created_at)
     VALUES (@suggestion_id, @hidden_at, @hidden_reason, @actor_id, @actor_name, @created_at)`,
  );
  const unhidesOf = db.prepare<[string], UnhideRow>(
    'SELECT * FROM suggestion_unhides WHERE suggestion_id = ? ORDER BY id',
  );

  return {
    /** The SQL a page runs (for the query-plan checks in tests). */
    pageSql(filter: TriageFilter, sort: TriageSort, paged: boolean): string {
      const { order, after } = ORDERS[sort];
      return `SELECT s.*, u.display_name AS hidden_by_name FROM suggestions s
        LEFT JOIN users u ON u.id = s.hidden_by
        WHERE ${whereOf(filter)}${paged ? ` AND ${after}` : ''}
        ORDER BY ${order} LIMIT @limit`;
    },

    countSql: (filter: TriageFilter) =>
      `SELECT count(*) AS n FROM suggestions s WHERE ${whereOf(filter)}`,

    /** One page of the filtered list, sorted, after `after` (null: the first page). */
    page(
      filter: TriageFilter,
      sort: TriageSort,
      after: RankedCursor | null,
      limit: number,
    ): TriageRow[] {
      const sql = this.pageSql(filter, sort, after !== null);
      const params = {
        ...paramsOf(filter),
        afterAt: after?.createdAt ?? null,
        afterId: after?.id ?? null,
        afterRank: after?.rank ?? null,
        limit,
      };
      return statement(sql).all(bind(sql, params)) as TriageRow[];
    },

    /** How many suggestions the filter matches. */
    count(filter: TriageFilter): number {
      const sql = this.countSql(filter);
      return (statement(sql).get(bind(sql, paramsOf(filter))) as { n: number }).n;
    },

    /** The suggestions with these ids (any board, hidden or not), in no particular order. */
    findByIds: (ids: readonly string[]) => (ids.length === 0 ? [] : byIds(ids)),

    /** Shows a hidden suggestion again (its photo, deleted by the hide, stays gone). */
    setVisible: (change: { id: string; at: string; seq: number }) => setVisible.run(change),
    insertUnhide: (row: Omit<UnhideRow, 'id'>) => insertUnhide.run(row),
    unhidesOf: (suggestionId: string) => unhidesOf.all(suggestionId),
  };
}

export type TriageRepository = ReturnType<typeof createTriageRepository>;
