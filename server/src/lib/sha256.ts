import { createHash } from 'node:crypto';

/**
 * SHA-256 as lowercase hex: how secrets that are looked up but never shown again are stored
 * (device ids from the device cookie, replaced join tokens and display keys). The secrets
 * carry 128+ random bits, so a fast unsalted hash is enough: nothing to guess from it.
 */
export const sha256Hex = (value: string): string =>
  createHash('sha256').update(value).digest('hex');
