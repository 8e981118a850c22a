import { AppError } from '../http/app-error.js';

/**
 * A position in a list paged by (created time, id): the last row of the page before. Rows
 * with the same time are told apart by id, so nothing repeats or is skipped while the list
 * grows. Clients treat the encoded form as opaque.
 */
export interface PageCursor {
  createdAt: string;
  id: string;
}

export function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

export function decodeCursor(value: string): PageCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string'
    ) {
      return { createdAt: parsed[0], id: parsed[1] };
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw new AppError(400, 'validation_failed', 'The page cursor is not valid.', {
    field: 'before',
  });
}

/**
 * A position in a list sorted by a number first (most votes first), then by (time, id); the
 * time-sorted lists use it with rank 0. `field` names the query parameter it came in.
 */
export interface RankedCursor extends PageCursor {
  rank: number;
}

export function encodeRankedCursor(cursor: RankedCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id, cursor.rank])).toString(
    'base64url',
  );
}

export function decodeRankedCursor(value: string, field: string): RankedCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 3 &&
      typeof parsed[0] === 'string' &&
      typeof parsed[1] === 'string' &&
      Number.isSafeInteger(parsed[2])
    ) {
      return { createdAt: parsed[0], id: parsed[1], rank: parsed[2] as number };
    }
  } catch {
    // Falls through to the refusal below.
  }
  throw new AppError(400, 'validation_failed', 'The page cursor is not valid.', { field });
}
