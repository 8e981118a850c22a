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
/**
 * What a refusal may say besides its message: a code of its own for a domain rule the user
 * broke (so the apps can say it in the user's words), and the field at fault.
 */
export interface Refusal {
  code?: ErrorCode;
  field?: string;
}

const refusal = (status: number, fallback: ErrorCode, message: string, details: Refusal) =>
  new AppError(
    status,
    details.code ?? fallback,
    message,
    details.field === undefined ? {} : { field: details.field },
  );

/** 409: the request clashes with the state of things (`conflict` unless a rule's own code). */
export const conflict = (message: string, details: Refusal = {}): AppError =>
  refusal(409, 'conflict', message, details);
/** 400: the request breaks a rule (`validation_failed` unless the rule has its own code). */
export const invalid = (message: string, details: Refusal = {}): AppError =>
  refusal(400, 'validation_failed', message, details);
