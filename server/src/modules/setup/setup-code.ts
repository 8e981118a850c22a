import { randomInt } from 'node:crypto';
import type { Db } from '../../db/open-database.js';
import type { SecretHasher } from '../../lib/secret-hash.js';

const SETTING_KEY = 'setup_code_hash';
// Unambiguous characters only (no 0/O, 1/I/L): the code is typed in by hand from a terminal.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function generateCode(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g += 1) {
    let group = '';
    for (let i = 0; i < 4; i += 1) group += ALPHABET.charAt(randomInt(ALPHABET.length));
    groups.push(group);
  }
  return groups.join('-'); // 16 characters from 31 symbols: ~79 bits
}

/** How a typed code is compared: case and spacing do not matter. */
const canonical = (code: string): string => code.replace(/[\s-]/g, '').toUpperCase();

export function createSetupCodes(db: Db, hasher: SecretHasher) {
  const read = db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?');
  const write = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  const adminCount = db.prepare<[], { n: number }>(
    "SELECT COUNT(*) AS n FROM users WHERE role = 'admin'",
  );
  const noAdminYet = () => (adminCount.get()?.n ?? 0) === 0;

  return {
    /**
     * On the very first start, creates the one-time setup code and keeps only its hash.
     * Returns the plain code that once, so it can be printed; later starts get null.
     */
    async issueOnFirstStart(): Promise<string | null> {
      if (read.get(SETTING_KEY) || !noAdminYet()) return null;
      return this.rotate();
    },

    /** A new code replacing any earlier one; only while no admin exists. */
    async rotate(): Promise<string> {
      if (!noAdminYet()) throw new Error('An admin exists already; the setup code is used up.');
      const code = generateCode();
      write.run(SETTING_KEY, await hasher.hash(canonical(code)));
      return code;
    },

    /** Setup is possible while there is an unused code and no admin. */
    pending: (): boolean => read.get(SETTING_KEY) !== undefined && noAdminYet(),

    async matches(code: string): Promise<boolean> {
      const stored = read.get(SETTING_KEY);
      return stored !== undefined && (await hasher.verify(canonical(code), stored.value));
    },

    /** Call in the transaction that creates the first admin. */
    consume: (): void => void remove.run(SETTING_KEY),

    /** Forgets a code nobody has seen (a first start that failed before printing it). */
    withdraw: (): void => void remove.run(SETTING_KEY),
  };
}

export type SetupCodes = ReturnType<typeof createSetupCodes>;
