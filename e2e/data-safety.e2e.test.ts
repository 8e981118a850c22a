import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { SERVER_MAIN, freePort, runServerExpectingExit, startServer } from './support/server.js';

const CLI = (name: string) =>
  fileURLToPath(new URL(`../server/dist/cli/${name}.js`, import.meta.url));

function runCli(name: string, args: string[], dataDir: string) {
  return spawnSync(process.execPath, [CLI(name), ...args], {
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('first start', () => {
  it('has the board and the setup code before it answers its first request', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-first-'));
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [SERVER_MAIN], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: baseUrl,
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      // Ask as early as the port takes connections: the very first answer counts.
      let first: { needed: boolean } | undefined;
      const deadline = Date.now() + 45_000;
      while (!first && Date.now() < deadline) {
        try {
          first = (await (await fetch(`${baseUrl}/api/setup`)).json()) as { needed: boolean };
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
      }
      expect(first).toEqual({ needed: true });
      // The database (password hashes) and the folder are for the server's user only.
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(statSync(join(dataDir, 'tavla.db')).mode & 0o777).toBe(0o600);
      expect(statSync(join(dataDir, 'pepper.key')).mode & 0o777).toBe(0o600);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('first start that cannot listen', () => {
  it('does not swallow the setup code: the next start prints one', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-busy-port-'));
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const address = taken.address();
    const port = String(typeof address === 'object' && address ? address.port : 0);
    try {
      const { code, output } = await runServerExpectingExit({
        DATA_DIR: dataDir,
        PORT: port,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
      });
      expect(code).toBe(1);
      expect(output).toContain('already in use');
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
    const server = await startServer({ DATA_DIR: dataDir, BACKUP_INTERVAL_HOURS: '0' });
    try {
      expect(server.output()).toMatch(/create the admin account with it:\s+[A-Z0-9]{4}-/);
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('restore', () => {
  it('refuses while the server runs, and works once it is gone (even after kill -9)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-restore-'));
    let server = await startServer({ DATA_DIR: dataDir, BACKUP_INTERVAL_HOURS: '0' });
    try {
      const backup = runCli('backup', [], dataDir);
      expect(backup.status).toBe(0);
      const folder = join(dataDir, 'backups', readdirSync(join(dataDir, 'backups'))[0] ?? '');

      const refused = runCli('restore', [folder], dataDir);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(
        `in use by a Tavla server (pid ${server.pid}). Stop the server first`,
      );
      // The live database was not touched, and a second server is refused too.
      expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);

      await server.kill();
      const restored = runCli('restore', [folder], dataDir);
      expect(restored.stdout).toMatch(/Restored .* kept, complete, as .*before-restore-/s);
      expect(restored.status).toBe(0);
      server = await startServer({ DATA_DIR: dataDir, BACKUP_INTERVAL_HOURS: '0' });
      await server.stop();
      const db = new Database(join(dataDir, 'tavla.db'), { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('a lost pepper.key', () => {
  it('stops the start with the way back, instead of silently locking every account', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-pepper-'));
    const server = await startServer({ DATA_DIR: dataDir, BACKUP_INTERVAL_HOURS: '0' });
    try {
      const code = /create the admin account with it:\s+(\S+)/.exec(server.output())?.[1];
      const setup = await fetch(`${server.baseUrl}/api/setup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          code,
          username: 'admin',
          displayName: 'Admin',
          password: 'correct horse battery',
        }),
      });
      expect(setup.status).toBe(201);
      expect(runCli('backup', [], dataDir).status).toBe(0);
    } finally {
      await server.stop();
    }
    const pepper = join(dataDir, 'pepper.key');
    copyFileSync(pepper, `${pepper}.kept`);
    rmSync(pepper); // as when only tavla.db is copied to a new machine

    const refused = await runServerExpectingExit({
      DATA_DIR: dataDir,
      PORT: '0',
      PUBLIC_URL: 'http://127.0.0.1:1',
    });
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(
      /Tavla cannot start: .*pepper\.key is missing, but the database holds 1 account.*cp .*backups\/tavla-.*\/pepper\.key/s,
    );
    const codeCli = runCli('rotate-setup-code', [], dataDir);
    expect(codeCli.status).toBe(1);
    expect(codeCli.stderr).toContain('pepper.key is missing');

    copyFileSync(`${pepper}.kept`, pepper);
    const again = runCli('rotate-setup-code', [], dataDir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/the setup code only creates the first admin, and 1 admin/);
    const back = await startServer({ DATA_DIR: dataDir, BACKUP_INTERVAL_HOURS: '0' });
    const login = await fetch(`${back.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'correct horse battery' }),
    });
    expect(login.status).toBe(200);
    await back.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
