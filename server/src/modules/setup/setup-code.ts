import { randomInt, scryptSync, timingSafeEqual, randomBytes } from 'node:crypto';
import type { Db } from '../../db/open-database.js';

const SETTING_KEY = 'setup_code_hash';
// Unambiguous characters only (no 0/O, 1/I/L): the code is typed in by hand from a terminal.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
// scrypt at OWASP's recommended minimum (N=2^17, r=8, p=1): ~128 MiB, a fraction of a second.
const SCRYPT = { N: 2 ** 17, r: 8, p: 1, maxmem: 256 * 1024 * 1024 } as const;
const KEY_LENGTH = 32;

function generateCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g += 1) {
    let group = '';
    for (let i = 0; i < 4; i += 1) group += ALPHABET.charAt(randomInt(ALPHABET.length));
    groups.push(group);
  }
  return groups.join('-'); // 16 characters from 31 symbols: ~79 bits
}

export function hashSetupCode(code: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(code.toUpperCase(), salt, KEY_LENGTH, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function verifySetupCode(code: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(
    code.trim().toUpperCase(),
    Buffer.from(salt, 'base64'),
    expected.length,
    {
      N: Number(n),
      r: Number(r),
      p: Number(p),
      maxmem: SCRYPT.maxmem,
    },
  );
  return timingSafeEqual(actual, expected);
}

/**
 * On the very first start, creates the one-time setup code for the first team lead and keeps
 * only its hash. Returns the plain code that once, so it can be printed; later starts get null.
 */
export function issueSetupCodeOnFirstStart(db: Db): string | null {
  const row = db.prepare('SELECT value FROM settings WHERE key = ?').get(SETTING_KEY);
  if (row) return null;
  const code = generateCode();
  db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(
    SETTING_KEY,
    hashSetupCode(code),
  );
  return code;
}

export function storedSetupCodeHash(db: Db): string | undefined {
  const row = db
    .prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?')
    .get(SETTING_KEY);
  return row?.value;
}
