import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/random-token.js';
import { sha256Hex } from '../../lib/sha256.js';
import { notFound } from '../../http/app-error.js';
import type { BoardRepository } from '../boards/board-repository.js';
import { linkReplaced } from '../boards/board-links.js';
import type { DeviceRepository } from './device-repository.js';

/** Name of the long-lived anonymous device cookie set when a phone joins a board. */
export const DEVICE_COOKIE = 'tavla_device';
/** Browsers cap cookie lifetime at 400 days; the cookie is renewed on every join. */
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

/**
 * The device id a cookie stands for. The cookie carries a 128-bit secret; the database keeps
 * only its SHA-256, like session ids, so an id read from a backup is no live cookie. Every
 * table that names a device (devices, device_boards, suggestions, votes, comments, …) holds
 * this hash. Undefined when there is no plausible cookie.
 */
export function deviceIdOf(cookieValue: string | undefined): string | undefined {
  if (!cookieValue || cookieValue.length > 64) return undefined;
  return sha256Hex(cookieValue);
}

export function createDeviceService(deps: {
  devices: DeviceRepository;
  boards: BoardRepository;
  clock: Clock;
  /** True for a join token an admin replaced (an old QR code). */
  wasReplacedJoinToken?: (token: string) => boolean;
}) {
  const { devices, boards, clock } = deps;

  return {
    /** The (hashed) id of the device behind a cookie value, if the server knows it. */
    knownDevice(cookieValue: string | undefined): string | undefined {
      const deviceId = deviceIdOf(cookieValue);
      return deviceId !== undefined && devices.exists(deviceId) ? deviceId : undefined;
    },

    /**
     * Joins a phone to the board whose join token it scanned. Reuses the phone's device when
     * its cookie is known, otherwise creates a new anonymous device. `cookie` is what the
     * phone keeps (the secret); `deviceId` its hash, the only form stored.
     */
    join(
      token: string,
      cookieValue: string | undefined,
    ): { deviceId: string; cookie: string; boardId: string } {
      const board = boards.findByJoinToken(token);
      if (!board) {
        if (deps.wasReplacedJoinToken?.(token)) {
          throw linkReplaced('This QR code was replaced. Scan the one on the board now.');
        }
        throw notFound(
          'This join link is not valid (any more). Scan the QR code on the board again.',
        );
      }
      const at = clock.now().toISOString();
      const known = this.knownDevice(cookieValue);
      let deviceId: string;
      let cookie: string;
      if (known !== undefined && cookieValue !== undefined) {
        deviceId = known;
        cookie = cookieValue;
        devices.touch(deviceId, at);
      } else {
        cookie = newId();
        deviceId = sha256Hex(cookie);
        devices.insert(deviceId, at);
      }
      devices.join(deviceId, board.id, at);
      return { deviceId, cookie, boardId: board.id };
    },

    boardIdsOf: (deviceId: string) => devices.boardIdsOf(deviceId),
  };
}

export type DeviceService = ReturnType<typeof createDeviceService>;
