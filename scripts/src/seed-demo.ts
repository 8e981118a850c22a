/**
 * Posts demo suggestions to a running Tavla through its real API, the way a phone does: it
 * opens the join URL (getting a device cookie) and posts with that cookie.
 *
 *   npm run seed -- <join-url> [count]
 *
 * Use the join URL the server printed at start. Meant for demos and screenshots on loopback.
 */
import { randomUUID } from 'node:crypto';

const DEMO: {
  text: string;
  dimension: 'ecological' | 'economic' | 'social';
  authorName?: string;
}[] = [
  {
    text: 'Automatiska skjutdörrar till frysrummet så att kylan stannar inne',
    dimension: 'ecological',
    authorName: 'Aino',
  },
  { text: 'Stäng av tryckluften i hall 2 över helgerna – läckorna kostar', dimension: 'economic' },
  {
    text: 'Ståmattor vid packstation 4, ryggen tar stryk',
    dimension: 'social',
    authorName: 'Jonas',
  },
  { text: 'Sortera wellpappen från inleveranser och sälj den', dimension: 'economic' },
  { text: 'LED-belysning i lagret och rörelsevakter i gångarna', dimension: 'ecological' },
  {
    text: 'Gemensam fika med underhåll en gång i månaden',
    dimension: 'social',
    authorName: 'Sara',
  },
];

async function main(): Promise<void> {
  const [joinUrl, countArg] = process.argv.slice(2);
  if (!joinUrl) {
    console.error('usage: npm run seed -- <join-url> [count]');
    process.exit(2);
  }
  const count = Math.min(Number(countArg ?? DEMO.length), 500);
  const join = await fetch(joinUrl, { redirect: 'manual' });
  const cookie = join.headers.get('set-cookie')?.split(';')[0];
  const location = join.headers.get('location');
  const boardId = location?.split('/').pop();
  if (join.status !== 302 || !cookie || !boardId) {
    throw new Error(`joining failed: HTTP ${join.status} (is the join URL right?)`);
  }
  const base = new URL(joinUrl).origin;
  for (let i = 0; i < count; i += 1) {
    const demo = DEMO[i % DEMO.length];
    if (!demo) continue;
    const body = JSON.stringify({ id: randomUUID(), ...demo });
    const send = () =>
      fetch(`${base}/api/boards/${boardId}/suggestions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body,
      });
    let response = await send();
    // One phone may post 10 a minute: wait as the server asks (or start the server with
    // RATE_LIMITS=off for a large demo board).
    while (response.status === 429) {
      const wait = Number(response.headers.get('retry-after') ?? '60');
      console.log(`Rate limit: waiting ${wait} s (start the server with RATE_LIMITS=off to skip).`);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      response = await send();
    }
    if (!response.ok)
      throw new Error(`post failed: HTTP ${response.status} ${await response.text()}`);
  }
  console.log(`Posted ${count} suggestions to board ${boardId}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
