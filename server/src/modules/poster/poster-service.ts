import type { Poster } from '@tavla/shared';
import type { BoardRow } from '../boards/board-repository.js';
import { toBoard, type BoardService } from '../boards/board-service.js';
import type { PosterRepository } from './poster-repository.js';

/** What a board's printed QR poster shows: its name and language, the join URL, and since when. */
export function createPosterService(deps: { repo: PosterRepository; boards: BoardService }) {
  const { repo, boards } = deps;
  return {
    poster(board: BoardRow): Poster {
      return {
        board: toBoard(board),
        joinUrl: boards.links(board).joinUrl,
        linkChangedAt: repo.lastJoinChange(board.id),
      };
    },
  };
}

export type PosterService = ReturnType<typeof createPosterService>;
