import { randomUUID } from 'node:crypto';
import * as hdr from 'hdr-histogram-js';
import type { Socket } from 'socket.io-client';
import { adminSession } from './dot-burst.js';
import { http, type Target } from './targets.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** What the wall holds of the live workshop (the parts this scenario reads). */
interface WallWorkshop {
  sessionId: string;
  activity: { id: string };
  results:
    | { kind: 'poll'; counts: number[]; voters: number }
    | { kind: 'wordcloud'; entries: number }
    | { kind: string }
    | null;
}

/** Word-cloud entries, written with different case and spacing so they merge on the wall. */
const WORDS = [
  'Less waste',
  'less  waste',
  'Energy',
  'ENERGY ',
  'Safety',
  'Fair pay',
  'Recycling',
  'Reuse',
  'Clean air',
  'Future',
  'Respect',
  'Long term',
];

/**
 * Scenario 8: a workshop's answers. A lead starts a session of a poll (results shown live)
 * and a word cloud. Every device answers the poll, the devices spread over `pollSeconds`; then
 * every device adds three words, one at a time, spread over `cloudSeconds`. Checks that every
 * answer is stored once (the kept session's results) and times how long after the last answer
 * the wall's results are exact; counts the method broadcasts the wall got (coalesced tallies,
 * not one per answer).
 */
export async function workshopAnswers(
  target: Target,
  kiosk: Socket,
  boardId: string,
  phones: string[],
  pollSeconds: number,
  cloudSeconds: number,
) {
  const admin = await adminSession(target);
  const base = `${target.baseUrl}/api/boards/${boardId}/workshop`;
  const asAdmin = { cookie: admin };
  const copy = await http(
    'POST',
    `${base}/templates`,
    {
      fromTemplateId: 'builtin-sustainability-en',
    },
    asAdmin,
  );
  if (copy.status !== 201) throw new Error(`copy template: ${copy.status} ${copy.body}`);
  const templateId = (JSON.parse(copy.body) as { id: string }).id;
  const edited = await http(
    'PUT',
    `${base}/templates/${templateId}`,
    {
      name: 'Bench workshop',
      minutes: 10,
      activities: [
        {
          id: 'poll',
          kind: 'poll',
          title: 'Which dimension are we best at?',
          text: '',
          options: ['Ecological', 'Economic', 'Social'],
          multiple: false,
          hideResults: false,
        },
        { id: 'cloud', kind: 'wordcloud', title: 'What does it mean to you?', text: '' },
      ],
    },
    asAdmin,
  );
  if (edited.status !== 200) throw new Error(`edit template: ${edited.status} ${edited.body}`);
  const started = await http('POST', `${base}/sessions`, { templateId }, asAdmin);
  if (started.status !== 201) throw new Error(`start: ${started.status} ${started.body}`);
  const sessionId = (JSON.parse(started.body) as { sessionId: string }).sessionId;

  let wall: WallWorkshop | null = null;
  let broadcasts = 0;
  const onMethod = (event: { method: { workshop: WallWorkshop | null } }) => {
    if (event.method.workshop?.sessionId !== sessionId) return;
    broadcasts += 1;
    wall = event.method.workshop;
  };
  kiosk.on('method:updated', onMethod);
  const wallResults = () => wall?.results ?? null;

  const ack = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 600_000_000 });
  let failed = 0;

  /** Each device sends `perDevice` answers one at a time, the devices spread over `seconds`. */
  async function phase(
    seconds: number,
    perDevice: number,
    answerOf: (phone: number, n: number) => unknown,
    activityId: string,
    exact: () => boolean,
  ) {
    broadcasts = 0;
    const phaseStart = performance.now();
    const gapMs = 100;
    const window = Math.max(0, seconds * 1000 - perDevice * gapMs);
    await Promise.all(
      phones.map(async (cookie, phone) => {
        const start = phaseStart + (phone * window) / phones.length;
        for (let n = 0; n < perDevice; n += 1) {
          const due = start + n * gapMs;
          const wait = due - performance.now();
          if (wait > 1) await sleep(wait);
          try {
            const response = await http(
              'POST',
              `${base}/answers`,
              { clientId: randomUUID(), activityId, answer: answerOf(phone, n) },
              { cookie },
            );
            if (response.status !== 200) failed += 1;
          } catch {
            failed += 1;
          }
          ack.recordValue(Math.max(1, Math.round((performance.now() - due) * 1000)));
        }
      }),
    );
    const ended = performance.now();
    while (!exact() && performance.now() - ended < 10_000) await sleep(10);
    const exactAfterMs = exact() ? performance.now() - ended : -1;
    const phaseSeconds = (ended - phaseStart) / 1000;
    return {
      answers: phones.length * perDevice,
      seconds: round(phaseSeconds, 1),
      exactAfterMs: round(exactAfterMs, 0),
      broadcastsPerSecond: round(broadcasts / Math.max(phaseSeconds, 0.001), 1),
      answersPerSecond: round((phones.length * perDevice) / Math.max(phaseSeconds, 0.001), 0),
    };
  }

  const poll = await phase(
    pollSeconds,
    1,
    (phone) => ({ kind: 'choice', choices: [phone % 3] }),
    'poll',
    () => {
      const results = wallResults();
      return results?.kind === 'poll' && 'voters' in results && results.voters === phones.length;
    },
  );
  const next = await http('POST', `${base}/current/control`, { action: 'next', index: 0 }, asAdmin);
  if (next.status !== 200) throw new Error(`next: ${next.status} ${next.body}`);
  const cloud = await phase(
    cloudSeconds,
    3,
    // Four apart: a device's three words never merge with each other (a device's same word
    // twice counts once), while the devices' words merge across devices.
    (phone, n) => ({ kind: 'word', text: WORDS[(phone + n * 4) % WORDS.length] ?? 'Energy' }),
    'cloud',
    () => {
      const results = wallResults();
      return (
        results?.kind === 'wordcloud' &&
        'entries' in results &&
        results.entries === phones.length * 3
      );
    },
  );
  kiosk.off('method:updated', onMethod);

  const ended = await http('POST', `${base}/current/control`, { action: 'end', index: 1 }, asAdmin);
  if (ended.status !== 200) throw new Error(`end: ${ended.status} ${ended.body}`);
  const kept = JSON.parse(
    (await http('GET', `${base}/sessions/${sessionId}`, undefined, asAdmin)).body,
  ) as {
    session: { devices: number };
    activities: { results: { kind: string; voters?: number; entries?: number } | null }[];
  };
  return {
    devices: phones.length,
    failed,
    storedDevices: kept.session.devices,
    storedPollVoters: kept.activities[0]?.results?.voters ?? -1,
    storedEntries: kept.activities[1]?.results?.entries ?? -1,
    pollAnswers: poll.answers,
    pollSeconds: poll.seconds,
    pollWallExactAfterMs: poll.exactAfterMs,
    pollBroadcastsPerSecond: poll.broadcastsPerSecond,
    pollAnswersPerSecond: poll.answersPerSecond,
    cloudEntries: cloud.answers,
    cloudSeconds: cloud.seconds,
    cloudWallExactAfterMs: cloud.exactAfterMs,
    cloudBroadcastsPerSecond: cloud.broadcastsPerSecond,
    cloudAnswersPerSecond: cloud.answersPerSecond,
    ackP50Ms: round(ack.getValueAtPercentile(50) / 1000),
    ackP99Ms: round(ack.getValueAtPercentile(99) / 1000),
  };
}
