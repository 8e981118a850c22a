import type { FastifyServerOptions } from 'fastify';

const REDACTED = '[redacted]';
/** Query parameters that carry a secret: the kiosk's display key (`?key=`), any token. */
const SECRET_PARAM = /^(key|token|displaykey|display_key|jointoken|join_token)$/i;

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name.replace(/\+/g, ' '));
  } catch {
    return name;
  }
}

/**
 * The URL as it may be logged: the join token in `/join/<token>` and secret query parameters
 * (`/board/?key=<display key>`) are replaced by `[redacted]`. Anyone who can read the log can
 * otherwise join the board or watch it.
 */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  const path = at === -1 ? url : url.slice(0, at);
  // Decoded first, so `/%6Aoin/<token>` or `/join%2F<token>` (which the router may still
  // serve, or log as a 404) cannot slip a token past; any `/join/<segment>` is redacted.
  const safePath = decodedName(path).replace(/(\/join\/+)[^/]*/gi, `$1${REDACTED}`);
  if (at === -1) return safePath;
  const query = url
    .slice(at + 1)
    .split('&')
    .map((part) => {
      const eq = part.indexOf('=');
      const name = eq === -1 ? part : part.slice(0, eq);
      return SECRET_PARAM.test(decodedName(name)) ? `${name}=${REDACTED}` : part;
    })
    .join('&');
  return `${safePath}?${query}`;
}

interface LoggedRequest {
  method: string;
  url: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number } | null;
}

/** Headers that hold credentials, should anything ever log them. */
const REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-display-key"]',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers["x-display-key"]',
];

/**
 * Fastify's logger options with secrets kept out: the request serializer logs the redacted
 * URL (Fastify logs every request's URL by default), and pino's `redact` covers credential
 * headers. `false` stays false.
 */
export function redactingLogger(
  logger: FastifyServerOptions['logger'],
): FastifyServerOptions['logger'] {
  if (!logger) return false;
  const options = logger === true ? {} : logger;
  return {
    ...options,
    redact: options.redact ?? { paths: REDACT_PATHS, censor: REDACTED },
    serializers: {
      ...options.serializers,
      req: (request: LoggedRequest) => ({
        method: request.method,
        url: redactUrl(request.url),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
    },
  };
}

/**
 * Whether Fastify should log every request ("incoming request", "request completed"): only at
 * `debug` or `trace`. At the default `info` a wall and a few hundred phones would bury the
 * start banner, warnings and errors under lines nobody reads.
 */
export function logsEveryRequest(logger: FastifyServerOptions['logger']): boolean {
  if (!logger) return false;
  const level = logger === true ? 'info' : (logger as { level?: string }).level;
  return level === 'debug' || level === 'trace';
}
