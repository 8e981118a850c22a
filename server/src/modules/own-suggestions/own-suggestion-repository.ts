import type { Db } from '../../db/open-database.js';
import type { SuggestionRow } from '../suggestions/suggestion-repository.js';

export interface WithdrawnRow {
  id: string;
  board_id: string;
  device_id: string | null;
  posted_at: string;
  withdrawn_at: string;
}

export interface HiddenOwnRow {
  id: string;
  text: string;
  dimension: SuggestionRow['dimension'];
  created_at: string;
  hidden_at: string;
  hidden_reason: string | null;
}

/** How many of its hidden suggestions a phone is shown (the newest). */
const HIDDEN_SHOWN = 50;

/** SQL for an author's own suggestions: edits, withdrawals, and what a lead hid. */
export function createOwnSuggestionRepository(db: Db) {
  const edit = db.prepare<
    [
      {
        id: string;
        text: string;
        dimension: SuggestionRow['dimension'];
        authorName: string | null;
        at: string;
        seq: number;
      },
    ]
  >(
    `UPDATE suggestions SET text = @text, dimension = @dimension, author_name = @authorName,
       updated_at = @at, seq = @seq WHERE id = @id`,
  );
  const remove = db.prepare<[string]>('DELETE FROM suggestions WHERE id = ?');
  const insertWithdrawn = db.prepare<[WithdrawnRow]>(
    `INSERT INTO withdrawn_suggestions (id, board_id, device_id, posted_at, withdrawn_at)
     VALUES (@id, @board_id, @device_id, @posted_at, @withdrawn_at)`,
  );
  const withdrawn = db.prepare<[string], WithdrawnRow>(
    'SELECT * FROM withdrawn_suggestions WHERE id = ?',
  );
  const duplicates = db.prepare<[string], { found: number }>(
    'SELECT EXISTS (SELECT 1 FROM suggestions WHERE duplicate_of = ?) AS found',
  );
  const hiddenOwn = db.prepare<[string, string, number], HiddenOwnRow>(
    `SELECT id, text, dimension, created_at, hidden_at, hidden_reason FROM suggestions
      WHERE board_id = ? AND device_id = ? AND hidden_at IS NOT NULL
      ORDER BY hidden_at DESC, id DESC LIMIT ?`,
  );

  return {
    edit: (change: Parameters<typeof edit.run>[0]) => edit.run(change),
    /** Deletes the suggestion; its votes, comments and timeline go with it (ON DELETE CASCADE). */
    remove: (id: string) => remove.run(id),
    insertWithdrawn: (row: WithdrawnRow) => insertWithdrawn.run(row),
    findWithdrawn: (id: string) => withdrawn.get(id.toLowerCase()),
    /** True when another suggestion is marked as a duplicate of this one. */
    hasDuplicates: (id: string) => duplicates.get(id)?.found === 1,
    /** The newest suggestions of this device on the board that a lead hid. */
    hiddenOwn: (boardId: string, deviceId: string) =>
      hiddenOwn.all(boardId, deviceId, HIDDEN_SHOWN),
  };
}

export type OwnSuggestionRepository = ReturnType<typeof createOwnSuggestionRepository>;
