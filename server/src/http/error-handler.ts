import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiErrorBody, ErrorCode } from '@tavla/shared';
import { AppError } from './app-error.js';
import { diskFullError, isDiskFull } from '../lib/disk-space.js';

const FASTIFY_CODES: Record<string, { status: number; code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'The request body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'invalid_json',
    message: 'The request body is empty but JSON was announced.',
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupported_media_type',
    message: 'Send the request body as application/json.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'payload_too_large',
    message: 'The request body is too large.',
  },
};

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  return 'validation_failed';
}

/**
 * Errors the router raises before any route runs (an undecodable URL, an over-long path
 * parameter): same JSON shape as everything else. Pass as Fastify's `frameworkErrors`.
 */
export function frameworkErrorHandler(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'A part of the URL is too long.'
      : 'The URL could not be understood.';
  void reply.status(status).send(body('validation_failed', message));
}

function body(code: ErrorCode, message: string): ApiErrorBody {
  return { error: { code, message } };
}

/**
 * The property a "required" error is about: TypeBox names them in `requiredProperties`, Ajv
 * in `missingProperty`. Its instancePath is the object holding it, not the field itself.
 */
function missingProperty(params: unknown): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const { missingProperty: one, requiredProperties: all } = params as {
    missingProperty?: unknown;
    requiredProperties?: unknown;
  };
  if (typeof one === 'string') return one;
  const first: unknown = Array.isArray(all) ? all[0] : undefined;
  return typeof first === 'string' ? first : undefined;
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && 'code' in error;
}

/**
 * One error shape for every route: `{ error: { code, message } }`. Client mistakes get a 4xx
 * with a message that says what to fix; anything unexpected is logged and answered with a
 * bare 500 that leaks no stack or internal message.
 */
export function installErrorHandling(
  app: FastifyInstance,
  options: { onDiskFull?: () => void } = {},
): void {
  app.setErrorHandler((error: unknown, request, reply) => {
    // A full disk (SQLite or a photo file) is not a bug: 507 disk_full, in the user's language.
    if (isDiskFull(error)) {
      options.onDiskFull?.();
      request.log.warn({ err: error }, 'disk full: the write was refused');
      error = diskFullError();
    }
    if (error instanceof AppError) {
      const { retryAfterSeconds } = error.details;
      if (retryAfterSeconds !== undefined) reply.header('retry-after', String(retryAfterSeconds));
      return reply
        .status(error.statusCode)
        .send({ error: { code: error.code, message: error.message, ...error.details } });
    }
    if (isFastifyError(error)) {
      if (error.validation) {
        const where = error.validationContext ?? 'request';
        // The first field at fault, as a path ("text", "boardIds/0"), for the apps to name.
        const first = error.validation[0];
        const at = first?.instancePath.replace(/^\//, '') ?? '';
        const missing = missingProperty(first?.params);
        const field = missing === undefined ? at : at ? `${at}/${missing}` : missing;
        return reply.status(400).send({
          error: {
            code: 'validation_failed',
            message: `Invalid ${where}: ${error.message}`,
            ...(field ? { field } : {}),
          },
        });
      }
      const known = FASTIFY_CODES[error.code];
      if (known) return reply.status(known.status).send(body(known.code, known.message));
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
        return reply
          .status(error.statusCode)
          .send(body(codeForStatus(error.statusCode), error.message));
      }
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Internal server error.'));
  });

  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send(body('not_found', `No route for ${request.method} ${request.url}.`)),
  );
}

/**
 * Errors Node's HTTP parser raises before Fastify sees a request (headers too large, a
 * malformed request, headers that never finish): the same JSON shape and codes as every other
 * answer, instead of Fastify's default body. Pass as Fastify's `clientErrorHandler`.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, reason, code, message]: [number, string, ErrorCode, string] =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [408, 'Request Timeout', 'request_timeout', 'The request did not arrive in time.']
      : error.code === 'HPE_HEADER_OVERFLOW'
        ? [
            431,
            'Request Header Fields Too Large',
            'payload_too_large',
            'The headers are too large.',
          ]
        : [400, 'Bad Request', 'validation_failed', 'The request could not be understood.'];
  const payload = JSON.stringify(body(code, message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${payload}`,
    );
  }
  socket.destroy(error);
}
