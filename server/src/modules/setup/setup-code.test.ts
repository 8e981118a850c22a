import { describe, expect, it } from 'vitest';
import { testDb } from '../../test-support/test-app.js';
import { createSecretHasher } from '../../lib/secret-hash.js';
import { createSetupCodes } from './setup-code.js';

const pepper = Buffer.alloc(32, 1);

describe('setup code', () => {
  it('is issued once, on first start, and only its hash is stored', async () => {
    const db = testDb();
    const codes = createSetupCodes(db, createSecretHasher(pepper));
    const code = await codes.issueOnFirstStart();
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(await codes.issueOnFirstStart()).toBeNull();
    const stored = (
      db.prepare("SELECT value FROM settings WHERE key = 'setup_code_hash'").get() as {
        value: string;
      }
    ).value;
    expect(stored).not.toContain((code ?? '').replace(/-/g, ''));
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(codes.pending()).toBe(true);
    expect(await codes.matches(code ?? '')).toBe(true);
    expect(await codes.matches((code ?? '').toLowerCase().replace(/-/g, ' '))).toBe(true);
    expect(await codes.matches('AAAA-BBBB-CCCC-DDDD')).toBe(false);
  });

  it('can be rotated while no admin exists, which invalidates the old code', async () => {
    const codes = createSetupCodes(testDb(), createSecretHasher(pepper));
    const first = (await codes.issueOnFirstStart()) ?? '';
    const second = await codes.rotate();
    expect(await codes.matches(first)).toBe(false);
    expect(await codes.matches(second)).toBe(true);
    codes.consume();
    expect(codes.pending()).toBe(false);
  });
});
