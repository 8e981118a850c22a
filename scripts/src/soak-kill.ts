/**
 * `npm run soak:kill`: kills the real built server with SIGKILL (kill -9) again and again in the
 * middle of a burst of posts and "me too" votes, restarts it on the same DATA_DIR, and at the
 * end checks that every acknowledged write is there and that SQLite's integrity_check says ok.
 * Every restart also runs the server's own full integrity check. Bounded (stops by itself),
 * loopback only, not part of `npm test`. Run after `npm run build`.
 *
 *   npm run soak:kill -- [kills=20]
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startServer, type RunningServer } from '../../e2e/support/server.js';

const KILLS = Math.max(1, Math.min(Number(process.argv[2] ?? 20), 200));
const POSTERS = 6;
const VOTERS = 6;
/** The whole run stops after this, whatever happens. */
const DEADLINE_MS = 15 * 60 * 1000;

interface Phone {
  cookie: string;
  boardId: string;
}

interface Tally {
  /** Posts the server answered 200/201: each must be stored. */
  posts: Set<string>;
  /** Per voter: the last acknowledged state of each suggestion it voted on. */
  votes: Map<string, boolean>[];
  /** Per voter: suggestions whose state is open (a vote was in flight when the server died). */
  uncertain: Map<string, Set<boolean>>[];
  votesAcknowledged: number;
  refused: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function joinPhone(server: RunningServer): Promise<Phone> {
  const response = await fetch(server.joinUrl, { redirect: 'manual' });
  if (response.status !== 302) throw new Error(`join answered ${response.status}`);
  return {
    cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '',
    boardId: response.headers.get('location')?.split('/').pop() ?? '',
  };
}

/** Waits as a phone's outbox would when the server says "later" (bounded). */
async function backOff(response: Response): Promise<void> {
  const seconds = Number(response.headers.get('retry-after') ?? '1');
  await sleep(Math.min(Number.isFinite(seconds) ? seconds : 1, 1) * 1000);
}

async function burst(
  server: RunningServer,
  posters: Phone[],
  voters: Phone[],
  tally: Tally,
  round: number,
  killAfterMs: number,
): Promise<{ acknowledgedThisRound: number }> {
  let alive = true;
  const before = tally.posts.size + tally.votesAcknowledged;
  const postLoop = async (phone: Phone, p: number) => {
    for (let i = 0; alive; i += 1) {
      const id = crypto.randomUUID();
      try {
        const response = await fetch(`${server.baseUrl}/api/boards/${phone.boardId}/suggestions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: phone.cookie },
          body: JSON.stringify({
            id,
            text: `Kill round ${round}, phone ${p}, post ${i}`,
            dimension: 'economic',
          }),
        });
        if (response.status === 201 || response.status === 200) tally.posts.add(id);
        else {
          tally.refused += 1;
          await backOff(response);
        }
      } catch {
        return; // the server is gone; an unanswered post may or may not be stored
      }
    }
  };
  const voteLoop = async (phone: Phone, v: number) => {
    const mine = tally.votes[v] ?? new Map<string, boolean>();
    const open = tally.uncertain[v] ?? new Map<string, Set<boolean>>();
    while (alive) {
      const pool = [...tally.posts];
      const suggestionId = pool[Math.floor(Math.random() * pool.length)];
      if (!suggestionId) {
        await sleep(5);
        continue;
      }
      const voted = !(mine.get(suggestionId) ?? false);
      try {
        const response = await fetch(
          `${server.baseUrl}/api/boards/${phone.boardId}/suggestions/${suggestionId}/vote`,
          {
            method: 'PUT',
            headers: { 'content-type': 'application/json', cookie: phone.cookie },
            body: JSON.stringify({ voted }),
          },
        );
        if (response.status === 200) {
          mine.set(suggestionId, voted);
          open.delete(suggestionId);
          tally.votesAcknowledged += 1;
        } else {
          tally.refused += 1;
          await backOff(response);
        }
      } catch {
        // In flight when the server died: either state is right.
        open.set(suggestionId, new Set([voted, mine.get(suggestionId) ?? false]));
        return;
      }
    }
  };
  const loops = [
    ...posters.map((phone, p) => postLoop(phone, p)),
    ...voters.map((phone, v) => voteLoop(phone, v)),
  ];
  // The kill comes while the burst is under way: counted from its first acknowledged write.
  const waitUntil = Date.now() + 30_000;
  while (tally.posts.size + tally.votesAcknowledged === before && Date.now() < waitUntil)
    await sleep(2);
  await sleep(killAfterMs);
  await server.kill();
  alive = false;
  await Promise.all(loops);
  return { acknowledgedThisRound: tally.posts.size + tally.votesAcknowledged - before };
}

function verify(dataDir: string, tally: Tally) {
  const db = new Database(join(dataDir, 'tavla.db'), { readonly: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    const stored = new Set(db.prepare('SELECT id FROM suggestions').pluck().all() as string[]);
    const lostPosts = [...tally.posts].filter((id) => !stored.has(id));
    // Votes are checked per suggestion (device ids are stored as the server chooses): the
    // count must lie between the acknowledged states and what an in-flight vote could add.
    const counts = new Map(
      (
        db
          .prepare('SELECT suggestion_id AS id, COUNT(*) AS n FROM votes GROUP BY suggestion_id')
          .all() as { id: string; n: number }[]
      ).map((row) => [row.id, row.n]),
    );
    const ids = new Set(tally.votes.flatMap((map) => [...map.keys()]));
    for (const open of tally.uncertain) for (const id of open.keys()) ids.add(id);
    const wrongVotes: string[] = [];
    for (const id of ids) {
      let min = 0;
      let max = 0;
      tally.votes.forEach((mine, v) => {
        const possible = tally.uncertain[v]?.get(id) ?? new Set([mine.get(id) ?? false]);
        if (![...possible].includes(false)) min += 1;
        if (possible.has(true)) max += 1;
      });
      const actual = counts.get(id) ?? 0;
      if (actual < min || actual > max) wrongVotes.push(`${id}: ${actual} not in ${min}..${max}`);
    }
    return { integrity, lostPosts, wrongVotes, storedPosts: stored.size, checkedVotes: ids.size };
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const dataDir = mkdtempSync(join(tmpdir(), 'tavla-soak-kill-'));
  const port = String(await freePort());
  const env = { DATA_DIR: dataDir, PORT: port, BACKUP_INTERVAL_HOURS: '0' };
  const tally: Tally = {
    posts: new Set(),
    votes: Array.from({ length: VOTERS }, () => new Map<string, boolean>()),
    uncertain: Array.from({ length: VOTERS }, () => new Map<string, Set<boolean>>()),
    votesAcknowledged: 0,
    refused: 0,
  };
  const restartMs: number[] = [];
  let kills = 0;
  try {
    let server = await startServer(env);
    const posters: Phone[] = [];
    const voters: Phone[] = [];
    for (let i = 0; i < POSTERS; i += 1) posters.push(await joinPhone(server));
    for (let i = 0; i < VOTERS; i += 1) voters.push(await joinPhone(server));

    for (let round = 1; round <= KILLS && Date.now() - started < DEADLINE_MS; round += 1) {
      const killAfterMs = 200 + Math.floor(Math.random() * 1300);
      const { acknowledgedThisRound } = await burst(
        server,
        posters,
        voters,
        tally,
        round,
        killAfterMs,
      );
      kills += 1;
      const restart = Date.now();
      server = await startServer(env); // refuses to start if its integrity check fails
      restartMs.push(Date.now() - restart);
      console.log(
        `kill ${round}: ${killAfterMs} ms into the burst, ${acknowledgedThisRound} writes acknowledged; ` +
          `back up in ${restartMs.at(-1)} ms`,
      );
    }
    await server.stop();

    const result = verify(dataDir, tally);
    const average = restartMs.reduce((a, b) => a + b, 0) / Math.max(1, restartMs.length);
    console.log('');
    console.log(`kill -9 during a burst:   ${kills}`);
    console.log(`posts acknowledged:       ${tally.posts.size} (stored: ${result.storedPosts})`);
    console.log(
      `votes acknowledged:       ${tally.votesAcknowledged} (${result.checkedVotes} suggestions checked)`,
    );
    console.log(`answered "later" (429/503/507): ${tally.refused}`);
    console.log(`posts lost:               ${result.lostPosts.length}`);
    console.log(`vote counts wrong:        ${result.wrongVotes.length}`);
    console.log(`integrity_check:          ${String(result.integrity)}`);
    console.log(`restart, average:         ${Math.round(average)} ms`);
    console.log(`duration:                 ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (result.lostPosts.length > 0 || result.wrongVotes.length > 0 || result.integrity !== 'ok') {
      console.error('FAILED', result.lostPosts.slice(0, 5), result.wrongVotes.slice(0, 5));
      process.exitCode = 1;
    } else if (kills < KILLS) {
      console.error(`FAILED: only ${kills} of ${KILLS} kills within the time limit`);
      process.exitCode = 1;
    } else {
      console.log('OK: every acknowledged write survived');
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
