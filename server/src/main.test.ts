import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Runs the server's entry point from source until it exits; its exit code and output. */
function start(dataDir: string): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--conditions=@tavla/source', '--import', 'tsx', MAIN], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      PUBLIC_URL: 'http://127.0.0.1:9',
      BACKUP_INTERVAL_HOURS: '0',
      LOG_LEVEL: 'silent',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the start did not end: ${output}`));
    }, 50_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('the server start', () => {
  it('gives the data folder back when it fails after taking it: no lock note, no open database', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tavla-main-'));
    // The photo folder cannot be made: the start fails after the lock, the checks and the
    // migrations, while building the app (as a full disk does when creating the first board).
    writeFileSync(join(dataDir, 'photos'), 'not a folder');
    const { code, output } = await start(dataDir);
    expect(code, output).toBe(1);
    expect(output).toMatch(/EEXIST/);
    // What a stopped server leaves: no tavla.lock.pid naming a process that is gone, no
    // journal of the lock, and the database closed (its WAL checkpointed away).
    expect(readdirSync(dataDir).sort()).toEqual(['pepper.key', 'photos', 'tavla.db', 'tavla.lock']);
  });
});
