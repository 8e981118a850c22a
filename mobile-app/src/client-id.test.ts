import { describe, expect, it } from 'vitest';
import { newClientId } from './client-id.js';

describe('newClientId', () => {
  it('makes RFC 4122 version 4 UUIDs', () => {
    const id = newClientId();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    expect(newClientId((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newClientId((b) => b.fill(0))).toBe('00000000-0000-4000-8000-000000000000');
  });

  it('does not repeat', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newClientId()));
    expect(ids.size).toBe(1000);
  });
});
