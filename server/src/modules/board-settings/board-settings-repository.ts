import type { Language, NamingMode } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';

/** What a board-settings change writes: each field given replaces the stored one. */
export interface BoardSettingsPatch {
  name?: string;
  language?: Language;
  naming?: NamingMode;
  doneDays?: number;
}

/** The SQL of a board's own settings (its name, language, naming rule, Done days, archive). */
export function createBoardSettingsRepository(db: Db) {
  const update = db.prepare<
    [
      {
        id: string;
        name: string | null;
        language: string | null;
        naming: string | null;
        doneDays: number | null;
      },
    ]
  >(
    `UPDATE boards SET name = coalesce(@name, name),
                       language = coalesce(@language, language),
                       naming = coalesce(@naming, naming),
                       done_days = coalesce(@doneDays, done_days)
      WHERE id = @id`,
  );
  const setArchived = db.prepare<[string | null, string]>(
    'UPDATE boards SET archived_at = ? WHERE id = ?',
  );

  return {
    update: (boardId: string, patch: BoardSettingsPatch) =>
      update.run({
        id: boardId,
        name: patch.name ?? null,
        language: patch.language ?? null,
        naming: patch.naming ?? null,
        doneDays: patch.doneDays ?? null,
      }),
    /** `at` archives the board from then on; null restores it. */
    setArchived: (boardId: string, at: string | null) => setArchived.run(at, boardId),
  };
}

export type BoardSettingsRepository = ReturnType<typeof createBoardSettingsRepository>;
