import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@tavla/shared/i18n';
import { METHOD_MESSAGES } from '@tavla/shared/i18n-method';
import { WALL_MESSAGES } from '@tavla/shared/i18n-wall';

/**
 * The method's strings (i18n-method.ts) and the wall's (i18n-wall.ts) are not in the core
 * table, so the phone's first page does not download them; `t()` finds them only once
 * `registerMessages(METHOD_MESSAGES)` (or `WALL_MESSAGES`) ran. This keeps every source file
 * that uses one of them registering its table first (through the app's `method-messages` or
 * `wall-messages` module, or a call of its own), so no screen ever shows a raw key.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const coreKeys = Object.keys(MESSAGES.sv);

/** Each registered table, and how a source file shows that it registers it. */
const TABLES = [
  {
    name: 'method',
    table: METHOD_MESSAGES,
    registers: /method-messages\.js'|registerMessages\(METHOD_MESSAGES\)/,
  },
  {
    name: 'wall',
    table: WALL_MESSAGES,
    registers: /wall-messages\.js'|registerMessages\(WALL_MESSAGES\)/,
  },
] as const;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The keys of `tableKeys` a file names: as literals, or as the fixed start of a template. */
function keysUsed(text: string, tableKeys: readonly string[]): string[] {
  const literals = [...text.matchAll(/'([a-z][A-Za-z_]*(?:\.[A-Za-z_]+)+)'/g)].map((m) => m[1]);
  const templates = [...text.matchAll(/`([a-z][A-Za-z_]*\.[A-Za-z_.]*)\$\{/g)].map((m) => m[1]);
  return [
    ...literals.filter((key) => key !== undefined && tableKeys.includes(key)),
    ...templates.filter(
      (start) =>
        start !== undefined &&
        tableKeys.some((key) => key.startsWith(start)) &&
        !coreKeys.some((key) => key.startsWith(start)),
    ),
  ].filter((key): key is string => key !== undefined);
}

describe.each(TABLES)('the $name strings', ({ table, registers }) => {
  const tableKeys = Object.keys(table.sv);
  const otherKeys = TABLES.filter((other) => other.table !== table).flatMap((other) =>
    Object.keys(other.table.sv),
  );

  it('are in one table only, with the same keys in both languages', () => {
    expect(tableKeys.length).toBeGreaterThan(0);
    expect(tableKeys.filter((key) => coreKeys.includes(key) || otherKeys.includes(key))).toEqual(
      [],
    );
    expect(Object.keys(table.en).sort()).toEqual([...tableKeys].sort());
    expect(Object.values(table.en).filter((text) => text.trim() === '')).toEqual([]);
  });

  it('are registered by every source file that uses them', () => {
    const files = ['mobile-app/src', 'board-app/src', 'server/src'].flatMap((dir) =>
      sources(join(root, dir)),
    );
    const unregistered = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return keysUsed(text, tableKeys).length > 0 && !registers.test(text);
    });
    expect(unregistered.map((file) => file.slice(root.length))).toEqual([]);
  });
});

describe('the check itself', () => {
  it('sees the keys it looks for, as literals and as template starts', () => {
    const methodKeys = Object.keys(METHOD_MESSAGES.sv);
    expect(keysUsed("t(language, 'vote.close') `roadmap.step.${key}`", methodKeys)).toEqual([
      'vote.close',
      'roadmap.step.',
    ]);
    const wallKeys = Object.keys(WALL_MESSAGES.sv);
    expect(
      keysUsed("t(language, 'wall.scene.goals') `wall.announcements.kind.${kind}`", wallKeys),
    ).toEqual(['wall.scene.goals', 'wall.announcements.kind.']);
  });
});
