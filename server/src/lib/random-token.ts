import { randomBytes } from 'node:crypto';

/** A url-safe random string carrying `bytes * 8` bits of entropy. */
export function randomToken(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** Entity ids: 128 bits. */
export const newId = (): string => randomToken(16);
