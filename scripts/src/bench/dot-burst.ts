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

/** Signs in as the first admin with the setup code the real server printed; the Cookie header. */
async function adminSession(target: Target): Promise<string> {
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
 * at a time (each tap a PUT of the whole placement, as the phone app sends it), spread evenly
 * over `seconds`. Checks every dot is stored once (the closed vote's dot count) and times how
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
  const onMethod = (event: { method: { vote: { id: string; voters: number } | null } }) => {
    if (event.method.vote?.id !== voteId) return;
    broadcasts += 1;
    voters = event.method.vote.voters;
  };
  kiosk.on('method:updated', onMethod);

  const taps = phones.length * 5;
  const ack = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000 });
  let failed = 0;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < taps; i += 1) {
    // Tap n of every phone goes out before tap n + 1 of any (phone = i % phones).
    const phone = i % phones.length;
    const tap = Math.floor(i / phones.length) + 1;
    const due = started + (i * seconds * 1000) / taps;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const dots: Record<string, number> = {};
    for (let d = 0; d < tap; d += 1) {
      const category = CATEGORIES[(phone + d * 4) % CATEGORIES.length] ?? 'emissions';
      dots[category] = (dots[category] ?? 0) + 1;
    }
    inFlight.push(
      http(
        'PUT',
        `${base}/interest-votes/${voteId}/dots`,
        { dots },
        { cookie: phones[phone] ?? '' },
      )
        .then((response) => {
          if (response.status !== 200) failed += 1;
        })
        .catch(() => {
          failed += 1;
        })
        .finally(() => ack.recordValue(Math.max(1, Math.round((performance.now() - due) * 1000)))),
    );
  }
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
    ackP50Ms: round(ack.getValueAtPercentile(50) / 1000),
    ackP99Ms: round(ack.getValueAtPercentile(99) / 1000),
    broadcastsPerSecond: round(broadcasts / Math.max(burstSeconds, 0.001), 1),
    tapsPerSecond: round(taps / Math.max(burstSeconds, 0.001), 0),
  };
}
