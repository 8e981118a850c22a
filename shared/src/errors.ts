/** Error codes carried in `{ error: { code, message } }` bodies and in socket error acks. */
export const ERROR_CODES = [
  'validation_failed',
  'invalid_json',
  'unsupported_media_type',
  'payload_too_large',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'rate_limited',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string };
}

/** Result of every client→server socket event, delivered through its acknowledgement. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody['error'] };
