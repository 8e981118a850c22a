import { describe, expect, it } from 'vitest';
import { boardIdFromPath } from './App.js';

describe('boardIdFromPath', () => {
  it('reads the board id from the clean URL a join redirects to', () => {
    expect(boardIdFromPath('/m/b/AbC_12-x')).toBe('AbC_12-x');
    expect(boardIdFromPath('/m/b/AbC_12-x/')).toBe('AbC_12-x');
  });
  it('ignores anything else', () => {
    expect(boardIdFromPath('/m/')).toBeNull();
    expect(boardIdFromPath('/m/b/')).toBeNull();
    expect(boardIdFromPath('/m/b/a/b')).toBeNull();
    expect(boardIdFromPath('/m/b/<script>')).toBeNull();
  });
});
