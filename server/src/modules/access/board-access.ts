import type { SocketRole } from '@tavla/shared';
import { isArchived } from '@tavla/shared/board-settings';
import { conflict, forbidden, notFound, unauthorized } from '../../http/app-error.js';
import type { AccountRepository, UserRow } from '../accounts/account-repository.js';
import type { BoardRepository, BoardRow } from '../boards/board-repository.js';
import { linkReplaced } from '../boards/board-links.js';
import type { DeviceRepository } from '../devices/device-repository.js';

/** Who is asking about a board, once checked. */
export interface BoardViewer {
  role: SocketRole;
  board: BoardRow;
  deviceId: string | null;
  user: UserRow | null;
}

/** The credentials a caller brought; which of them count is decided here. */
export interface Credentials {
  displayKey?: string;
  deviceId?: string;
  user?: UserRow;
}

/**
 * The single place that decides who may see or manage a board: the board's own display key
 * (read-only kiosk), a phone that joined the board (device cookie), or a signed-in lead of
 * that board or an admin (session cookie). HTTP routes and the socket handshake both use it.
 */
export function createBoardAccess(deps: {
  boards: BoardRepository;
  devices: DeviceRepository;
  accounts: AccountRepository;
  /** True for a display key an admin replaced: the screen is told so, not just refused. */
  wasReplacedDisplayKey?: (displayKey: string) => boolean;
}) {
  const { boards, devices, accounts } = deps;

  const manages = (user: UserRow, boardId: string): boolean =>
    user.role === 'admin' || accounts.boardIdsOf(user).includes(boardId);

  function boardOr404(boardId: string): BoardRow {
    const board = boards.findById(boardId);
    if (!board) throw notFound('There is no such board.');
    return board;
  }

  return {
    manages,

    /**
     * The one archive check (issue 14): an archived board is read-only, so every write on it,
     * by HTTP (http/early-access.ts, before the body) or socket (realtime.ts), is refused here
     * with 409 `board_archived`. A board that does not exist is left to the handler (404).
     */
    assertWritable(boardId: string): void {
      const board = boards.findById(boardId);
      if (board && isArchived({ archivedAt: board.archived_at })) {
        throw conflict('The board is archived: it is read-only until an admin restores it.', {
          code: 'board_archived',
        });
      }
    },

    byDisplayKey(displayKey: string): BoardViewer {
      const board = boards.findByDisplayKey(displayKey);
      if (!board) {
        if (deps.wasReplacedDisplayKey?.(displayKey)) {
          throw linkReplaced('This wall-screen link was replaced. Open the new one.');
        }
        throw unauthorized('The display key is not valid.');
      }
      return { role: 'display', board, deviceId: null, user: null };
    },

    /** Anyone who may read the board: its display, a member phone, or its lead. */
    viewer(boardId: string, credentials: Credentials): BoardViewer {
      if (credentials.displayKey !== undefined) {
        const viewer = this.byDisplayKey(credentials.displayKey);
        if (viewer.board.id !== boardId) throw forbidden('This display key is for another board.');
        return viewer;
      }
      const { user } = credentials;
      const deviceId =
        credentials.deviceId && devices.exists(credentials.deviceId) ? credentials.deviceId : null;
      if (!user && !deviceId) throw unauthorized('Scan the QR code on the board to join it first.');
      const board = boardOr404(boardId);
      if (user && manages(user, boardId)) return { role: 'lead', board, deviceId, user };
      if (deviceId && devices.isMember(deviceId, boardId)) {
        return { role: 'device', board, deviceId, user: null };
      }
      throw forbidden('This phone has not joined this board. Scan its QR code first.');
    },

    /**
     * An employee's phone that joined the board: the only one that posts as an employee.
     * Leads and admins do not (they comment as leads), so a signed-in user without a phone of
     * the board is refused as such (403), not asked to sign in (401).
     */
    device(boardId: string, credentials: Credentials): BoardViewer & { deviceId: string } {
      if (credentials.displayKey !== undefined) throw forbidden('A wall screen cannot do this.');
      const deviceId = credentials.deviceId;
      if (!deviceId || !devices.exists(deviceId)) {
        if (credentials.user) {
          throw forbidden('Only a phone that joined the board does this, not a signed-in lead.');
        }
        throw unauthorized('Scan the QR code on the board to join it first.');
      }
      const board = boardOr404(boardId);
      if (!devices.isMember(deviceId, boardId)) {
        throw forbidden('This phone has not joined this board. Scan its QR code first.');
      }
      return { role: 'device', board, deviceId, user: null };
    },

    /** A signed-in lead of the board, or an admin. */
    lead(boardId: string, credentials: Credentials): BoardViewer & { user: UserRow } {
      const { user } = credentials;
      if (!user) throw unauthorized('Sign in as a team lead first.');
      const board = boardOr404(boardId);
      if (!manages(user, boardId)) throw forbidden('You are not a team lead of this board.');
      return { role: 'lead', board, deviceId: null, user };
    },
  };
}

export type BoardAccess = ReturnType<typeof createBoardAccess>;
