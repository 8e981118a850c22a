/**
 * What each workspace's build is made from, and whether its last build is still current.
 *
 * A workspace's build is current when the content hash of its inputs (its sources, HTML
 * entries, static files, configs and package.json, the root's lock file and base tsconfig, and
 * the hashes of the workspaces it builds on) equals the stamp written into its output folder
 * after its last successful build. Contents, not modification times: a `git checkout` or a
 * copy that touches every file does not force a rebuild, and an edit that keeps the mtime
 * (an editor restoring a file, a clock step) does not slip through.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface Workspace {
  /** Folder under the repository root, also the npm workspace's location. */
  dir: string;
  /** The npm workspace name (`npm run build -w <name>`). */
  name: string;
  /** Files and folders, relative to `dir`, that the build reads. Missing ones are skipped. */
  inputs: readonly string[];
  /** Workspaces (by `dir`) whose output or source this build reads; built before it. */
  dependsOn: readonly string[];
  /** Where the build writes; the stamp lives here, so removing the output forces a build. */
  outDir: string;
}

/** Files at the repository root that every build depends on. */
export const ROOT_INPUTS = ['package.json', 'package-lock.json', 'tsconfig.base.json'] as const;

const APP_INPUTS = [
  'src',
  'public',
  'index.html',
  'wall-preview.html',
  'vite.config.ts',
  'tsconfig.json',
  'package.json',
  '../vite.shared.ts',
];

/** The four built workspaces, in build order: shared first, then what depends on it. */
export const WORKSPACES: readonly Workspace[] = [
  {
    dir: 'shared',
    name: '@tavla/shared',
    inputs: ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'],
    dependsOn: [],
    outDir: 'dist',
  },
  {
    dir: 'board-app',
    name: '@tavla/board-app',
    inputs: APP_INPUTS,
    dependsOn: ['shared'],
    outDir: 'dist',
  },
  {
    dir: 'mobile-app',
    name: '@tavla/mobile-app',
    inputs: APP_INPUTS,
    dependsOn: ['shared'],
    outDir: 'dist',
  },
  {
    dir: 'server',
    name: '@tavla/server',
    inputs: ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json'],
    dependsOn: ['shared'],
    outDir: 'dist',
  },
];

export const STAMP_FILE = '.tavla-build-stamp';

/** Tests sit next to the code but are not part of any build. */
const isTest = (name: string) => /\.test\.tsx?$/.test(name);

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((entry) => entry.name !== 'node_modules' && !isTest(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => filesUnder(join(path, entry.name)));
}

/**
 * The content hash of each workspace's inputs, its dependencies' hashes included (so a change
 * in `shared` makes every dependant stale). Keyed by `dir`.
 */
export function inputHashes(
  root: string,
  workspaces: readonly Workspace[] = WORKSPACES,
): Map<string, string> {
  const rootHash = createHash('sha256');
  for (const file of ROOT_INPUTS) hashFile(rootHash, root, join(root, file));
  const common = rootHash.digest('hex');

  const hashes = new Map<string, string>();
  for (const workspace of workspaces) {
    const hash = createHash('sha256').update(`root ${common}\n`);
    for (const dependency of workspace.dependsOn) {
      const of = hashes.get(dependency);
      if (of === undefined) throw new Error(`${workspace.dir} is listed before ${dependency}`);
      hash.update(`dependency ${dependency} ${of}\n`);
    }
    const base = join(root, workspace.dir);
    for (const input of workspace.inputs) {
      for (const file of filesUnder(join(base, input))) hashFile(hash, root, file);
    }
    hashes.set(workspace.dir, hash.digest('hex'));
  }
  return hashes;
}

function hashFile(hash: ReturnType<typeof createHash>, root: string, file: string): void {
  if (!existsSync(file)) return;
  // The path with forward slashes, so a rename is a change and the hash is the same everywhere.
  hash.update(`file ${relative(root, file).split(sep).join('/')}\n`);
  hash.update(readFileSync(file));
  hash.update('\n');
}

const stampPath = (root: string, workspace: Workspace) =>
  join(root, workspace.dir, workspace.outDir, STAMP_FILE);

/** The hash the last successful build of this workspace was made from, if any. */
export function readStamp(root: string, workspace: Workspace): string | undefined {
  const path = stampPath(root, workspace);
  return existsSync(path) ? readFileSync(path, 'utf8').trim() : undefined;
}

/** Records that the build of `workspace` from inputs with this hash succeeded. */
export function writeStamp(root: string, workspace: Workspace, hash: string): void {
  writeFileSync(stampPath(root, workspace), `${hash}\n`);
}

/** The workspaces whose stamp does not match their inputs, in build order. */
export function staleWorkspaces(
  root: string,
  workspaces: readonly Workspace[] = WORKSPACES,
  hashes: Map<string, string> = inputHashes(root, workspaces),
): Workspace[] {
  return workspaces.filter((workspace) => readStamp(root, workspace) !== hashes.get(workspace.dir));
}
