import type { Db } from '../../db/open-database.js';
import type { Clock } from '../../lib/clock.js';
import { randomToken } from '../../lib/random-token.js';
import { sha256Hex } from '../../lib/sha256.js';
import { AppError, notFound } from '../../http/app-error.js';
import type { BoardLinkRepository, LinkKind } from './board-link-repository.js';
import type { BoardRepository, BoardRow } from './board-repository.js';

/** Told after a link was replaced (committed): the realtime layer updates the wall screens. */
export type LinkListener = (board: BoardRow, kind: LinkKind) => void;

/**
 * Rotating a board's join token (what the QR code holds) and its display key (the wall
 * screen's URL). The new value replaces the old one at once; the old one's SHA-256 is kept,
 * so an old QR code or wall URL is answered with "this link was replaced" (`link_replaced`)
 * instead of "not valid". Phones that already joined keep their device cookie and membership.
 */
export function createBoardLinks(deps: {
  db: Db;
  boards: BoardRepository;
  links: BoardLinkRepository;
  clock: Clock;
}) {
  const { db, boards, links, clock } = deps;
  const listeners = new Set<LinkListener>();

  function rotate(boardId: string, kind: LinkKind): BoardRow {
    const updated = db.transaction(() => {
      const board = boards.findById(boardId);
      if (!board) throw notFound('There is no such board.');
      const at = clock.now().toISOString();
      // 192 bits, like the originals.
      const fresh = randomToken(24);
      if (kind === 'join') {
        links.remember(board.id, 'join', sha256Hex(board.join_token), at);
        links.setJoinToken(board.id, fresh);
        return { ...board, join_token: fresh };
      }
      links.remember(board.id, 'display', sha256Hex(board.display_key), at);
      links.setDisplayKey(board.id, fresh);
      return { ...board, display_key: fresh };
    })();
    for (const listener of listeners) listener(updated, kind);
    return updated;
  }

  return {
    rotateJoinToken: (boardId: string) => rotate(boardId, 'join'),
    rotateDisplayKey: (boardId: string) => rotate(boardId, 'display'),
    /** True when this token or key once belonged to a board and an admin replaced it. */
    wasReplaced: (kind: LinkKind, token: string) => links.isReplaced(sha256Hex(token), kind),
    onRotated(listener: LinkListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type BoardLinks = ReturnType<typeof createBoardLinks>;

/** An old join link or wall-screen link that an admin replaced: 410 Gone, `link_replaced`. */
export const linkReplaced = (message: string): AppError =>
  new AppError(410, 'link_replaced', message);
