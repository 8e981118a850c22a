import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../modules/accounts/account-service.js';
import { DEVICE_COOKIE } from '../modules/devices/device-service.js';
import { AppError } from './app-error.js';
import { DISPLAY_KEY_HEADER } from './request-auth.js';

/** Routes that hand out a cookie: they answer only on a host the cookie may belong to. */
const COOKIE_ISSUING_ROUTES = new Set(['/join/:token', '/api/setup', '/api/auth/login']);

/** The host name in a Host header ("tavla.example:8080" → "tavla.example"), or undefined. */
export function hostnameOf(host: string | undefined): string | undefined {
  if (!host) return undefined;
  try {
    const url = new URL(`http://${host}`);
    // "evil.example/x" or "a@b" would parse; a Host header is a host and an optional port.
    if (url.host !== host.toLowerCase() && `${url.hostname}:80` !== host.toLowerCase()) {
      return undefined;
    }
    return url.hostname;
  } catch {
    return undefined;
  }
}

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname.endsWith('.localhost') ||
    hostname === '[::1]' ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}

/**
 * DNS rebinding guard: a page on some other name that resolves to this server must not ride
 * on a phone's or a lead's cookies. Only the PUBLIC_URL host, loopback and the ALLOWED_HOSTS
 * names are served to requests that carry credentials, and to sockets. The port is not
 * compared: the name is what a rebinding attacker controls, and a reverse proxy may change it.
 */
export function createHostCheck(
  publicUrl: string,
  allowedHosts: readonly string[] = [],
): (host: string | undefined) => boolean {
  const allowed = new Set(
    [new URL(publicUrl).hostname, ...allowedHosts.map((entry) => hostnameOf(entry) ?? entry)].map(
      (name) => name.toLowerCase(),
    ),
  );
  return (host) => {
    const hostname = hostnameOf(host);
    return hostname !== undefined && (allowed.has(hostname) || isLoopback(hostname));
  };
}

export const hostNotAllowed = (): AppError =>
  new AppError(421, 'host_not_allowed', 'This server does not answer for that host name.');

/**
 * Refuses, with 421 `host_not_allowed`, requests on a host that is not allowed when they carry
 * a Tavla credential (device or session cookie, display key) or ask for a cookie (join,
 * sign-in, setup). Anonymous requests for the apps and public files are served on any name.
 * Runs in onRequest, before credentials are looked up or a body is read.
 */
export function installHostCheck(app: FastifyInstance, hostAllowed: (host?: string) => boolean) {
  app.addHook('onRequest', async (request) => {
    const credentialed =
      request.cookies[DEVICE_COOKIE] !== undefined ||
      request.cookies[SESSION_COOKIE] !== undefined ||
      request.headers[DISPLAY_KEY_HEADER] !== undefined ||
      COOKIE_ISSUING_ROUTES.has(request.routeOptions.url ?? '');
    if (credentialed && !hostAllowed(request.headers.host)) throw hostNotAllowed();
  });
}
