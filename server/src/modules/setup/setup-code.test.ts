import { describe, expect, it } from 'vitest';
import { testDb } from '../../test-support/test-app.js';
import { issueSetupCodeOnFirstStart, storedSetupCodeHash, verifySetupCode } from './setup-code.js';

describe('setup code', () => {
  it('is issued once, on first start, and only its hash is stored', () => {
    const db = testDb();
    const code = issueSetupCodeOnFirstStart(db);
    expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect(issueSetupCodeOnFirstStart(db)).toBeNull();
    const stored = storedSetupCodeHash(db);
    expect(stored).toBeDefined();
    expect(stored).not.toContain(code);
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(verifySetupCode(code ?? '', stored ?? '')).toBe(true);
    expect(verifySetupCode((code ?? '').toLowerCase(), stored ?? '')).toBe(true);
    expect(verifySetupCode('AAAA-BBBB-CCCC-DDDD', stored ?? '')).toBe(false);
  });
});
