import type { BoardSettings, UpdateBoardSettingsBody } from '@tavla/shared';
import { AppError, invalid } from '../../http/app-error.js';
import type { UserRow } from '../accounts/account-repository.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRepository, BoardRow } from '../boards/board-repository.js';
import { toBoard } from '../boards/board-service.js';
import type { MethodSettings } from '../method/method-settings.js';
import type { BoardSettingsPatch, BoardSettingsRepository } from './board-settings-repository.js';

/**
 * A board's own settings (issue 14): its name, language, who is named on a suggestion, how
 * long Done suggestions stay on the wall, and archiving. Each change is one sequenced
 * `board:updated` change, so the wall and the phones follow at once (a language switch too).
 * The number of employees stays the method settings' (`PUT …/employees`); it is read here so
 * the settings page shows it.
 */
export function createBoardSettingsService(deps: {
  boards: BoardRepository;
  repo: BoardSettingsRepository;
  settings: MethodSettings;
  boardChanges: BoardChanges;
}) {
  const { boards, repo, settings, boardChanges } = deps;

  function fresh(boardId: string): BoardRow {
    const row = boards.findById(boardId);
    if (!row) throw new Error(`board ${boardId} vanished inside its own change`);
    return row;
  }

  /** Commits one change to the board's own row and broadcasts the board as it now is. */
  function change(board: BoardRow, write: (at: string) => void): BoardRow {
    boardChanges.commit(board, (seq, at) => {
      write(at);
      return { event: 'board:updated' as const, payload: { seq, board: toBoard(fresh(board.id)) } };
    });
    return fresh(board.id);
  }

  return {
    read(board: BoardRow): BoardSettings {
      return { board: toBoard(board), employees: settings.get(board.id).employees };
    },

    /**
     * Changes what the body gives. Only an admin renames a board (a lead who sends a name is
     * refused, and nothing changes). Values equal to the stored ones change nothing and take
     * no sequence number.
     */
    update(board: BoardRow, user: UserRow, body: UpdateBoardSettingsBody): BoardSettings {
      const patch: BoardSettingsPatch = {};
      if (body.name !== undefined) {
        if (user.role !== 'admin') {
          throw new AppError(403, 'forbidden', 'Only an admin may rename a board.', {
            field: 'name',
          });
        }
        const name = body.name.trim();
        if (name === '') throw invalid('The board needs a name.', { field: 'name' });
        if (name !== board.name) patch.name = name;
      }
      if (body.language !== undefined && body.language !== board.language) {
        patch.language = body.language;
      }
      if (body.naming !== undefined && body.naming !== board.naming) patch.naming = body.naming;
      if (body.doneDays !== undefined && body.doneDays !== board.done_days) {
        patch.doneDays = body.doneDays;
      }
      const row =
        Object.keys(patch).length === 0 ? board : change(board, () => repo.update(board.id, patch));
      return this.read(row);
    },

    /** Archives the board: read-only from now on, kept for reports and exports. */
    archive(board: BoardRow): BoardRow {
      return change(board, (at) => repo.setArchived(board.id, at));
    },

    /** Brings an archived board back into use; a board in use stays as it is. */
    restore(board: BoardRow): BoardRow {
      if (board.archived_at === null) return board;
      return change(board, () => repo.setArchived(board.id, null));
    },
  };
}

export type BoardSettingsService = ReturnType<typeof createBoardSettingsService>;
