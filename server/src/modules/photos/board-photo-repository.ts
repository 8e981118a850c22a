import type { Db } from '../../db/open-database.js';

export interface BoardPhotoRow {
  id: string;
  board_id: string;
  uploaded_at: string;
  uploaded_by: string | null;
}

/** The files of a board photo: its id names them, so the id alone is enough to show it. */
export const boardPhotoFiles = (id: string) => ({
  photo: `${id}.webp`,
  thumb: `${id}-thumb.webp`,
});

/**
 * SQL for photos a lead uploads for the board itself (an announcement's, a slide's), as
 * opposed to a suggestion's photo, which lives on the suggestion's row.
 */
export function createBoardPhotoRepository(db: Db) {
  const insert = db.prepare<[BoardPhotoRow]>(
    `INSERT INTO board_photos (id, board_id, uploaded_at, uploaded_by)
     VALUES (@id, @board_id, @uploaded_at, @uploaded_by)`,
  );
  const byId = db.prepare<[string], BoardPhotoRow>('SELECT * FROM board_photos WHERE id = ?');
  const FILE = /^([A-Za-z0-9_-]+?)(-thumb)?\.webp$/;

  return {
    insert: (row: BoardPhotoRow) => insert.run(row),
    byId: (id: string) => byId.get(id),
    /** True when the file name is a board photo's (or its thumbnail's). */
    isBoardPhotoFile(name: string): boolean {
      const id = FILE.exec(name)?.[1];
      return id !== undefined && byId.get(id) !== undefined;
    },
  };
}

export type BoardPhotoRepository = ReturnType<typeof createBoardPhotoRepository>;
