import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  WORKSPACES,
  inputHashes,
  staleWorkspaces,
  writeStamp,
  type Workspace,
} from './build-inputs.js';

/** A repository in miniature: the root files, a shared package, an app and a server. */
const TREE: Record<string, string> = {
  'package.json': '{"name":"tavla"}',
  'package-lock.json': '{"lockfileVersion":3}',
  'tsconfig.base.json': '{}',
  'vite.shared.ts': 'export const base = 1;',
  'shared/package.json': '{"name":"@tavla/shared"}',
  'shared/src/index.ts': 'export const shared = 1;',
  'shared/src/index.test.ts': 'test',
  'app/package.json': '{"name":"app"}',
  'app/index.html': '<div id="root"></div>',
  'app/src/main.tsx': 'render();',
  'app/src/deep/page.tsx': 'export const Page = 1;',
  'server/package.json': '{"name":"server"}',
  'server/src/main.ts': 'listen();',
};

const SMALL: readonly Workspace[] = [
  { dir: 'shared', name: 's', inputs: ['src', 'package.json'], dependsOn: [], outDir: 'dist' },
  {
    dir: 'app',
    name: 'a',
    inputs: ['src', 'index.html', 'package.json', '../vite.shared.ts'],
    dependsOn: ['shared'],
    outDir: 'dist',
  },
  {
    dir: 'server',
    name: 'v',
    inputs: ['src', 'package.json', 'tsconfig.build.json'],
    dependsOn: ['shared'],
    outDir: 'dist',
  },
];

let root: string;
const write = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};
const stale = () => staleWorkspaces(root, SMALL).map((w) => w.dir);
/** What a successful build leaves: an output folder with the stamp of the inputs it used. */
const buildAll = () => {
  const hashes = inputHashes(root, SMALL);
  for (const workspace of staleWorkspaces(root, SMALL, hashes)) {
    mkdirSync(join(root, workspace.dir, workspace.outDir), { recursive: true });
    writeStamp(root, workspace, hashes.get(workspace.dir) ?? '');
  }
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'tavla-build-'));
  for (const [path, text] of Object.entries(TREE)) write(path, text);
  return () => rmSync(root, { recursive: true, force: true });
});

describe('build if changed', () => {
  it('builds everything the first time, nothing the second', () => {
    expect(stale()).toEqual(['shared', 'app', 'server']);
    buildAll();
    expect(stale()).toEqual([]);
  });

  it('rebuilds only the workspace whose source changed', () => {
    buildAll();
    write('app/src/deep/page.tsx', 'export const Page = 2;');
    expect(stale()).toEqual(['app']);
    buildAll();
    expect(stale()).toEqual([]);
  });

  it('rebuilds the dependants when shared changes', () => {
    buildAll();
    write('shared/src/index.ts', 'export const shared = 2;');
    expect(stale()).toEqual(['shared', 'app', 'server']);
  });

  it('sees new, removed and renamed files, HTML entries and configs', () => {
    buildAll();
    write('server/src/cli.ts', 'run();');
    expect(stale()).toEqual(['server']);
    buildAll();
    rmSync(join(root, 'server/src/cli.ts'));
    expect(stale()).toEqual(['server']);
    buildAll();
    write('server/tsconfig.build.json', '{}');
    expect(stale()).toEqual(['server']);
    buildAll();
    write('app/index.html', '<div id="app"></div>');
    expect(stale()).toEqual(['app']);
    buildAll();
    rmSync(join(root, 'app/src/main.tsx'));
    write('app/src/entry.tsx', 'render();');
    expect(stale()).toEqual(['app']);
  });

  it('rebuilds everything when the lock file changes, the app when the common Vite config does', () => {
    buildAll();
    write('vite.shared.ts', 'export const base = 2;');
    expect(stale()).toEqual(['app']);
    buildAll();
    write('package-lock.json', '{"lockfileVersion":3,"packages":{}}');
    expect(stale()).toEqual(['shared', 'app', 'server']);
  });

  it('ignores test files, and a removed output is built again', () => {
    buildAll();
    write('shared/src/index.test.ts', 'another test');
    write('app/src/page.test.tsx', 'test');
    expect(stale()).toEqual([]);
    rmSync(join(root, 'server/dist'), { recursive: true });
    expect(stale()).toEqual(['server']);
  });
});

describe("the repository's own build inputs", () => {
  const repo = fileURLToPath(new URL('../../../', import.meta.url));

  it('name folders that exist, in an order that builds dependencies first', () => {
    const seen = new Set<string>();
    for (const workspace of WORKSPACES) {
      expect(existsSync(join(repo, workspace.dir, 'package.json'))).toBe(true);
      expect(existsSync(join(repo, workspace.dir, 'src'))).toBe(true);
      for (const dependency of workspace.dependsOn) expect(seen).toContain(dependency);
      seen.add(workspace.dir);
    }
    expect([...seen]).toEqual(['shared', 'board-app', 'mobile-app', 'server']);
  });

  it('hash to the same value twice', () => {
    expect(inputHashes(repo)).toEqual(inputHashes(repo));
  });
});
