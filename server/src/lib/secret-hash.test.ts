import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashSecret, loadOrCreatePepper, verifySecret } from './secret-hash.js';

const pepper = Buffer.alloc(32, 7);

describe('secret hashing', () => {
  it('verifies the right secret only, and only with the same pepper', async () => {
    const stored = await hashSecret('correct horse battery', pepper);
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(stored).not.toContain('correct horse');
    expect(await verifySecret('correct horse battery', stored, pepper)).toBe(true);
    expect(await verifySecret('correct horse batterY', stored, pepper)).toBe(false);
    expect(await verifySecret('correct horse battery', stored, Buffer.alloc(32, 8))).toBe(false);
    expect(await verifySecret('x', 'not-a-hash', pepper)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashSecret('same secret 123', pepper)).not.toBe(
      await hashSecret('same secret 123', pepper),
    );
  });

  it('creates the pepper file once, owner-readable only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tavla-pepper-'));
    const first = loadOrCreatePepper(dir);
    expect(first).toHaveLength(32);
    expect(loadOrCreatePepper(dir).equals(first)).toBe(true);
    expect(statSync(join(dir, 'pepper.key')).mode & 0o777).toBe(0o600);
  });
});
