import type { FastifyRequest } from 'fastify';
import { DEVICE_COOKIE } from '../modules/devices/device-service.js';

export const DISPLAY_KEY_HEADER = 'x-display-key';

/** The credentials a request carries; whether they are any good is decided by board access. */
export function requestAuth(request: FastifyRequest): { displayKey?: string; deviceId?: string } {
  const header = request.headers[DISPLAY_KEY_HEADER];
  const displayKey = typeof header === 'string' ? header : undefined;
  const deviceId = request.cookies[DEVICE_COOKIE];
  return {
    ...(displayKey !== undefined ? { displayKey } : {}),
    ...(deviceId !== undefined ? { deviceId } : {}),
  };
}
