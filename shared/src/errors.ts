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
  /** The server is too busy right now (e.g. too many sign-ins being checked); retry later. */
  'busy',
  /** The server's disk is full: nothing was stored. */
  'disk_full',
  /** The request named a host this server does not answer for (DNS rebinding guard). */
  'host_not_allowed',
  /** A join link or wall-screen link that an admin replaced. */
  'link_replaced',
  /** The request (its headers or body) did not arrive in time. */
  'request_timeout',
  /** Another analysis round of the board is still open: finish it before starting one. */
  'round_open',
  /** The analysis round is finished: its answers and scores are frozen. */
  'round_finished',
  /** Nothing is answered in the round yet, so there is nothing to finish. */
  'round_empty',
  /** The question was retired from the board's bank: it takes no new answers or edits. */
  'question_retired',
  /** An interest vote is already open on the board. */
  'vote_open',
  /** The interest vote is closed: its dots can no longer be moved. */
  'vote_closed',
  /** More than five dots in all. */
  'too_many_dots',
  /** More than three dots on one category. */
  'too_many_dots_on_one',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  /**
   * `message` is for developers and logs (English); screens translate `code` (and `field`)
   * with `errorMessage()` from i18n. `retryAfterSeconds` comes with `rate_limited` and `busy`.
   */
  error: { code: ErrorCode; message: string; field?: string; retryAfterSeconds?: number };
}

/** Result of every client→server socket event, delivered through its acknowledgement. */
export type Result<T> = { ok: true; data: T } | { ok: false; error: ApiErrorBody['error'] };
