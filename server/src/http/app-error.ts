import type { ErrorCode } from '@tavla/shared';

/** An expected failure with an HTTP status and a stable error code, safe to show to the client. */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    readonly details: { field?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Too many requests; the answer carries Retry-After. */
export const rateLimited = (message: string, retryAfterSeconds: number): AppError =>
  new AppError(429, 'rate_limited', message, {
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
  });

/** The server cannot take this now (a full queue); the answer carries Retry-After. */
export const busy = (message: string, retryAfterSeconds: number): AppError =>
  new AppError(503, 'busy', message, {
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)),
  });

export const notFound = (message: string): AppError => new AppError(404, 'not_found', message);
export const unauthorized = (message: string): AppError =>
  new AppError(401, 'unauthorized', message);
export const forbidden = (message: string): AppError => new AppError(403, 'forbidden', message);
export const conflict = (message: string): AppError => new AppError(409, 'conflict', message);
export const invalid = (message: string): AppError =>
  new AppError(400, 'validation_failed', message);
