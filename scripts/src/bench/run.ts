/**
 * `npm run bench`: measures Tavla next to the bare limits of its own stack, in one run on one
 * machine, and writes bench/results.json and docs/BENCHMARKS.md. `--quick` is a smoke run
 * (few sockets, a second or two per scenario) that proves the benchmark works; its figures mean
 * nothing. `--out <dir>` writes the two files under another folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { exportRows, runExport } from './export.js';
import { runBareVotes, runHttpPath } from './http-path.js';
import { runRealtime, type Settings } from './realtime.js';
import { renderMarkdown, type Row } from './report.js';
import { roadmapReportRows, runRoadmapReport } from './roadmap-report.js';
import { joinPhones, pinLoad, pinning, startTarget } from './targets.js';
import { initialJs, lighthouseScores, photoRows, photoShrink } from './weight.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const outIndex = args.indexOf('--out');
const root = fileURLToPath(new URL('../../../', import.meta.url));
const outDir = outIndex >= 0 ? (args[outIndex + 1] ?? root) : root;
// `--only export` (or `--only photo`) runs that scenario alone and prints its rows (files only
// with `--out`).
const onlyIndex = args.indexOf('--only');
const only = onlyIndex >= 0 ? args[onlyIndex + 1] : undefined;
/** Suggestions on the exported board (scenario 10). */
const exportSuggestions = quick ? 500 : 100_000;
/** Daily measurements per goal on that board: two years, or two months in a smoke run. */
const exportDays = quick ? 60 : 730;

const settings: Settings = quick
  ? {
      sockets: 100,
      postSeconds: 2,
      burstSeconds: 1,
      burstRate: 200,
      clientProcesses: 1,
      workshopPollSeconds: 1,
      workshopCloudSeconds: 2,
    }
  : {
      sockets: 1000,
      postSeconds: 15,
      burstSeconds: 10,
      burstRate: 2000,
      clientProcesses: 2,
      workshopPollSeconds: 5,
      workshopCloudSeconds: 10,
    };
const httpSeconds = quick ? 2 : 10;

const started = performance.now();
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

type Side = Record<string, Record<string, number | boolean>>;

async function exportOnly() {
  log(`export scenario alone${quick ? ' (quick: figures are not meaningful)' : ''}`);
  const exported = await runExport(exportSuggestions, log, exportDays);
  const rows = exportRows(exported).map(({ met, ...row }) => ({
    ...row,
    ratio: row.baseline === 0 ? 0 : Math.round((row.value / row.baseline) * 100) / 100,
    ...(quick ? {} : { met }),
  }));
  if (outIndex >= 0) {
    const jsonPath = join(outDir, 'bench', 'results-export.json');
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileSync(jsonPath, `${JSON.stringify({ quick, rows, raw: { exported } }, null, 2)}\n`);
    log(`wrote ${jsonPath}`);
  }
  console.log(JSON.stringify(exported, null, 2));
  for (const row of rows) {
    const verdict = row.met === undefined ? '' : row.met ? '  ✔' : '  ✘ target missed';
    console.log(
      `${row.scenario} · ${row.metric}: ${row.value} vs ${row.baseline} (${row.baselineName}) → ${row.ratio}${verdict}`,
    );
  }
}

/** The photo's size is not a timing, so its verdict stands in a quick run too. */
async function photoOnly() {
  log('photo scenario alone: a 12 MP photo through the phone app in Chromium');
  const app = await startTarget('app');
  let photo: Awaited<ReturnType<typeof photoShrink>>;
  try {
    photo = await photoShrink(app);
  } finally {
    await app.stop();
  }
  const rows = photoRows(photo).map((row) => ({
    ...row,
    ratio: row.baseline === 0 ? 0 : Math.round((row.value / row.baseline) * 100) / 100,
  }));
  if (outIndex >= 0) {
    const jsonPath = join(outDir, 'bench', 'results-photo.json');
    mkdirSync(dirname(jsonPath), { recursive: true });
    writeFileSync(jsonPath, `${JSON.stringify({ quick, rows, raw: { photo } }, null, 2)}\n`);
    log(`wrote ${jsonPath}`);
  }
  console.log(JSON.stringify(photo, null, 2));
  for (const row of rows) {
    console.log(
      `${row.scenario} · ${row.metric}: ${row.value} vs ${row.baseline} (${row.baselineName}) → ${row.ratio}${row.met ? '  ✔' : '  ✘ target missed'}`,
    );
  }
}

async function main() {
  if (only === 'export') return exportOnly();
  if (only === 'photo') return photoOnly();
  if (only !== undefined) throw new Error(`--only knows "export" and "photo", not "${only}"`);
  log(`Tavla benchmark${quick ? ' (quick smoke run: figures are not meaningful)' : ''}`);
  log(
    pinning.enabled
      ? `servers on core ${pinning.server}, load generators on core${pinning.load.includes('-') ? 's' : ''} ${pinning.load}`
      : 'no CPU pinning (taskset missing or one core)',
  );
  pinLoad(true);
  const realtime = (await runRealtime(settings, log)) as Record<'app' | 'bare-socketio', Side>;
  const bareVotes = await runBareVotes(settings, log);
  const httpPath = await runHttpPath(httpSeconds, log);
  pinLoad(false);
  log(`export: a board with ${String(exportSuggestions)} suggestions`);
  const exported = await runExport(exportSuggestions, log, exportDays);

  log('weight: bundles, Lighthouse, photo');
  const phoneJs = initialJs('mobile-app');
  const kioskJs = initialJs('board-app');
  const app = await startTarget('app');
  let lighthouse: Awaited<ReturnType<typeof lighthouseScores>>;
  let photo: Awaited<ReturnType<typeof photoShrink>>;
  try {
    const { boardId, cookies } = await joinPhones(app, 1);
    lighthouse = await lighthouseScores(`${app.baseUrl}/m/b/${boardId}`, cookies[0] ?? '');
    photo = await photoShrink(app);
  } finally {
    await app.stop();
  }

  log('roadmap report: a board with a long history');
  const roadmapReport = await runRoadmapReport(
    { suggestions: quick ? 300 : 5000, samples: quick ? 5 : 40 },
    log,
  );

  const a = realtime.app;
  const b = realtime['bare-socketio'];
  const ratio = (x: number, y: number) => (y === 0 ? 0 : Math.round((x / y) * 100) / 100);
  const get = (side: Side | undefined, group: string, key: string) =>
    Number(side?.[group]?.[key] ?? 0);
  const rows: Row[] = [];
  // A quick run's figures mean nothing, so it gives no verdicts.
  const add = ({ met, ...row }: Omit<Row, 'ratio'> & { ratio?: number }) =>
    rows.push({
      ...row,
      ratio: row.ratio ?? ratio(row.value, row.baseline),
      ...(quick || met === undefined ? {} : { met }),
    });

  for (const rate of [20, 50]) {
    const group = `postToWall${rate}`;
    add({
      scenario: '1. Post to wall',
      metric: `post→kiosk p99 at ${rate}/s (ms)`,
      value: get(a, group, 'kioskP99Ms'),
      baseline: get(b, group, 'kioskP99Ms'),
      baselineName: 'bare Socket.IO',
      target: rate === 20 ? 'p99 ≤ 50 ms; ratio ≤ 1.2' : 'ratio ≤ 1.2',
      met:
        ratio(get(a, group, 'kioskP99Ms'), get(b, group, 'kioskP99Ms')) <= 1.2 &&
        (rate !== 20 || get(a, group, 'kioskP99Ms') <= 50),
    });
    add({
      scenario: '1. Post to wall',
      metric: `post→kiosk p50 at ${rate}/s (ms)`,
      value: get(a, group, 'kioskP50Ms'),
      baseline: get(b, group, 'kioskP50Ms'),
      baselineName: 'bare Socket.IO',
    });
    add({
      scenario: '1. Post to wall',
      metric: `server CPU per post at ${rate}/s (ms)`,
      value: get(a, group, 'cpuMsPerPost'),
      baseline: get(b, group, 'cpuMsPerPost'),
      baselineName: 'bare Socket.IO',
    });
  }
  add({
    scenario: '2. HTTP write path',
    metric: 'suggestion POSTs per second',
    value: httpPath.app.requestsPerSecond,
    baseline: httpPath.bare.requestsPerSecond,
    baselineName: 'bare Fastify + same schema + same insert',
    target: 'ratio ≥ 0.7',
    met: ratio(httpPath.app.requestsPerSecond, httpPath.bare.requestsPerSecond) >= 0.7,
  });
  add({
    scenario: '2. HTTP write path',
    metric: 'POST latency p99 (ms)',
    value: httpPath.app.p99Ms,
    baseline: httpPath.bare.p99Ms,
    baselineName: 'bare Fastify + same schema + same insert',
  });
  const burst = a.workshopBurst ?? {};
  add({
    scenario: '3. Workshop burst',
    metric: `vote ack p99 at ${settings.burstRate}/s offered (ms)`,
    value: Number(burst.ackP99Ms ?? 0),
    baseline: bareVotes.ackP99Ms,
    baselineName: 'bare Fastify vote insert',
  });
  add({
    scenario: '3. Workshop burst',
    metric: 'vote→kiosk p99 (ms)',
    value: Number(burst.toScreenP99Ms ?? 0),
    baseline: 500,
    baselineName: 'target',
    target: '≤ 500 ms',
    met: Number(burst.toScreenP99Ms ?? Infinity) <= 500,
  });
  add({
    scenario: '3. Workshop burst',
    metric: 'kiosk tallies exact after the burst (ms)',
    value: Number(burst.kioskExactAfterMs ?? 0),
    baseline: 1000,
    baselineName: 'target',
    target: '≤ 1000 ms, every vote stored once',
    met:
      burst.kioskExact === true &&
      Number(burst.kioskExactAfterMs ?? Infinity) <= 1000 &&
      burst.storedVotes === burst.votes,
  });
  add({
    scenario: '3. Workshop burst',
    metric: 'tally broadcasts per second',
    value: Number(burst.broadcastsPerSecond ?? 0),
    baseline: settings.burstRate,
    baselineName: 'one broadcast per vote',
  });
  add({
    scenario: '4. Reconnect storm',
    metric: `all ${settings.sockets} sockets back and caught up (ms)`,
    value: get(a, 'reconnectStorm', 'allBackMs'),
    baseline: get(b, 'reconnectStorm', 'allBackMs'),
    baselineName: 'bare Socket.IO',
    target: 'no errors',
    met: get(a, 'reconnectStorm', 'errors') === 0,
  });
  add({
    scenario: '4. Reconnect storm',
    metric: 'event-loop delay p99 during the storm (ms)',
    value: get(a, 'reconnectStorm', 'eventLoopP99Ms'),
    baseline: get(b, 'reconnectStorm', 'eventLoopP99Ms'),
    baselineName: 'bare Socket.IO',
  });
  add({
    scenario: '5. Footprint',
    metric: 'idle RSS, one board (MiB)',
    value: get(a, 'footprint', 'idleRssMiB'),
    baseline: get(b, 'footprint', 'idleRssMiB'),
    baselineName: 'bare Socket.IO',
  });
  add({
    scenario: '5. Footprint',
    metric: 'heap per connected socket (KiB)',
    value: get(a, 'footprint', 'heapPerSocketKiB'),
    baseline: get(b, 'footprint', 'heapPerSocketKiB'),
    baselineName: 'bare Socket.IO',
    target: '≤ 16 KiB',
    met: get(a, 'footprint', 'heapPerSocketKiB') <= 16,
  });
  add({
    scenario: '5. Footprint',
    metric: 'RSS per connected socket (KiB)',
    value: get(a, 'footprint', 'rssPerSocketKiB'),
    baseline: get(b, 'footprint', 'rssPerSocketKiB'),
    baselineName: 'bare Socket.IO',
  });
  for (const [name, js] of [
    ['phone app', phoneJs],
    ['kiosk', kioskJs],
  ] as const) {
    add({
      scenario: '6. Weight',
      metric: `${name} initial JS, gzip (kB)`,
      value: js.gzipKb,
      baseline: js.budgetKb,
      baselineName: 'budget',
      target: `≤ ${js.budgetKb} kB`,
      met: js.gzipKb <= js.budgetKb,
    });
  }
  add({
    scenario: '6. Weight',
    metric: 'Lighthouse performance, phone post form (mobile)',
    value: lighthouse.performance,
    baseline: 90,
    baselineName: 'target',
    target: '≥ 90',
    met: lighthouse.performance >= 90,
  });
  add({
    scenario: '6. Weight',
    metric: 'Lighthouse accessibility, phone post form',
    value: lighthouse.accessibility,
    baseline: 95,
    baselineName: 'target',
    target: '≥ 95',
    met: lighthouse.accessibility >= 95,
  });
  for (const row of photoRows(photo)) add(row);

  const dots = a.dotBurst ?? {};
  add({
    scenario: '7. Dot-vote burst',
    metric: `wall's voter count exact after ${settings.sockets} devices × 5 dots in ${settings.burstSeconds} s (ms)`,
    value: Number(dots.wallExactAfterMs ?? 0),
    baseline: 1000,
    baselineName: 'target',
    target: '≤ 1000 ms, every dot stored once',
    met:
      dots.wallExact === true &&
      Number(dots.wallExactAfterMs ?? Infinity) <= 1000 &&
      dots.failed === 0 &&
      dots.storedDots === Number(dots.devices ?? -1) * 5 &&
      dots.storedVoters === dots.devices,
  });
  add({
    scenario: '7. Dot-vote burst',
    metric: "last new voter's first dot → wall's count (ms)",
    value: Number(dots.lastVoterToWallMs ?? 0),
    baseline: 1000,
    baselineName: 'target',
    target: '≤ 1000 ms',
    met: Number(dots.lastVoterToWallMs ?? -1) >= 0 && Number(dots.lastVoterToWallMs) <= 1000,
  });
  add({
    scenario: '7. Dot-vote burst',
    metric: 'dot tap ack p99 (ms)',
    value: Number(dots.ackP99Ms ?? 0),
    baseline: Number(burst.ackP99Ms ?? 0),
    baselineName: '"me too" ack p99 in scenario 3',
  });
  add({
    scenario: '7. Dot-vote burst',
    metric: 'method broadcasts per second',
    value: Number(dots.broadcastsPerSecond ?? 0),
    baseline: Number(dots.tapsPerSecond ?? 0),
    baselineName: 'one broadcast per tap',
  });

  const workshop = a.workshopAnswers ?? {};
  const devices = Number(workshop.devices ?? -1);
  add({
    scenario: '8. Workshop answers',
    metric: `wall's poll results exact after ${settings.sockets} devices answered in ${settings.workshopPollSeconds} s (ms)`,
    value: Number(workshop.pollWallExactAfterMs ?? 0),
    baseline: 1000,
    baselineName: 'target',
    target: '≤ 1000 ms, every answer stored once',
    met:
      Number(workshop.pollWallExactAfterMs ?? -1) >= 0 &&
      Number(workshop.pollWallExactAfterMs) <= 1000 &&
      workshop.failed === 0 &&
      workshop.storedPollVoters === devices,
  });
  add({
    scenario: '8. Workshop answers',
    metric: `wall's word cloud exact after ${settings.sockets * 3} entries in ${settings.workshopCloudSeconds} s (ms)`,
    value: Number(workshop.cloudWallExactAfterMs ?? 0),
    baseline: 1000,
    baselineName: 'target',
    target: '≤ 1000 ms, every entry stored once',
    met:
      Number(workshop.cloudWallExactAfterMs ?? -1) >= 0 &&
      Number(workshop.cloudWallExactAfterMs) <= 1000 &&
      workshop.failed === 0 &&
      workshop.storedEntries === devices * 3,
  });
  add({
    scenario: '8. Workshop answers',
    metric: 'method broadcasts per second (word cloud)',
    value: Number(workshop.cloudBroadcastsPerSecond ?? 0),
    baseline: Number(workshop.cloudAnswersPerSecond ?? 0),
    baselineName: 'one broadcast per answer',
  });
  add({
    scenario: '8. Workshop answers',
    metric: 'answer ack p99 (ms)',
    value: Number(workshop.ackP99Ms ?? 0),
    baseline: Number(burst.ackP99Ms ?? 0),
    baselineName: '"me too" ack p99 in scenario 3',
  });

  for (const row of roadmapReportRows(roadmapReport)) add(row);
  for (const row of exportRows(exported)) add(row);

  const results = {
    quick,
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      pinning,
    },
    settings: { ...settings, httpSeconds },
    durationSeconds: Math.round((performance.now() - started) / 1000),
    rows,
    raw: {
      realtime,
      bareVotes,
      httpPath,
      phoneJs,
      kioskJs,
      lighthouse,
      photo,
      roadmapReport,
      exported,
    },
  };
  const jsonPath = join(outDir, 'bench', 'results.json');
  const mdPath = join(outDir, 'docs', 'BENCHMARKS.md');
  mkdirSync(dirname(jsonPath), { recursive: true });
  mkdirSync(dirname(mdPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(mdPath, renderMarkdown(results));
  log(`wrote ${jsonPath} and ${mdPath}`);
  for (const row of rows) {
    const verdict = row.met === undefined ? '' : row.met ? '  ✔' : '  ✘ target missed';
    console.log(
      `${row.scenario} · ${row.metric}: ${row.value} vs ${row.baseline} (${row.baselineName}) → ${row.ratio}${verdict}`,
    );
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
