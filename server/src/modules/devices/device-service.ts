import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/random-token.js';
import { notFound } from '../../http/app-error.js';
import type { BoardRepository } from '../boards/board-repository.js';
import type { DeviceRepository } from './device-repository.js';

/** Name of the long-lived anonymous device cookie set when a phone joins a board. */
export const DEVICE_COOKIE = 'tavla_device';
/** Browsers cap cookie lifetime at 400 days; the cookie is renewed on every join. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

export function createDeviceService(deps: {
  devices: DeviceRepository;
  boards: BoardRepository;
  clock: Clock;
}) {
  const { devices, boards, clock } = deps;

  return {
    /** The device behind a cookie value, if the server knows it. */
    knownDevice(cookieValue: string | undefined): string | undefined {
      if (!cookieValue || cookieValue.length > 64) return undefined;
      return devices.exists(cookieValue) ? cookieValue : undefined;
    },

    /**
     * Joins a phone to the board whose join token it scanned. Reuses the phone's device when
     * its cookie is known, otherwise creates a new anonymous device.
     */
    join(token: string, cookieValue: string | undefined): { deviceId: string; boardId: string } {
      const board = boards.findByJoinToken(token);
      if (!board) {
        throw notFound(
          'This join link is not valid (any more). Scan the QR code on the board again.',
        );
      }
      const at = clock.now().toISOString();
      let deviceId = this.knownDevice(cookieValue);
      if (deviceId) {
        devices.touch(deviceId, at);
      } else {
        deviceId = newId();
        devices.insert(deviceId, at);
      }
      devices.join(deviceId, board.id, at);
      return { deviceId, boardId: board.id };
    },

    boardIdsOf: (deviceId: string) => devices.boardIdsOf(deviceId),
  };
}

export type DeviceService = ReturnType<typeof createDeviceService>;
