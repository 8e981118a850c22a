import { createHmac, randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Password and code hashing: scrypt at OWASP's recommended parameters (N=2^17, r=8, p=1,
 * about 128 MiB and a few hundred ms), on top of an HMAC with a server-side pepper that lives
 * in a file outside the database. A copy of the database alone is not enough to test guesses.
 * scrypt runs on libuv's thread pool, so a login does not block the event loop.
 */
export const SCRYPT_PARAMS = { N: 2 ** 17, r: 8, p: 1 } as const;

/** scrypt's cost: CPU and memory (N), block size (r), parallelism (p). */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}
const MAXMEM = 256 * 1024 * 1024;
const KEY_LENGTH = 32;

function scryptAsync(
  secret: Buffer,
  salt: Buffer,
  length: number,
  options: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(secret, salt, length, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

const peppered = (secret: string, pepper: Buffer): Buffer =>
  createHmac('sha256', pepper).update(secret.normalize('NFC')).digest();

/** A hash of the secret at `cost`; the string carries its own cost, so verifying needs none. */
export async function hashSecret(
  secret: string,
  pepper: Buffer,
  cost: ScryptCost = SCRYPT_PARAMS,
): Promise<string> {
  const salt = randomBytes(16);
  const { N, r, p } = cost;
  const hash = await scryptAsync(peppered(secret, pepper), salt, KEY_LENGTH, {
    N,
    r,
    p,
    maxmem: MAXMEM,
  });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export async function verifySecret(
  secret: string,
  stored: string,
  pepper: Buffer,
): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(
    peppered(secret, pepper),
    Buffer.from(salt, 'base64'),
    expected.length,
    {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: MAXMEM,
    },
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Hashing and checking with one pepper and one cost: what the server's services use. */
export interface SecretHasher {
  hash(secret: string): Promise<string>;
  verify(secret: string, stored: string): Promise<boolean>;
}

export function createSecretHasher(pepper: Buffer, cost: ScryptCost = SCRYPT_PARAMS): SecretHasher {
  return {
    hash: (secret) => hashSecret(secret, pepper, cost),
    verify: (secret, stored) => verifySecret(secret, stored, pepper),
  };
}

/** The pepper file in DATA_DIR: created once (32 random bytes, owner-only), then reused. */
export function loadOrCreatePepper(dataDir: string): Buffer {
  const file = join(dataDir, 'pepper.key');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32), { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  const pepper = readFileSync(file);
  if (pepper.length < 32) throw new Error(`${file} is damaged (shorter than 32 bytes).`);
  return pepper;
}
