import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@tavla/shared/i18n';
import { METHOD_MESSAGES } from '@tavla/shared/i18n-method';
import { WORKSHOP_MESSAGES } from '@tavla/shared/i18n-workshop';

/**
 * The method's strings (i18n-method.ts) and the workshop's (i18n-workshop.ts) are not in the
 * core table, so the phone's first page does not download them; `t()` finds them only once
 * `registerMessages(METHOD_MESSAGES)` (or `WORKSHOP_MESSAGES`) ran. This keeps every source file
 * that uses one of them registering them first (through the app's `method-messages` or
 * `workshop-messages` module or a call of its own), so no screen ever shows a raw key.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const methodKeys = Object.keys(METHOD_MESSAGES.sv);
const workshopKeys = Object.keys(WORKSHOP_MESSAGES.sv);
const coreKeys = Object.keys(MESSAGES.sv);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The keys of `table` a file names: as literals, or as the fixed start of a template. */
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
const methodKeysUsed = (text: string) => keysUsed(text, methodKeys);
const workshopKeysUsed = (text: string) => keysUsed(text, workshopKeys);

const appSources = () =>
  ['mobile-app/src', 'board-app/src', 'server/src'].flatMap((dir) => sources(join(root, dir)));

describe('the method strings', () => {
  it('are in one table only, with the same keys in both languages', () => {
    expect(methodKeys.filter((key) => coreKeys.includes(key))).toEqual([]);
    expect(Object.keys(METHOD_MESSAGES.en).sort()).toEqual([...methodKeys].sort());
  });

  it('are registered by every source file that uses them', () => {
    const unregistered = appSources().filter((file) => {
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

describe('the workshop strings', () => {
  it('are in one table only, with the same keys in both languages', () => {
    expect(workshopKeys.filter((key) => coreKeys.includes(key))).toEqual([]);
    expect(workshopKeys.filter((key) => methodKeys.includes(key))).toEqual([]);
    expect(Object.keys(WORKSHOP_MESSAGES.en).sort()).toEqual([...workshopKeys].sort());
  });

  it('are registered by every source file that uses them', () => {
    const unregistered = appSources().filter((file) => {
      const text = readFileSync(file, 'utf8');
      const registers = /workshop-messages\.js'|registerMessages\(WORKSHOP_MESSAGES\)/.test(text);
      return workshopKeysUsed(text).length > 0 && !registers;
    });
    expect(unregistered.map((file) => file.slice(root.length))).toEqual([]);
    // The check itself sees what it looks for.
    expect(
      workshopKeysUsed("t(language, 'workshop.remote.next') `workshop.kind.${activity.kind}`"),
    ).toEqual(['workshop.remote.next', 'workshop.kind.']);
  });

  it('are all used by some screen', () => {
    const texts = appSources().map((file) => readFileSync(file, 'utf8'));
    const used = new Set(texts.flatMap(workshopKeysUsed));
    const unused = workshopKeys.filter(
      (key) =>
        !used.has(key) && ![...used].some((start) => start.endsWith('.') && key.startsWith(start)),
    );
    expect(unused).toEqual([]);
  });
});
