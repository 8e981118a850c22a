import { describe, expect, it } from 'vitest';
import { Compile } from 'typebox/compile';
import * as schemas from './schemas.js';
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

describe('every request body schema', () => {
  const bodies = Object.entries(schemas).filter(
    ([name]) => /(Body|Input)Schema$/.test(name) && name !== 'ErrorBodySchema',
  );

  /** Every leaf schema below `schema`, with its path. */
  function leaves(schema: unknown, path: string): [string, Record<string, unknown>][] {
    if (typeof schema !== 'object' || schema === null) return [];
    const node = schema as Record<string, unknown>;
    const out: [string, Record<string, unknown>][] = [];
    if (Array.isArray(node.anyOf)) {
      for (const member of node.anyOf) out.push(...leaves(member, path));
    } else if (node.type === 'object' && typeof node.properties === 'object') {
      for (const [key, child] of Object.entries(node.properties as Record<string, unknown>)) {
        out.push(...leaves(child, `${path}.${key}`));
      }
    } else if (node.type === 'array') {
      out.push(...leaves(node.items, `${path}[]`));
    } else {
      out.push([path, node]);
    }
    return out;
  }

  it('finds the body schemas', () => {
    expect(bodies.length).toBeGreaterThanOrEqual(10);
  });

  it.each(bodies)('%s bounds every string and every number', (name, schema) => {
    for (const [path, leaf] of leaves(schema, name)) {
      if (leaf.type === 'string' && leaf.enum === undefined && leaf.const === undefined) {
        const bounded = typeof leaf.maxLength === 'number' || typeof leaf.pattern === 'string';
        expect(bounded, `${path} has no maxLength`).toBe(true);
      }
      if (leaf.type === 'number' || leaf.type === 'integer') {
        expect(Number.isFinite(leaf.minimum), `${path} has no minimum`).toBe(true);
        expect(Number.isFinite(leaf.maximum), `${path} has no maximum`).toBe(true);
      }
    }
  });
});

describe('DaySchema', () => {
  const day = Compile(schemas.DaySchema);
  it.each(['2026-02-31', '2025-02-29', '2026-04-31', '2026-13-01', '2026-1-01', '2026-00-10'])(
    'refuses %s',
    (value) => expect(day.Check(value)).toBe(false),
  );
  it.each(['2024-02-29', '2026-12-31', '2026-01-01'])('accepts %s', (value) =>
    expect(day.Check(value)).toBe(true),
  );
});

describe('BoundedNumber', () => {
  const number = Compile(schemas.BoundedNumber);
  it.each([1e308, -1e308, Infinity, Number.NaN, 1e13])('refuses %s', (value) =>
    expect(number.Check(value)).toBe(false),
  );
  it.each([0, -3.5, 1e12, 123456.789])('accepts %s', (value) =>
    expect(number.Check(value)).toBe(true),
  );
});
