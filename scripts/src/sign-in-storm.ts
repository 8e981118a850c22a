/**
 * Sign-in abuse on a real listening server (issue 10, points 1 and 2). Not part of `npm test`:
 * run it by hand, `npx tsx scripts/src/sign-in-storm.ts`, on an otherwise quiet machine.
 *
 * It starts the server from source (`server/src/main.ts`) on loopback with a fresh DATA_DIR,
 * creates the admin with the printed setup code, and then:
 *  1. fires 40 parallel sign-ins for the admin, right password last, and counts how many
 *     passwords were checked (401 or 200) and how many were refused unchecked (429/503);
 *  2. fires 100 parallel sign-ins for unknown users while fetching a photo and /api/health
 *     every 100 ms, and reports the server's peak RSS and the slowest of those fetches.
 * Bounded: everything stops after at most 150 s.
 */
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = fileURLToPath(new URL('../../', import.meta.url));
const PASSWORD = 'storm admin password';

/** What the storm has seen so far; printed even when the time limit cuts it short. */
const seen = { peakMb: 0, slowestPhotoMs: 0, slowestHealthMs: 0, answered: 0, startedAt: 0 };
/** When the probe now in flight started (a fetch still waiting counts as slow as it is). */
const inFlight = { photo: 0, health: 0 };
const report = (label: string) => {
  const now = performance.now();
  if (inFlight.photo) seen.slowestPhotoMs = Math.max(seen.slowestPhotoMs, now - inFlight.photo);
  if (inFlight.health) seen.slowestHealthMs = Math.max(seen.slowestHealthMs, now - inFlight.health);
  console.log(
    `${label}: ${seen.answered}/100 answered after ${((performance.now() - seen.startedAt) / 1000).toFixed(1)} s; ` +
      `peak RSS ${seen.peakMb.toFixed(0)} MB; slowest photo ${(seen.slowestPhotoMs / 1000).toFixed(2)} s, ` +
      `slowest /api/health ${(seen.slowestHealthMs / 1000).toFixed(2)} s`,
  );
};

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

/**
 * A JSON POST from a chosen loopback source address (127.0.0.0/8 is all this machine), so each
 * phase is its own "client" and the per-address throttle of one does not spill into the next.
 */
function postFrom(localAddress: string, url: string, body: unknown): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      url,
      { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } },
      (res) => {
        res.resume();
        res.once('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.once('error', reject);
    req.end(JSON.stringify(body));
  });
}

/** Resident set size of a process, and its peak so far (VmHWM), in MB. */
function rssOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tavla-storm-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    [
      '--conditions=@tavla/source',
      '--import',
      'tsx',
      // STORM_SERVER_MAIN runs another copy of the server (say, the code before a fix).
      process.env.STORM_SERVER_MAIN ?? join(root, 'server/src/main.ts'),
    ],
    {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        PUBLIC_URL: base,
        LOG_LEVEL: 'warn',
        BACKUP_INTERVAL_HOURS: '0',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const stopAll = setTimeout(() => {
    console.error('storm: time is up (150 s), stopping');
    report('cut short');
    server.kill('SIGKILL');
    process.exit(1);
  }, 150_000);
  try {
    const output = await new Promise<string>((resolve, reject) => {
      let text = '';
      server.stdout.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (/setup code[\s\S]*:\s+[A-Z2-9]{4}(-[A-Z2-9]{4}){3}/.test(text)) resolve(text);
      });
      server.once('exit', (code) => reject(new Error(`server exited with ${String(code)}`)));
    });
    const code = /([A-Z2-9]{4}(-[A-Z2-9]{4}){3})\s*$/m.exec(output)?.[1] ?? '';
    const joinUrl = /(http:\/\/\S+\/join\/\S+)/.exec(output)?.[1] ?? '';
    const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}${url}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      });

    const setup = await post('/api/setup', {
      code,
      username: 'admin',
      displayName: 'Admin',
      password: PASSWORD,
    });
    if (setup.status !== 201) throw new Error(`setup failed: ${setup.status}`);

    // A photo to download during the storm (photos are read from disk on libuv's thread pool).
    const joined = await fetch(joinUrl, { redirect: 'manual' });
    const cookie = (joined.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const boardId = /\/m\/b\/([^/?]+)/.exec(joined.headers.get('location') ?? '')?.[1] ?? '';
    const id = '00000000-0000-4000-8000-0000000000a1';
    await post(
      `/api/boards/${boardId}/suggestions`,
      { id, text: 'A photo to download', dimension: 'social' },
      { cookie },
    );
    const jpeg = await sharp({
      create: { width: 1600, height: 1200, channels: 3, background: 'teal' },
    })
      .jpeg()
      .toBuffer();
    const uploaded = await fetch(`${base}/api/boards/${boardId}/suggestions/${id}/photo`, {
      method: 'PUT',
      headers: { 'content-type': 'image/jpeg', cookie },
      body: new Uint8Array(jpeg),
    });
    const photoUrl = ((await uploaded.json()) as { photo?: { url?: string } }).photo?.url ?? '';

    // 1. Forty parallel guesses at one account, the right password last.
    const guesses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        postFrom('127.0.0.2', `${base}/api/auth/login`, {
          username: 'admin',
          password: i === 39 ? PASSWORD : `wrong guess ${i}`,
        }),
      ),
    );
    const tally = (statuses: number[]) =>
      statuses.reduce<Record<number, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});
    const checked = guesses.filter((s) => s === 401 || s === 200).length;
    console.log(
      `40 parallel guesses: ${checked} passwords checked, last (right) one answered ${guesses[39]}; statuses ${JSON.stringify(tally(guesses))}`,
    );

    // 2. A hundred parallel sign-ins for unknown users, while a phone fetches a photo.
    const before = rssOf(server.pid ?? 0);
    seen.peakMb = before.rss;
    let storming = true;
    const sampler = setInterval(() => {
      seen.peakMb = Math.max(seen.peakMb, rssOf(server.pid ?? 0).rss);
    }, 50);
    const progress = setInterval(() => report('storm running'), 10_000);
    // Two independent probes, each one request at a time, every 100 ms.
    const probe = async (kind: 'photo' | 'health', url: string) => {
      while (storming) {
        inFlight[kind] = performance.now();
        await (await fetch(`${base}${url}`)).arrayBuffer();
        const ms = performance.now() - inFlight[kind];
        inFlight[kind] = 0;
        if (kind === 'photo') seen.slowestPhotoMs = Math.max(seen.slowestPhotoMs, ms);
        else seen.slowestHealthMs = Math.max(seen.slowestHealthMs, ms);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    };
    const prober = Promise.all([probe('photo', photoUrl), probe('health', '/api/health')]);
    const stormStart = performance.now();
    seen.startedAt = stormStart;
    const storm = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        postFrom('127.0.0.3', `${base}/api/auth/login`, {
          username: `storm-${i}`,
          password: `guess ${i}`,
        }).then((status) => {
          seen.answered += 1;
          return status;
        }),
      ),
    );
    const stormMs = performance.now() - stormStart;
    storming = false;
    await prober;
    clearInterval(sampler);
    clearInterval(progress);
    console.log(
      `100 parallel sign-ins: done in ${(stormMs / 1000).toFixed(1)} s; statuses ${JSON.stringify(tally(storm))}`,
    );
    report('storm done');
    console.log(
      `server RSS before ${before.rss.toFixed(0)} MB (VmHWM over the whole run ${rssOf(server.pid ?? 0).peak.toFixed(0)} MB)`,
    );
  } finally {
    clearTimeout(stopAll);
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
