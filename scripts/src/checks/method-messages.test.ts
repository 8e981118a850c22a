import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@tavla/shared/i18n';
import { METHOD_MESSAGES } from '@tavla/shared/i18n-method';

/**
 * The method's strings (i18n-method.ts) are not in the core table, so the phone's first page
 * does not download them; `t()` finds them only once `registerMessages(METHOD_MESSAGES)` ran.
 * This keeps every source file that uses one of them registering them first (through the
 * app's `method-messages` module or a call of its own), so no screen ever shows a raw key.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const methodKeys = Object.keys(METHOD_MESSAGES.sv);
const coreKeys = Object.keys(MESSAGES.sv);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The method keys a file names: as literals, or as the fixed start of a template. */
function methodKeysUsed(text: string): string[] {
  const literals = [...text.matchAll(/'([a-z][A-Za-z_]*(?:\.[A-Za-z_]+)+)'/g)].map((m) => m[1]);
  const templates = [...text.matchAll(/`([a-z][A-Za-z_]*\.[A-Za-z_.]*)\$\{/g)].map((m) => m[1]);
  return [
    ...literals.filter((key) => key !== undefined && methodKeys.includes(key)),
    ...templates.filter(
      (start) =>
        start !== undefined &&
        methodKeys.some((key) => key.startsWith(start)) &&
        !coreKeys.some((key) => key.startsWith(start)),
    ),
  ].filter((key): key is string => key !== undefined);
}

describe('the method strings', () => {
  it('are in one table only, with the same keys in both languages', () => {
    expect(methodKeys.filter((key) => coreKeys.includes(key))).toEqual([]);
    expect(Object.keys(METHOD_MESSAGES.en).sort()).toEqual([...methodKeys].sort());
  });

  it('are registered by every source file that uses them', () => {
    const files = ['mobile-app/src', 'board-app/src', 'server/src'].flatMap((dir) =>
      sources(join(root, dir)),
    );
    const unregistered = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      const registers = /method-messages\.js'|registerMessages\(METHOD_MESSAGES\)/.test(text);
      return methodKeysUsed(text).length > 0 && !registers;
    });
    expect(unregistered.map((file) => file.slice(root.length))).toEqual([]);
    // The check itself sees what it looks for.
    expect(methodKeysUsed("t(language, 'vote.close') `roadmap.step.${key}`")).toEqual([
      'vote.close',
      'roadmap.step.',
    ]);
  });
});
