import { DEFAULT_NAMING, DONE_ON_WALL_DAYS, type Board, type Language } from '@tavla/shared';
import type { Clock } from '../../lib/clock.js';
import { newId, randomToken } from '../../lib/random-token.js';
import type { BoardRepository, BoardRow } from './board-repository.js';

export const toBoard = (row: BoardRow): Board => ({
  id: row.id,
  name: row.name,
  language: row.language,
  naming: row.naming,
  doneDays: row.done_days,
  archivedAt: row.archived_at,
});

export interface BoardLinks {
  /** The phone join URL: what the QR code holds. */
  joinUrl: string;
  /** The wall screen's URL, with its read-only display key. */
  kioskUrl: string;
}

export function createBoardService(deps: {
  boards: BoardRepository;
  clock: Clock;
  publicUrl: string;
}) {
  const { boards, clock, publicUrl } = deps;

  return {
    create(input: { name: string; language: Language }): BoardRow {
      const row: BoardRow = {
        id: newId(),
        name: input.name,
        language: input.language,
        // 192 bits each: far beyond guessing, still short enough for a dense-free QR code.
        join_token: randomToken(24),
        display_key: randomToken(24),
        last_seq: 0,
        created_at: clock.now().toISOString(),
        naming: DEFAULT_NAMING,
        done_days: DONE_ON_WALL_DAYS,
        archived_at: null,
      };
      boards.insert(row);
      return row;
    },

    /** On first start there is no board yet; create one so the product is usable at once. */
    ensureFirstBoard(input: { name: string; language: Language }): {
      board: BoardRow;
      created: boolean;
    } {
      const existing = boards.list()[0];
      if (existing) return { board: existing, created: false };
      return { board: this.create(input), created: true };
    },

    links(row: BoardRow): BoardLinks {
      return {
        joinUrl: `${publicUrl}/join/${row.join_token}`,
        kioskUrl: `${publicUrl}/board/?key=${row.display_key}`,
      };
    },
  };
}

export type BoardService = ReturnType<typeof createBoardService>;
