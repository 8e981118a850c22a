import * as hdr from 'hdr-histogram-js';
import type { Socket } from 'socket.io-client';
import { http, type Target } from './targets.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The fifteen analysis categories (shared/src/method.ts), in order. */
const CATEGORIES = [
  'energy_climate',
  'emissions',
  'chemicals_waste',
  'materials_circularity',
  'transport_suppliers',
  'strategy_followup',
  'resource_costs',
  'circular_business',
  'business_ethics',
  'innovation_improvement',
  'health_safety',
  'equality_inclusion',
  'fair_conditions',
  'skills_development',
  'involvement_dialogue',
];

const admins = new WeakMap<Target, Promise<string>>();

/**
 * Signs in as the first admin with the setup code the real server printed; the Cookie header.
 * The code works once, so the session is shared by every scenario on the same server.
 */
export function adminSession(target: Target): Promise<string> {
  let session = admins.get(target);
  if (!session) {
    session = createAdmin(target);
    admins.set(target, session);
  }
  return session;
}

async function createAdmin(target: Target): Promise<string> {
  const code = /create the admin account with it:\s+(\S+)/.exec(target.output())?.[1];
  if (!code) throw new Error('the server printed no setup code');
  const response = await http('POST', `${target.baseUrl}/api/setup`, {
    code,
    username: 'bench-admin',
    displayName: 'Bench admin',
    password: 'bench-password-123',
  });
  const cookie = (response.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
  if (response.status >= 300 || !cookie) {
    throw new Error(`setup failed: ${response.status} ${response.body}`);
  }
  return cookie;
}

/**
 * Scenario 7: a workshop's interest vote. A lead opens it; every phone places its five dots one
 * at a time (each tap a PUT of the whole placement, as the phone app sends it), the phones
 * spread over `seconds`. Checks every dot is stored once (the closed vote's dot count) and times how
 * long after the last tap the wall's voter count is exact; counts the method broadcasts the
 * wall got (they are coalesced, not one per tap).
 */
export async function dotBurst(
  target: Target,
  kiosk: Socket,
  boardId: string,
  phones: string[],
  seconds: number,
) {
  const admin = await adminSession(target);
  const base = `${target.baseUrl}/api/boards/${boardId}`;
  const opened = await http('POST', `${base}/interest-votes`, {}, { cookie: admin });
  if (opened.status !== 201) throw new Error(`open vote: ${opened.status} ${opened.body}`);
  const voteId = (JSON.parse(opened.body) as { id: string }).id;

  let voters = 0;
  let broadcasts = 0;
  let exactAt = 0;
  let lastVoterAckedAt = 0;
  const onMethod = (event: { method: { vote: { id: string; voters: number } | null } }) => {
    if (event.method.vote?.id !== voteId) return;
    broadcasts += 1;
    voters = event.method.vote.voters;
    if (voters === phones.length && exactAt === 0) exactAt = performance.now();
  };
  kiosk.on('method:updated', onMethod);

  const taps = phones.length * 5;
  const ack = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000 });
  let failed = 0;
  const started = performance.now();
  // Each phone taps its five dots 100 ms apart, one request at a time as the phone app sends
  // them (the next only after the last was answered); the phones start one after another
  // across the burst, so new voters keep arriving until the end and the wall's final count
  // has to catch up after the last tap. A tap is timed from when it was due.
  const gapMs = 100;
  const window = Math.max(0, seconds * 1000 - 5 * gapMs);
  async function phoneTaps(phone: number): Promise<void> {
    const start = started + (phone * window) / phones.length;
    const dots: Record<string, number> = {};
    for (let tap = 0; tap < 5; tap += 1) {
      const due = start + tap * gapMs;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      const category = CATEGORIES[(phone + tap * 4) % CATEGORIES.length] ?? 'emissions';
      dots[category] = (dots[category] ?? 0) + 1;
      try {
        const response = await http(
          'PUT',
          `${base}/interest-votes/${voteId}/dots`,
          { dots },
          { cookie: phones[phone] ?? '' },
        );
        if (response.status !== 200) failed += 1;
        if (tap === 0) lastVoterAckedAt = Math.max(lastVoterAckedAt, performance.now());
      } catch {
        failed += 1;
      }
      ack.recordValue(Math.max(1, Math.round((performance.now() - due) * 1000)));
    }
  }
  const inFlight = phones.map((_, phone) => phoneTaps(phone));
  await Promise.all(inFlight);
  const burstEnded = performance.now();
  while (voters !== phones.length && performance.now() - burstEnded < 10_000) await sleep(10);
  const exactAfterMs = performance.now() - burstEnded;
  kiosk.off('method:updated', onMethod);

  const closed = await http(
    'POST',
    `${base}/interest-votes/${voteId}/close`,
    {},
    {
      cookie: admin,
    },
  );
  if (closed.status !== 200) throw new Error(`close vote: ${closed.status} ${closed.body}`);
  const matrix = JSON.parse(
    (await http('GET', `${base}/materiality`, undefined, { cookie: admin })).body,
  ) as {
    dots: number;
    voters: number;
  };
  const burstSeconds = (burstEnded - started) / 1000;
  return {
    devices: phones.length,
    taps,
    failed,
    storedDots: matrix.dots,
    storedVoters: matrix.voters,
    wallExact: voters === phones.length,
    wallExactAfterMs: round(exactAfterMs, 0),
    /** From the answer to the last new voter's first dot until the wall showed every voter. */
    lastVoterToWallMs: exactAt === 0 ? -1 : round(Math.max(0, exactAt - lastVoterAckedAt), 0),
    ackP50Ms: round(ack.getValueAtPercentile(50) / 1000),
    ackP99Ms: round(ack.getValueAtPercentile(99) / 1000),
    broadcastsPerSecond: round(broadcasts / Math.max(burstSeconds, 0.001), 1),
    tapsPerSecond: round(taps / Math.max(burstSeconds, 0.001), 0),
  };
}
