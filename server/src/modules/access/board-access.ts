import type { SocketRole } from '@tavla/shared';
import { forbidden, notFound, unauthorized } from '../../http/app-error.js';
import type { BoardRepository, BoardRow } from '../boards/board-repository.js';
import type { DeviceRepository } from '../devices/device-repository.js';

/** Who is asking about a board, once checked. */
export interface BoardViewer {
  role: SocketRole;
  board: BoardRow;
  deviceId: string | null;
}

/**
 * The single place that decides whether a caller may see a board: the board's own display
 * key (read-only kiosk), or a device cookie of a phone that joined that board. Used by HTTP
 * routes and by the socket handshake alike.
 */
export function createBoardAccess(deps: { boards: BoardRepository; devices: DeviceRepository }) {
  const { boards, devices } = deps;

  return {
    byDisplayKey(displayKey: string): BoardViewer {
      const board = boards.findByDisplayKey(displayKey);
      if (!board) throw unauthorized('The display key is not valid.');
      return { role: 'display', board, deviceId: null };
    },

    byDevice(boardId: string, deviceId: string | undefined): BoardViewer {
      if (!deviceId || !devices.exists(deviceId)) {
        throw unauthorized('Scan the QR code on the board to join it first.');
      }
      const board = boards.findById(boardId);
      if (!board) throw notFound('There is no such board.');
      if (!devices.isMember(deviceId, boardId)) {
        throw forbidden('This phone has not joined this board. Scan its QR code first.');
      }
      return { role: 'device', board, deviceId };
    },

    /** HTTP: a display key (header) for that very board, or a member device. */
    forRequest(boardId: string, auth: { displayKey?: string; deviceId?: string }): BoardViewer {
      if (auth.displayKey !== undefined) {
        const viewer = this.byDisplayKey(auth.displayKey);
        if (viewer.board.id !== boardId) throw forbidden('This display key is for another board.');
        return viewer;
      }
      return this.byDevice(boardId, auth.deviceId);
    },
  };
}

export type BoardAccess = ReturnType<typeof createBoardAccess>;
