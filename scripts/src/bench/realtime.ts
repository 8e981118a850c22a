import { randomUUID } from 'node:crypto';
import * as hdr from 'hdr-histogram-js';
import { io, type Socket } from 'socket.io-client';
import { dotBurst } from './dot-burst.js';
import { workshopAnswers } from './workshop-answers.js';
import {
  forkClients,
  http,
  joinPhones,
  startTarget,
  type ClientProcess,
  type Measurement,
  type Target,
} from './targets.js';

export interface Settings {
  sockets: number;
  postSeconds: number;
  burstSeconds: number;
  burstRate: number;
  clientProcesses: number;
  /** Scenario 8: every device answers a poll within this, then adds three words within the next. */
  workshopPollSeconds: number;
  workshopCloudSeconds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const histogram = () =>
  hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000 });
/** Percentile of a histogram of microseconds, in milliseconds. */
const ms = (h: hdr.Histogram, p: number) => round(h.getValueAtPercentile(p) / 1000);
const cpuMicros = (m: Measurement) => m.cpu.user + m.cpu.system;

/**
 * Sends `count` requests on a fixed schedule (open loop, `rate` a second) and measures each
 * from its *scheduled* time, so a stalled server shows up as latency instead of silently
 * lowering the offered load (coordinated omission).
 */
async function onSchedule(
  rate: number,
  count: number,
  send: (i: number, scheduledAt: number) => Promise<void>,
): Promise<void> {
  const start = performance.now() + 50;
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < count; i += 1) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    inFlight.push(send(i, due));
  }
  await Promise.all(inFlight);
}

interface Connected {
  target: Target;
  kiosk: Socket;
  clients: ClientProcess[];
  phones: string[];
  boardId: string;
  poster: string;
  postUrl: string;
}

/** The target with `sockets` phone sockets (in child processes) and one kiosk socket. */
async function connect(kind: 'app' | 'bare-socketio', settings: Settings): Promise<Connected> {
  const target = await startTarget(kind, { gc: true });
  let boardId = 'bench';
  let phones: string[] = Array.from({ length: settings.sockets }, () => '');
  let poster = '';
  if (kind === 'app') {
    const joined = await joinPhones(target, settings.sockets + 1);
    boardId = joined.boardId;
    poster = joined.cookies.pop() ?? '';
    phones = joined.cookies;
  }
  const displayKey = new URL(target.kioskUrl || 'http://x/?key=').searchParams.get('key') ?? '';
  const kiosk = io(target.baseUrl, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: kind === 'app' ? { displayKey } : { boardId },
  });
  await new Promise((resolve) => kiosk.once('connect', () => resolve(undefined)));
  const clients = Array.from({ length: settings.clientProcesses }, () => forkClients());
  const per = Math.ceil(phones.length / clients.length);
  await Promise.all(
    clients.map((client, i) =>
      client.command(
        {
          type: 'connect',
          url: target.baseUrl,
          cookies: phones.slice(i * per, (i + 1) * per),
          auth: { boardId },
          sync: kind === 'app' ? 'board:catch-up' : 'board:sync',
        },
        'connected',
      ),
    ),
  );
  const postUrl =
    kind === 'app' ? `${target.baseUrl}/api/boards/${boardId}/suggestions` : `${target.baseUrl}/`;
  return { target, kiosk, clients, phones, boardId, poster, postUrl };
}

async function disconnect(connected: Connected): Promise<void> {
  connected.kiosk.close();
  for (const client of connected.clients) client.close();
  await connected.target.stop();
}

async function receivedBy(clients: ClientProcess[], event: string): Promise<number> {
  const counts = await Promise.all(clients.map((c) => c.command({ type: 'counts' }, 'counts')));
  return counts.reduce((sum, c) => sum + (c.received[event] ?? 0), 0);
}

/** Scenario 5: memory with no sockets, and per connected socket. */
async function footprint(kind: 'app' | 'bare-socketio', settings: Settings) {
  const target = await startTarget(kind, { gc: true });
  await sleep(500);
  const idle = await target.measure(true);
  await target.stop();
  const connected = await connect(kind, settings);
  await sleep(500);
  const loaded = await connected.target.measure(true);
  return {
    connected,
    result: {
      idleRssMiB: round(idle.memory.rss / 2 ** 20, 1),
      idleHeapMiB: round(idle.memory.heapUsed / 2 ** 20, 1),
      heapPerSocketKiB: round(
        (loaded.memory.heapUsed - idle.memory.heapUsed) / (settings.sockets + 1) / 1024,
      ),
      rssPerSocketKiB: round((loaded.memory.rss - idle.memory.rss) / (settings.sockets + 1) / 1024),
    },
  };
}

/** Scenario 1: posts over HTTP at `rate`, timed until the kiosk socket has them. */
async function postToWall(connected: Connected, rate: number, seconds: number) {
  const { target, kiosk, clients, poster, postUrl } = connected;
  const count = Math.max(5, Math.round(rate * seconds));
  const scheduled = new Map<string, number>();
  const latency = histogram();
  let seen = 0;
  const onCreated = (event: { suggestion: { id: string } }) => {
    const due = scheduled.get(event.suggestion.id);
    if (due === undefined) return;
    latency.recordValue(Math.max(1, Math.round((performance.now() - due) * 1000)));
    seen += 1;
  };
  kiosk.on('suggestion:created', onCreated);
  const phonesBefore = await receivedBy(clients, 'suggestion:created');
  const before = await target.measure();
  let failed = 0;
  await onSchedule(rate, count, async (i, due) => {
    const id = randomUUID();
    scheduled.set(id, due);
    const response = await http(
      'POST',
      postUrl,
      { id, text: `Benchmark suggestion number ${i} about saving energy`, dimension: 'economic' },
      poster ? { cookie: poster } : {},
    );
    if (response.status !== 201) failed += 1;
  });
  const deadline = performance.now() + 10_000;
  while (seen < count && performance.now() < deadline) await sleep(20);
  const after = await target.measure();
  await sleep(300);
  const delivered = (await receivedBy(clients, 'suggestion:created')) - phonesBefore;
  kiosk.off('suggestion:created', onCreated);
  return {
    rate,
    posts: count,
    failed,
    kioskP50Ms: ms(latency, 50),
    kioskP99Ms: ms(latency, 99),
    kioskMaxMs: round(latency.maxValue / 1000),
    cpuMsPerPost: round((cpuMicros(after) - cpuMicros(before)) / 1000 / count, 3),
    deliveredToPhones: delivered,
    expectedAtPhones: count * (connected.phones.length || 0),
  };
}

/** Scenario 4: every phone socket dropped at once; time until all are back and caught up. */
async function reconnectStorm(connected: Connected) {
  const { target, clients } = connected;
  await target.resetLoop();
  const results = await Promise.all(clients.map((c) => c.command({ type: 'storm' }, 'storm')));
  const loop = (await target.measure()).loop;
  return {
    sockets: results.reduce((sum, r) => sum + r.back, 0),
    allBackMs: round(Math.max(...results.map((r) => r.ms)), 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    eventLoopP99Ms: round(loop.p99, 1),
    eventLoopMaxMs: round(loop.max, 1),
  };
}

/**
 * Scenario 3: `devices` phones each say "me too" to one suggestion after another, offered at
 * `rate` votes a second. Checks every vote is stored once and the kiosk's tallies end exact.
 */
async function workshopBurst(connected: Connected, settings: Settings) {
  const { target, kiosk, phones, boardId } = connected;
  const devices = phones.length;
  const total = settings.burstRate * settings.burstSeconds;
  const suggestionCount = Math.ceil(total / devices);
  const author = (await joinPhones(target, 1)).cookies[0] ?? '';
  const ids: string[] = [];
  for (let s = 0; s < suggestionCount; s += 1) {
    const id = randomUUID();
    ids.push(id);
    await http(
      'POST',
      `${target.baseUrl}/api/boards/${boardId}/suggestions`,
      { id, text: `Workshop idea ${s}`, dimension: 'social' },
      { cookie: author },
    );
  }
  const tally = new Map<string, number>();
  const reached = new Map<string, number[]>(); // suggestion → time its tally first reached n
  let broadcasts = 0;
  const onUpdated = (event: { suggestion: { id: string; votes: number } }) => {
    broadcasts += 1;
    const { id, votes } = event.suggestion;
    const now = performance.now();
    const times = reached.get(id) ?? [];
    for (let n = times.length; n < votes; n += 1) times.push(now);
    reached.set(id, times);
    tally.set(id, votes);
  };
  kiosk.on('suggestion:updated', onUpdated);
  const ack = histogram();
  const scheduledAt: number[] = [];
  let failed = 0;
  const started = performance.now();
  await onSchedule(settings.burstRate, total, async (i, due) => {
    scheduledAt[i] = due;
    const suggestionId = ids[Math.floor(i / devices)] ?? '';
    const response = await http(
      'PUT',
      `${target.baseUrl}/api/boards/${boardId}/suggestions/${suggestionId}/vote`,
      { voted: true },
      { cookie: phones[i % devices] ?? '' },
    );
    if (response.status !== 200) failed += 1;
    ack.recordValue(Math.max(1, Math.round((performance.now() - due) * 1000)));
  });
  const burstEnded = performance.now();
  const expected = (id: string) =>
    Math.min(devices, Math.max(0, total - ids.indexOf(id) * devices));
  while (
    ids.some((id) => tally.get(id) !== expected(id)) &&
    performance.now() - burstEnded < 10_000
  )
    await sleep(10);
  const settledMs = performance.now() - burstEnded;
  kiosk.off('suggestion:updated', onUpdated);

  // Vote n on a suggestion is on screen when the kiosk first shows a tally of at least n.
  const toScreen = histogram();
  for (let i = 0; i < total; i += 1) {
    const id = ids[Math.floor(i / devices)] ?? '';
    const shownAt = reached.get(id)?.[i % devices];
    const due = scheduledAt[i] ?? 0;
    if (shownAt !== undefined)
      toScreen.recordValue(Math.max(1, Math.round((shownAt - due) * 1000)));
  }
  const snapshot = await http(
    'GET',
    `${target.baseUrl}/api/boards/${boardId}/snapshot`,
    undefined,
    {
      cookie: author,
    },
  );
  const stored = (
    JSON.parse(snapshot.body) as { suggestions: { id: string; votes: number }[] }
  ).suggestions
    .filter((s) => ids.includes(s.id))
    .reduce((sum, s) => sum + s.votes, 0);
  const seconds = (burstEnded - started) / 1000;
  return {
    devices,
    offeredPerSecond: settings.burstRate,
    votes: total,
    failed,
    storedVotes: stored,
    kioskExactAfterMs: round(settledMs, 0),
    kioskExact: ids.every((id) => tally.get(id) === expected(id)),
    ackP50Ms: ms(ack, 50),
    ackP99Ms: ms(ack, 99),
    toScreenP50Ms: ms(toScreen, 50),
    toScreenP99Ms: ms(toScreen, 99),
    broadcastsPerSecond: round(broadcasts / Math.max(seconds, 0.001), 1),
    achievedPerSecond: round(total / Math.max(seconds, 0.001), 0),
  };
}

/** Scenarios 1, 3, 4, 5 and 7 against the real server, and the bare Socket.IO baseline. */
export async function runRealtime(settings: Settings, log: (line: string) => void) {
  const out: Record<string, Record<string, unknown>> = {};
  for (const kind of ['app', 'bare-socketio'] as const) {
    log(`footprint (${kind})`);
    const { connected, result } = await footprint(kind, settings);
    const side: Record<string, unknown> = { footprint: result };
    try {
      for (const rate of [20, 50]) {
        log(`post to wall at ${rate}/s (${kind})`);
        side[`postToWall${rate}`] = await postToWall(connected, rate, settings.postSeconds);
      }
      log(`reconnect storm (${kind})`);
      side.reconnectStorm = await reconnectStorm(connected);
      if (kind === 'app') {
        log('workshop burst (app)');
        side.workshopBurst = await workshopBurst(connected, settings);
        log('dot-vote burst (app)');
        side.dotBurst = await dotBurst(
          connected.target,
          connected.kiosk,
          connected.boardId,
          connected.phones,
          settings.burstSeconds,
        );
        log('workshop answers (app)');
        side.workshopAnswers = await workshopAnswers(
          connected.target,
          connected.kiosk,
          connected.boardId,
          connected.phones,
          settings.workshopPollSeconds,
          settings.workshopCloudSeconds,
        );
      }
    } finally {
      await disconnect(connected);
    }
    out[kind] = side;
  }
  return out;
}
