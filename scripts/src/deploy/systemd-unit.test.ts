import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { environment, parseUnit, single, values } from './systemd-unit.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const unitPath = join(repo, 'deploy', 'tavla.service');
const text = readFileSync(unitPath, 'utf8');
const unit = parseUnit(text);
const workingDirectory = single(unit, 'Service', 'WorkingDirectory');
const [executable = '', ...args] = single(unit, 'Service', 'ExecStart').split(/\s+/);
/** Node where the unit says; where this machine keeps it otherwise (the README says to adapt). */
const node = existsSync(executable) ? executable : process.execPath;
/** The unit's paths under its WorkingDirectory, mapped onto this checkout. */
const inRepo = (path: string) =>
  path.startsWith(`${workingDirectory}/`) ? join(repo, path.slice(workingDirectory.length)) : path;

describe('deploy/tavla.service, read as systemd would', () => {
  it('has the keys an appliance needs', () => {
    expect(single(unit, 'Unit', 'Description')).not.toBe('');
    expect(single(unit, 'Install', 'WantedBy')).toBe('multi-user.target');
    expect(values(unit, 'Unit', 'After')).toContain('network-online.target');
    expect(single(unit, 'Service', 'User')).toBe('tavla');
    expect(single(unit, 'Service', 'Restart')).toBe('on-failure');
    expect(single(unit, 'Service', 'KillSignal')).toBe('SIGTERM');
    // The server forces connections closed after 8 s; systemd must not kill it before.
    expect(Number(single(unit, 'Service', 'TimeoutStopSec'))).toBeGreaterThan(8);
    const env = environment(unit);
    expect(env).toMatchObject({ NODE_ENV: 'production', HOST: '0.0.0.0', LOG_LEVEL: 'info' });
    expect(Number(env.PORT)).toBeGreaterThan(0);
    expect(env.PUBLIC_URL).toMatch(/^http:\/\/[^/]+:\d+$/);
    expect(env.PUBLIC_URL?.endsWith(`:${env.PORT ?? ''}`)).toBe(true);
  });

  it('starts the built server with node, from the working directory', () => {
    expect(workingDirectory).toMatch(/^\//);
    expect(executable).toMatch(/^\//);
    expect(basename(executable)).toBe('node');
    expect(args).toEqual([`${workingDirectory}/server/dist/main.js`]);
    // The file ExecStart names is what the server's build makes of server/src/main.ts.
    expect(existsSync(join(repo, 'server/src/main.ts'))).toBe(true);
    const build = JSON.parse(readFileSync(join(repo, 'server/tsconfig.build.json'), 'utf8')) as {
      compilerOptions: { outDir: string; rootDir: string };
    };
    expect(build.compilerOptions).toMatchObject({ outDir: 'dist', rootDir: 'src' });
  });

  it('lets the service write its data folder, and only that, for its own user', () => {
    const env = environment(unit);
    // ProtectSystem=strict makes everything read-only but the StateDirectory, which is DATA_DIR.
    expect(single(unit, 'Service', 'ProtectSystem')).toBe('strict');
    expect(env.DATA_DIR).toBe(`/var/lib/${single(unit, 'Service', 'StateDirectory')}`);
    expect(single(unit, 'Service', 'StateDirectoryMode')).toBe('0700');
    expect(single(unit, 'Service', 'UMask')).toBe('0077');
    expect(values(unit, 'Service', 'ReadOnlyPaths')).toEqual([]);
    expect(values(unit, 'Service', 'InaccessiblePaths')).toEqual([]);
    // Node's JIT needs writable, executable memory.
    expect(values(unit, 'Service', 'MemoryDenyWriteExecute')).toEqual([]);
    expect(single(unit, 'Service', 'NoNewPrivileges')).toBe('yes');
    expect(single(unit, 'Service', 'RestrictAddressFamilies')).toContain('AF_INET');
  });

  // Debian's `systemd` package has it; without it, the checks above and the start below stand.
  const analyze = spawnSync('systemd-analyze', ['--version']).status === 0;
  it.skipIf(!analyze)('passes `systemd-analyze verify` without a warning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tavla-unit-'));
    try {
      const copy = join(dir, 'tavla.service');
      // verify checks that ExecStart's program exists: on a machine whose node lives
      // elsewhere, the copy names that one.
      writeFileSync(copy, text.replace(`ExecStart=${executable}`, `ExecStart=${node}`));
      const run = spawnSync('systemd-analyze', ['verify', copy], { encoding: 'utf8', cwd: dir });
      expect(run.stderr + run.stdout).toBe('');
      expect(run.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  if (!analyze) {
    console.warn('systemd-analyze is missing (apt-get install systemd): verify skipped.');
  }

  it("starts the server with the unit's command and environment, and stops it with its signal", async () => {
    const main = inRepo(args[0] ?? '');
    expect(existsSync(main), `${main} is built by npm run build`).toBe(true);
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-unit-data-'));
    const publicUrl = `http://127.0.0.1:${port}`;
    const child = spawn(node, [main], {
      cwd: repo,
      env: {
        PATH: process.env.PATH,
        ...environment(unit),
        // On loopback, in a temporary data folder: the rest is the unit's.
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: publicUrl,
        DATA_DIR: dataDir,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      // Started: the printed block names the wall and the sign-in page.
      await new Promise<void>((resolve, reject) => {
        const check = () => {
          if (output.includes(`${publicUrl}/m/login`)) resolve();
        };
        child.stdout.on('data', check);
        void exited.then((code) => reject(new Error(`exited with ${code}:\n${output}`)));
      });
      const health = await fetch(`${publicUrl}/api/health`);
      expect(health.status).toBe(200);
      child.kill(single(unit, 'Service', 'KillSignal') as NodeJS.Signals);
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
