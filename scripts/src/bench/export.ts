import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { adminSession } from './dot-burst.js';
import { http, joinPhones, startTarget, type Target } from './targets.js';

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const MiB = 1024 * 1024;

/** The server process's resident memory now, from the kernel (`VmRSS`, in bytes). */
function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${String(pid)}/status`, 'utf8');
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
  return kb === undefined ? 0 : Number(kb) * 1024;
}

/** Samples the process's RSS every `everyMs` until stopped; the highest value seen. */
function sampleRss(pid: number, everyMs = 20) {
  let peak = rssOf(pid);
  const timer = setInterval(() => {
    peak = Math.max(peak, rssOf(pid));
  }, everyMs);
  return {
    stop(): number {
      clearInterval(timer);
      return Math.max(peak, rssOf(pid));
    },
  };
}

const downloads = new Agent({ keepAlive: false });

/** Downloads a URL to nowhere, counting bytes: status, bytes and milliseconds. */
function download(
  url: string,
  cookie: string,
): Promise<{ status: number; bytes: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { agent: downloads, headers: { cookie } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, bytes, ms: performance.now() - started }),
      );
      response.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Polls `/api/health` every 50 ms while `during` runs: the slowest answer (ms). */
async function healthDuring<T>(
  target: Target,
  during: Promise<T>,
): Promise<{ result: T; maxMs: number }> {
  const state = { done: false };
  let maxMs = 0;
  const poll = (async () => {
    while (!state.done) {
      const at = performance.now();
      await http('GET', `${target.baseUrl}/api/health`);
      maxMs = Math.max(maxMs, performance.now() - at);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const result = await during;
  state.done = true;
  await poll;
  return { result, maxMs };
}

/** Runs `count` tasks with at most `width` in flight. */
async function inParallel(count: number, width: number, task: (i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const i = next;
        next += 1;
        await task(i);
      }
    }),
  );
}

const DIMENSIONS = ['ecological', 'economic', 'social'] as const;

/**
 * Scenario 10: exporting a big board. A board gets `suggestions` suggestions (posted through
 * the API in bulk by 20 phones, every 50th decided by the lead) and three goals with two
 * years of daily measurements; then the server's RSS is sampled every 20 ms (VmRSS from
 * /proc) while the suggestions CSV and the whole board's JSON are downloaded, next to its
 * idle RSS just before. `/api/health` is polled meanwhile: an export that held the event loop
 * would show there. The baseline for time is the bare read of the same rows in this process
 * (one better-sqlite3 query, a JSON line per row, all in memory).
 */
export async function runExport(
  suggestions: number,
  log: (line: string) => void,
  /** Daily measurements per goal (three goals); two years by default. */
  days = 730,
) {
  const target = await startTarget('app', { gc: true });
  try {
    const admin = await adminSession(target);
    const { boardId, cookies } = await joinPhones(target, 20);
    const base = `${target.baseUrl}/api/boards/${boardId}`;

    log(`export: posting ${String(suggestions)} suggestions through the API`);
    const seedStarted = performance.now();
    await inParallel(suggestions, 32, async (i) => {
      const id = randomUUID();
      const posted = await http(
        'POST',
        `${base}/suggestions`,
        {
          id,
          text: `Suggestion ${String(i)}: keep the freezer door closed, "always"; it saves energy`,
          dimension: DIMENSIONS[i % 3],
        },
        { cookie: cookies[i % cookies.length] ?? '' },
      );
      if (posted.status !== 201) throw new Error(`post: ${String(posted.status)} ${posted.body}`);
      if (i % 50 === 0) {
        const decided = await http(
          'PUT',
          `${base}/suggestions/${id}/status`,
          { status: 'planned', note: 'Next quarter' },
          { cookie: admin },
        );
        if (decided.status !== 200)
          throw new Error(`status: ${String(decided.status)} ${decided.body}`);
      }
    });
    log(
      `export: ${String(suggestions)} posted in ${String(Math.round((performance.now() - seedStarted) / 1000))} s; measurements next`,
    );

    for (let g = 0; g < 3; g += 1) {
      const created = await http(
        'POST',
        `${base}/goals`,
        {
          title: `Goal ${String(g + 1)}: less energy per unit`,
          description: 'Energy is our largest cost.',
          dimension: DIMENSIONS[g],
          focusArea: '',
          metric: 'Energy per unit',
          unit: 'kWh',
          baselineValue: 12,
          baselineDate: new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10),
          targetValue: 9,
          direction: 'decrease',
          deadline: '2027-12-31',
          responsible: '',
          achievableConfirmed: true,
          achievableNote: '',
        },
        { cookie: admin },
      );
      if (created.status !== 201)
        throw new Error(`goal: ${String(created.status)} ${created.body}`);
      const goalId = (JSON.parse(created.body) as { id: string }).id;
      const active = await http(
        'PUT',
        `${base}/goals/${goalId}/state`,
        { state: 'active' },
        {
          cookie: admin,
        },
      );
      if (active.status !== 200)
        throw new Error(`goal state: ${String(active.status)} ${active.body}`);
      await inParallel(days, 8, async (d) => {
        // Daily for the two years up to yesterday.
        const date = new Date(Date.now() - (days - d) * 86_400_000).toISOString().slice(0, 10);
        const measured = await http(
          'POST',
          `${base}/goals/${goalId}/measurements`,
          { value: round(12 - (3 * d) / days + Math.sin(d) * 0.4, 2), date },
          { cookie: admin },
        );
        if (measured.status >= 300)
          throw new Error(`measurement: ${String(measured.status)} ${measured.body}`);
      });
    }

    // The bare read: the same rows, one query, in this process.
    const db = new Database(join(target.dataDir, 'tavla.db'), { readonly: true });
    const bareStarted = performance.now();
    const rows = db.prepare('SELECT * FROM suggestions WHERE board_id = ?').all(boardId);
    const bareBytes = rows.map((row) => JSON.stringify(row)).join('\n').length;
    const bareMs = performance.now() - bareStarted;
    db.close();

    await target.measure(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const idle = rssOf(target.pid);
    const idleHealth = await healthDuring(
      target,
      new Promise((resolve) => setTimeout(resolve, 1000)),
    );

    log('export: downloading the suggestions CSV');
    const csvSampler = sampleRss(target.pid);
    const csv = await healthDuring(target, download(`${base}/export/suggestions.csv`, admin));
    const csvPeak = csvSampler.stop();
    if (csv.result.status !== 200) throw new Error(`csv: ${String(csv.result.status)}`);

    await target.measure(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const idleBeforeJson = rssOf(target.pid);
    log('export: downloading the JSON');
    const jsonSampler = sampleRss(target.pid);
    const json = await healthDuring(target, download(`${base}/export.json`, admin));
    const jsonPeak = jsonSampler.stop();
    if (json.result.status !== 200) throw new Error(`json: ${String(json.result.status)}`);

    return {
      suggestions,
      measurements: days * 3,
      idleRssMiB: round(idle / MiB),
      csvPeakRssMiB: round(csvPeak / MiB),
      csvMs: Math.round(csv.result.ms),
      csvMiB: round(csv.result.bytes / MiB),
      csvHealthMaxMs: Math.round(csv.maxMs),
      idleBeforeJsonRssMiB: round(idleBeforeJson / MiB),
      jsonPeakRssMiB: round(jsonPeak / MiB),
      jsonMs: Math.round(json.result.ms),
      jsonMiB: round(json.result.bytes / MiB),
      jsonHealthMaxMs: Math.round(json.maxMs),
      idleHealthMaxMs: Math.round(idleHealth.maxMs),
      bareReadMs: Math.round(bareMs),
      bareReadMiB: round(bareBytes / MiB),
    };
  } finally {
    await target.stop();
  }
}

export type ExportFigures = Awaited<ReturnType<typeof runExport>>;

/** The scenario's rows for the report (see run.ts for `Row` and how verdicts are given). */
export function exportRows(e: ExportFigures) {
  const scenario = '10. Export';
  const rows = `${e.suggestions.toLocaleString('en')}-suggestion`;
  const flat = (peak: number, idle: number) => peak - idle <= 64;
  return [
    {
      scenario,
      metric: `peak RSS during the ${rows} CSV export (MiB)`,
      value: e.csvPeakRssMiB,
      baseline: e.idleRssMiB,
      baselineName: 'idle RSS of the same server just before',
      target: 'flat: ≤ idle + 64 MiB',
      met: flat(e.csvPeakRssMiB, e.idleRssMiB),
    },
    {
      scenario,
      metric: `peak RSS during the ${rows} JSON export (MiB)`,
      value: e.jsonPeakRssMiB,
      baseline: e.idleBeforeJsonRssMiB,
      baselineName: 'idle RSS of the same server just before',
      target: 'flat: ≤ idle + 64 MiB',
      met: flat(e.jsonPeakRssMiB, e.idleBeforeJsonRssMiB),
    },
    {
      scenario,
      metric: `CSV export time, ${String(e.csvMiB)} MiB (ms)`,
      value: e.csvMs,
      baseline: e.bareReadMs,
      baselineName: 'bare read of the same rows into memory (one query)',
    },
    {
      scenario,
      metric: `JSON export time, ${String(e.jsonMiB)} MiB (ms)`,
      value: e.jsonMs,
      baseline: e.bareReadMs,
      baselineName: 'bare read of the same rows into memory (one query)',
    },
    {
      scenario,
      metric: 'slowest /api/health during the exports (ms)',
      value: Math.max(e.csvHealthMaxMs, e.jsonHealthMaxMs),
      baseline: e.idleHealthMaxMs,
      baselineName: 'slowest /api/health, idle',
      target: '≤ 250 ms (the exports yield between pages)',
      met: Math.max(e.csvHealthMaxMs, e.jsonHealthMaxMs) <= 250,
    },
  ];
}
