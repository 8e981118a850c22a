import { randomUUID } from 'node:crypto';
import autocannon from 'autocannon';
import * as hdr from 'hdr-histogram-js';
import { http, joinPhones, startTarget } from './targets.js';

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Posts suggestions as fast as `connections` keep-alive connections allow (autocannon). */
async function hammer(url: string, cookie: string, seconds: number) {
  const result = await autocannon({
    url,
    method: 'POST',
    connections: 10,
    duration: seconds,
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    requests: [
      {
        method: 'POST',
        // A new client id every time: each request is a real insert, not an idempotent replay.
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({
            id: randomUUID(),
            text: 'Benchmark suggestion about saving energy at the press line',
            dimension: 'economic',
          }),
        }),
      },
    ],
  });
  return {
    requestsPerSecond: round(result.requests.average, 0),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

/** Scenario 2: Tavla's suggestion POST against a bare Fastify route doing the same insert. */
export async function runHttpPath(seconds: number, log: (line: string) => void) {
  const app = await startTarget('app');
  const bare = await startTarget('bare-fastify');
  try {
    const { boardId, cookies } = await joinPhones(app, 1);
    const path = `/api/boards/${boardId}/suggestions`;
    // Two rounds, alternating, each side's best kept: the order of runs does not favour one.
    const rounds: {
      app: Awaited<ReturnType<typeof hammer>>;
      bare: Awaited<ReturnType<typeof hammer>>;
    }[] = [];
    for (let round = 1; round <= 2; round += 1) {
      log(`HTTP write path, round ${round} (app)`);
      const appRound = await hammer(`${app.baseUrl}${path}`, cookies[0] ?? '', seconds / 2);
      log(`HTTP write path, round ${round} (bare Fastify)`);
      const bareRound = await hammer(
        `${bare.baseUrl}/api/boards/bench/suggestions`,
        '',
        seconds / 2,
      );
      rounds.push({ app: appRound, bare: bareRound });
    }
    const best = (side: 'app' | 'bare') => {
      const [top] = rounds
        .map((r) => r[side])
        .sort((a, b) => b.requestsPerSecond - a.requestsPerSecond);
      if (!top) throw new Error('no rounds ran');
      return top;
    };
    const appResult = best('app');
    const bareResult = best('bare');
    return { app: appResult, bare: bareResult };
  } finally {
    await app.stop();
    await bare.stop();
  }
}

/**
 * Baseline for scenario 3: the same vote schedule against the bare Fastify vote route (insert
 * the vote, move the tally; no authentication, broadcast or screens).
 */
export async function runBareVotes(
  settings: { burstRate: number; burstSeconds: number; sockets: number },
  log: (line: string) => void,
) {
  const bare = await startTarget('bare-fastify');
  try {
    log('workshop burst (bare Fastify)');
    const total = settings.burstRate * settings.burstSeconds;
    const devices = settings.sockets;
    const ids = Array.from({ length: Math.ceil(total / devices) }, () => randomUUID());
    for (const id of ids) {
      await http('POST', `${bare.baseUrl}/api/boards/bench/suggestions`, {
        id,
        text: 'Workshop idea',
        dimension: 'social',
      });
    }
    const ack = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000 });
    let failed = 0;
    const start = performance.now() + 50;
    const inFlight: Promise<void>[] = [];
    for (let i = 0; i < total; i += 1) {
      const due = start + (i * 1000) / settings.burstRate;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      inFlight.push(
        http(
          'PUT',
          `${bare.baseUrl}/api/boards/bench/suggestions/${ids[Math.floor(i / devices)] ?? ''}/vote`,
          { voted: true },
          { 'x-device': `device-${i % devices}` },
        ).then((response) => {
          if (response.status !== 200) failed += 1;
          ack.recordValue(Math.max(1, Math.round((performance.now() - due) * 1000)));
        }),
      );
    }
    await Promise.all(inFlight);
    return {
      votes: total,
      failed,
      ackP50Ms: round(ack.getValueAtPercentile(50) / 1000),
      ackP99Ms: round(ack.getValueAtPercentile(99) / 1000),
    };
  } finally {
    await bare.stop();
  }
}
