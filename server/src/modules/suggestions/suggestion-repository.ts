import type { Db } from '../../db/open-database.js';

export interface SuggestionRow {
  id: string;
  board_id: string;
  device_id: string | null;
  text: string;
  dimension: 'ecological' | 'economic' | 'social';
  author_name: string | null;
  status: 'new' | 'under_review' | 'planned' | 'in_progress' | 'done' | 'not_doing' | 'duplicate';
  created_at: string;
  updated_at: string;
  seq: number;
}

export function createSuggestionRepository(db: Db) {
  const byId = db.prepare<[string], SuggestionRow>('SELECT * FROM suggestions WHERE id = ?');
  const byBoard = db.prepare<[string], SuggestionRow>(
    'SELECT * FROM suggestions WHERE board_id = ? ORDER BY created_at DESC, seq DESC',
  );
  const insert = db.prepare<[SuggestionRow]>(
    `INSERT INTO suggestions
       (id, board_id, device_id, text, dimension, author_name, status, created_at, updated_at, seq)
     VALUES
       (@id, @board_id, @device_id, @text, @dimension, @author_name, @status, @created_at,
        @updated_at, @seq)`,
  );

  return {
    findById: (id: string) => byId.get(id),
    listByBoard: (boardId: string) => byBoard.all(boardId),
    insert: (row: SuggestionRow) => insert.run(row),
  };
}

export type SuggestionRepository = ReturnType<typeof createSuggestionRepository>;
