import type { FastifyInstance } from 'fastify';
import type { Credentials } from '../modules/access/board-access.js';
import type { AccountService } from '../modules/accounts/account-service.js';
import { SESSION_COOKIE } from '../modules/accounts/account-service.js';
import { DEVICE_COOKIE, deviceIdOf } from '../modules/devices/device-service.js';

export const DISPLAY_KEY_HEADER = 'x-display-key';

declare module 'fastify' {
  interface FastifyRequest {
    /** What the request carries: display key, device cookie, signed-in user. Not yet checked against a board. */
    credentials: Credentials;
  }
}

/** Reads the caller's credentials once per request; board access decides what they allow. */
export function installRequestAuth(app: FastifyInstance, accounts: AccountService): void {
  app.decorateRequest('credentials', null as unknown as Credentials);
  app.addHook('onRequest', async (request) => {
    const header = request.headers[DISPLAY_KEY_HEADER];
    // The stored (hashed) id; the cookie's secret itself goes no further than this line.
    const deviceId = deviceIdOf(request.cookies[DEVICE_COOKIE]);
    const user = accounts.sessionUser(request.cookies[SESSION_COOKIE]);
    request.credentials = {
      ...(typeof header === 'string' ? { displayKey: header } : {}),
      ...(deviceId !== undefined ? { deviceId } : {}),
      ...(user ? { user } : {}),
    };
  });
}
