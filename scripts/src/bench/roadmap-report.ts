/**
 * Scenario 9, the roadmap report: how long the server takes to compose `GET /report` for a
 * board with a real history (5,000 suggestions, 40 % of them done, five goals measured weekly
 * for two years, a finished analysis round and a kept matrix), next to the same report of an
 * empty board and the roadmap alone (one of the reads it composes) on the same server, in the
 * same run. Run alone with `npm run bench:report -w @tavla/scripts [-- --quick]`.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import * as hdr from 'hdr-histogram-js';
import { adminSession } from './dot-burst.js';
import { http, joinPhones, startTarget, type Target } from './targets.js';
import type { Row } from './report.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export interface ReportSettings {
  suggestions: number;
  /** Timed report requests per board. */
  samples: number;
}

async function ok(
  response: Promise<{ status: number; body: string }>,
  what: string,
): Promise<string> {
  const { status, body } = await response;
  if (status >= 300) throw new Error(`${what}: ${status} ${body}`);
  return body;
}

/** Runs `count` calls of `call`, `width` at a time. */
async function inBatches(count: number, width: number, call: (i: number) => Promise<unknown>) {
  for (let i = 0; i < count; i += width) {
    await Promise.all(Array.from({ length: Math.min(width, count - i) }, (_, j) => call(i + j)));
  }
}

/** The history: analysis, matrix, goals with two years of weekly measurements, suggestions. */
async function seed(
  target: Target,
  admin: string,
  boardId: string,
  phones: string[],
  settings: ReportSettings,
  log: (line: string) => void,
) {
  const url = `${target.baseUrl}/api/boards/${boardId}`;
  const asAdmin = { cookie: admin };
  await ok(http('PUT', `${url}/employees`, { employees: 60 }, asAdmin), 'employees');

  // A finished analysis round with every question answered.
  const bank = JSON.parse(
    await ok(http('GET', `${url}/analysis/questions`, undefined, asAdmin), 'questions'),
  ) as { forms: { categories: { questions: { id: string }[] }[] }[] };
  const questions = bank.forms.flatMap((f) => f.categories.flatMap((c) => c.questions));
  const roundId = (
    JSON.parse(
      await ok(http('POST', `${url}/analysis/rounds`, { name: 'Analysis' }, asAdmin), 'round'),
    ) as { id: string }
  ).id;
  await inBatches(questions.length, 10, (i) =>
    ok(
      http(
        'PUT',
        `${url}/analysis/rounds/${roundId}/answers/${questions[i]?.id ?? ''}`,
        { value: (i % 2) * 4 },
        asAdmin,
      ),
      'answer',
    ),
  );
  await ok(http('POST', `${url}/analysis/rounds/${roundId}/finish`, {}, asAdmin), 'finish');

  // A kept matrix: every phone places its dots.
  const voteId = (
    JSON.parse(await ok(http('POST', `${url}/interest-votes`, {}, asAdmin), 'vote')) as {
      id: string;
    }
  ).id;
  await inBatches(phones.length, 10, (i) =>
    ok(
      http(
        'PUT',
        `${url}/interest-votes/${voteId}/dots`,
        { dots: { energy_climate: 2, health_safety: 2, resource_costs: 1 } },
        { cookie: phones[i] ?? '' },
      ),
      'dots',
    ),
  );
  await ok(http('POST', `${url}/interest-votes/${voteId}/close`, {}, asAdmin), 'close');
  log(`report: analysis and matrix kept`);

  // Five active goals measured every week for two years.
  const weeks = 104;
  for (let g = 0; g < 5; g += 1) {
    const goal = JSON.parse(
      await ok(
        http(
          'POST',
          `${url}/goals`,
          {
            title: `Goal ${g + 1} of the report benchmark`,
            description: '',
            dimension: (['ecological', 'economic', 'social'] as const)[g % 3],
            focusArea: 'Benchmark',
            metric: 'Units per shift',
            unit: 'kWh',
            baselineValue: 100,
            baselineDate: day(-weeks * 7 - 1),
            targetValue: 50,
            direction: 'decrease',
            deadline: day(180),
            responsible: 'Bench lead',
            achievableConfirmed: true,
            achievableNote: '',
          },
          asAdmin,
        ),
        'goal',
      ),
    ) as { id: string };
    await ok(http('PUT', `${url}/goals/${goal.id}/state`, { state: 'active' }, asAdmin), 'state');
    await inBatches(weeks, 8, (w) =>
      ok(
        http(
          'POST',
          `${url}/goals/${goal.id}/measurements`,
          { value: round(100 - w * 0.35 + (w % 5), 1), date: day(-(weeks - w) * 7) },
          asAdmin,
        ),
        'measurement',
      ),
    );
  }
  log(`report: 5 goals × ${weeks} weekly measurements`);

  // Suggestions from the phones, 40 % of them done, some with "me too".
  const ids: string[] = [];
  const dimensions = ['ecological', 'economic', 'social'] as const;
  await inBatches(settings.suggestions, 20, async (i) => {
    const body = await ok(
      http(
        'POST',
        `${url}/suggestions`,
        {
          id: randomUUID(),
          text: `Benchmark suggestion number ${i} about the line`,
          dimension: dimensions[i % 3],
        },
        { cookie: phones[i % phones.length] ?? '' },
      ),
      'suggestion',
    );
    ids[i] = (JSON.parse(body) as { id: string }).id;
  });
  const done = Math.round(settings.suggestions * 0.4);
  await inBatches(done, 20, (i) =>
    ok(
      http('PUT', `${url}/suggestions/${ids[i] ?? ''}/status`, { status: 'done' }, asAdmin),
      'done',
    ),
  );
  await inBatches(Math.min(200, done), 20, (i) =>
    ok(
      http(
        'PUT',
        `${url}/suggestions/${ids[i] ?? ''}/vote`,
        { voted: true },
        { cookie: phones[(i + 1) % phones.length] ?? '' },
      ),
      'vote',
    ),
  );
  log(`report: ${settings.suggestions} suggestions, ${done} done`);
}

/** Server time of `samples` sequential GETs (the client is on loopback; one request at a time). */
async function timeGets(url: string, cookie: string, samples: number) {
  const histogram = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60_000_000 });
  let bytes = 0;
  // Two untimed asks warm the statement caches, as a lead's second look would.
  for (let i = 0; i < 2; i += 1) await ok(http('GET', url, undefined, { cookie }), 'warm');
  for (let i = 0; i < samples; i += 1) {
    const start = performance.now();
    const body = await ok(http('GET', url, undefined, { cookie }), 'timed');
    histogram.recordValue(Math.max(1, Math.round((performance.now() - start) * 1000)));
    bytes = Buffer.byteLength(body);
  }
  const result = {
    p50Ms: round(histogram.getValueAtPercentile(50) / 1000),
    p99Ms: round(histogram.getValueAtPercentile(99) / 1000),
    kB: round(bytes / 1000, 1),
  };
  histogram.destroy();
  return result;
}

export async function runRoadmapReport(settings: ReportSettings, log: (line: string) => void) {
  const target = await startTarget('app');
  try {
    const admin = await adminSession(target);
    const { boardId, cookies } = await joinPhones(target, 20);
    await seed(target, admin, boardId, cookies, settings, log);
    const empty = JSON.parse(
      await ok(
        http(
          'POST',
          `${target.baseUrl}/api/admin/boards`,
          { name: 'Empty', language: 'en' },
          {
            cookie: admin,
          },
        ),
        'empty board',
      ),
    ) as { board: { id: string } };
    const base = `${target.baseUrl}/api/boards`;
    const full = await timeGets(`${base}/${boardId}/report`, admin, settings.samples);
    const bare = await timeGets(`${base}/${empty.board.id}/report`, admin, settings.samples);
    const roadmap = await timeGets(`${base}/${boardId}/roadmap`, admin, settings.samples);
    log(`report: ${full.p50Ms} ms p50 (${full.kB} kB) vs empty board ${bare.p50Ms} ms`);
    return { full, empty: bare, roadmap, suggestions: settings.suggestions };
  } finally {
    await target.stop();
  }
}

export type RoadmapReportResult = Awaited<ReturnType<typeof runRoadmapReport>>;

/** The scenario's rows for the results table. */
export function roadmapReportRows(result: RoadmapReportResult): Omit<Row, 'ratio' | 'met'>[] {
  const scenario = '9. Roadmap report';
  const history = `${result.suggestions.toLocaleString('en')} suggestions, 2 years of measurements`;
  return [
    {
      scenario,
      metric: `GET /report p50, ${history} (ms)`,
      value: result.full.p50Ms,
      baseline: result.empty.p50Ms,
      baselineName: 'the same report of an empty board',
    },
    {
      scenario,
      metric: `GET /report p99, ${history} (ms)`,
      value: result.full.p99Ms,
      baseline: result.roadmap.p99Ms,
      baselineName: 'GET /roadmap of the same board (one read it composes)',
    },
    {
      scenario,
      metric: 'report size (kB of JSON)',
      value: result.full.kB,
      baseline: result.empty.kB,
      baselineName: 'the same report of an empty board',
    },
  ];
}

// Run alone: print the rows (the whole `npm run bench` writes them with the others).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const quick = process.argv.includes('--quick');
  const started = performance.now();
  const log = (line: string) =>
    console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  runRoadmapReport({ suggestions: quick ? 300 : 5000, samples: quick ? 5 : 40 }, log).then(
    (result) => {
      for (const row of roadmapReportRows(result)) {
        const ratio = row.baseline === 0 ? 0 : round(row.value / row.baseline);
        console.log(
          `${row.scenario} · ${row.metric}: ${row.value} vs ${row.baseline} (${row.baselineName}) → ${ratio}`,
        );
      }
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
