/**
 * Builds the workspaces, shared first, and stamps each output with the hash of the inputs it
 * was built from (build-inputs.ts).
 *
 *   tsx scripts/src/build/build.ts                  build everything (`npm run build`)
 *   tsx scripts/src/build/build.ts --changed        build only what changed since its stamp
 *                                                   (`npm start`, the server CLIs)
 *   tsx scripts/src/build/build.ts --changed shared server   only these (and what they need)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  WORKSPACES,
  inputHashes,
  staleWorkspaces,
  writeStamp,
  type Workspace,
} from './build-inputs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** The named workspaces and, before them, everything they build on, in build order. */
function withDependencies(names: readonly string[]): Workspace[] {
  const wanted = new Set<string>();
  const add = (dir: string) => {
    const workspace = WORKSPACES.find((w) => w.dir === dir);
    if (!workspace) {
      throw new Error(`unknown workspace "${dir}" (${WORKSPACES.map((w) => w.dir).join(', ')})`);
    }
    if (wanted.has(dir)) return;
    wanted.add(dir);
    workspace.dependsOn.forEach(add);
  };
  names.forEach(add);
  return WORKSPACES.filter((w) => wanted.has(w.dir));
}

function main(): void {
  const args = process.argv.slice(2);
  const changedOnly = args.includes('--changed');
  const names = args.filter((arg) => !arg.startsWith('--'));
  const selected = names.length > 0 ? withDependencies(names) : [...WORKSPACES];
  // Hashed before building: an edit made while the build runs makes the next start build again.
  const hashes = inputHashes(root);
  const toBuild = changedOnly ? staleWorkspaces(root, selected, hashes) : selected;
  if (toBuild.length === 0) {
    console.log(`Build is up to date (${selected.map((w) => w.dir).join(', ')}).`);
    return;
  }
  if (changedOnly) console.log(`Building what changed: ${toBuild.map((w) => w.dir).join(', ')}`);
  for (const workspace of toBuild) {
    const run = spawnSync('npm', ['run', 'build', '-w', workspace.name], {
      cwd: root,
      stdio: 'inherit',
    });
    if (run.status !== 0) {
      console.error(`Building ${workspace.dir} failed.`);
      process.exit(run.status ?? 1);
    }
    const hash = hashes.get(workspace.dir);
    if (hash !== undefined) writeStamp(root, workspace, hash);
  }
}

main();
