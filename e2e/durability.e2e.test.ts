import Database from 'better-sqlite3';
import { mkdtempSync, openSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, runServerExpectingExit, startServer } from './support/server.js';

/** A phone's HTTP session: joins through the join URL, then posts with its cookie. */
async function joinAsPhone(joinUrl: string): Promise<{ cookie: string; boardId: string }> {
  const response = await fetch(joinUrl, { redirect: 'manual' });
  const cookie = response.headers.get('set-cookie')?.split(';')[0] ?? '';
  const boardId = response.headers.get('location')?.split('/').pop() ?? '';
  expect(response.status).toBe(302);
  return { cookie, boardId };
}

describe('nothing acknowledged is lost', () => {
  // Three rounds: each kills the server with SIGKILL in the middle of a burst of posts.
  it.each([1, 2, 3])(
    'round %i: every acknowledged post survives kill -9, and the database is intact',
    async (round) => {
      const dataDir = mkdtempSync(join(tmpdir(), `tavla-kill-${round}-`));
      const port = String(await freePort());
      let server = await startServer({ DATA_DIR: dataDir, PORT: port, RATE_LIMITS: 'off' });
      try {
        const phone = await joinAsPhone(server.joinUrl);
        const acknowledged: string[] = [];
        let stop = false;
        const killAfter = 40 + Math.floor(Math.random() * 120);
        const post = async () => {
          while (!stop) {
            const id = crypto.randomUUID();
            try {
              const response = await fetch(
                `${server.baseUrl}/api/boards/${phone.boardId}/suggestions`,
                {
                  method: 'POST',
                  headers: { 'content-type': 'application/json', cookie: phone.cookie },
                  body: JSON.stringify({ id, text: `Burst post ${id}`, dimension: 'economic' }),
                },
              );
              if (response.status === 201) acknowledged.push(id);
            } catch {
              return; // the server is gone
            }
          }
        };
        const writers = Array.from({ length: 8 }, () => post());
        await expect
          .poll(() => acknowledged.length, { timeout: 30_000, interval: 5 })
          .toBeGreaterThanOrEqual(killAfter);
        await server.kill();
        stop = true;
        await Promise.all(writers);

        server = await startServer({ DATA_DIR: dataDir, PORT: port, RATE_LIMITS: 'off' });
        const snapshot = await fetch(`${server.baseUrl}/api/boards/${phone.boardId}/snapshot`, {
          headers: { cookie: phone.cookie },
        });
        const stored = new Set(
          ((await snapshot.json()) as { suggestions: { id: string }[] }).suggestions.map(
            (s) => s.id,
          ),
        );
        const lost = acknowledged.filter((id) => !stored.has(id));
        expect(lost).toEqual([]);
        expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter);
        await server.stop();

        const db = new Database(join(dataDir, 'tavla.db'), { readonly: true });
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        db.close();
      } finally {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});

describe('start-up checks', () => {
  async function preparedDataDir(): Promise<string> {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-check-'));
    const server = await startServer({ DATA_DIR: dataDir });
    await server.stop();
    return dataDir;
  }

  it('refuses to start on a damaged database, with a clear message', async () => {
    const dataDir = await preparedDataDir();
    const fd = openSync(join(dataDir, 'tavla.db'), 'r+');
    writeSync(fd, Buffer.alloc(100, 0x5a), 0, 100, 0); // the header
    closeSync(fd);
    const { code, output } = await runServerExpectingExit({
      DATA_DIR: dataDir,
      PORT: '0',
      PUBLIC_URL: 'http://127.0.0.1:1',
    });
    expect(code).toBe(1);
    expect(output).toMatch(
      /Tavla cannot start: .*tavla\.db cannot be opened.*Restore the latest backup/s,
    );
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a database from a newer version', async () => {
    const dataDir = await preparedDataDir();
    const db = new Database(join(dataDir, 'tavla.db'));
    db.prepare(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, '999-future.sql', 'now')",
    ).run();
    db.close();
    const { code, output } = await runServerExpectingExit({
      DATA_DIR: dataDir,
      PORT: '0',
      PUBLIC_URL: 'http://127.0.0.1:1',
    });
    expect(code).toBe(1);
    expect(output).toContain('written by a newer version');
    rmSync(dataDir, { recursive: true, force: true });
  });
});
