import { describe, expect, it } from 'vitest';
import { Compile } from 'typebox/compile';
import { CreateSuggestionBodySchema } from './schemas.js';
import { SocketAuthSchema } from './events.js';

const createBody = Compile(CreateSuggestionBodySchema);
const valid = {
  id: '0b8a3f0e-5d1c-4c55-9a43-7f2a9d1e6b10',
  text: 'Automatic sliding doors on the freezer room',
  dimension: 'ecological',
};

describe('CreateSuggestionBody', () => {
  it('accepts a minimal valid body, with or without a name', () => {
    expect(createBody.Check(valid)).toBe(true);
    expect(createBody.Check({ ...valid, authorName: 'Aino' })).toBe(true);
    expect(createBody.Check({ ...valid, authorName: null })).toBe(true);
  });

  it.each([
    ['text too short', { ...valid, text: 'ab' }],
    ['text too long', { ...valid, text: 'x'.repeat(1001) }],
    ['text missing', { id: valid.id, dimension: 'social' }],
    ['text not a string', { ...valid, text: 12345 }],
    ['unknown dimension', { ...valid, dimension: 'political' }],
    ['id not a uuid', { ...valid, id: 'abc' }],
    ['name too long', { ...valid, authorName: 'n'.repeat(61) }],
    ['unknown property', { ...valid, status: 'done' }],
  ])('rejects %s', (_name, body) => {
    expect(createBody.Check(body)).toBe(false);
  });
});

describe('SocketAuth', () => {
  const auth = Compile(SocketAuthSchema);
  it('accepts a display key or a board id, nothing else', () => {
    expect(auth.Check({ displayKey: 'k' })).toBe(true);
    expect(auth.Check({ boardId: 'b' })).toBe(true);
    expect(auth.Check({})).toBe(false);
    expect(auth.Check({ displayKey: 42 })).toBe(false);
  });
});
