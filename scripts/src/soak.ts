/**
 * `npm run soak`: pushes 10,000 changes to an open wall screen and reports whether its JS heap
 * keeps growing, plus the server's RSS. Bounded (stops by itself), loopback only, not part of
 * `npm test`. Run after `npm run build`.
 *
 *   npm run soak -- [changes=10000]
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../../e2e/support/browser.js';
import { startServer } from '../../e2e/support/server.js';

const CHANGES = Math.min(Number(process.argv[2] ?? 10_000), 100_000);
const WRITERS = 8;

async function rssOf(pid: number): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
}

async function main(): Promise<void> {
  // One phone writes 10,000 changes on purpose: far beyond what the per-device limits allow.
  const server = await startServer({ RATE_LIMITS: 'off' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--enable-precise-memory-info',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(server.kioskUrl);
    await page.getByText('Live').waitFor();
    const cdp = await page.context().newCDPSession(page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };

    // Two phones: one posts 50 suggestions, the other toggles "me too" on them: every toggle
    // is a change (seq, log, broadcast) the wall applies.
    const join = async () => {
      const response = await fetch(server.joinUrl, { redirect: 'manual' });
      return {
        cookie: response.headers.get('set-cookie')?.split(';')[0] ?? '',
        boardId: response.headers.get('location')?.split('/').pop() ?? '',
      };
    };
    const author = await join();
    const voter = await join();
    const ids: string[] = [];
    for (let i = 0; i < 50; i += 1) {
      const id = crypto.randomUUID();
      await fetch(`${server.baseUrl}/api/boards/${author.boardId}/suggestions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: author.cookie },
        body: JSON.stringify({ id, text: `Soak suggestion ${i}`, dimension: 'social' }),
      });
      ids.push(id);
    }
    await page.waitForTimeout(1000);
    const heapBefore = await heap();
    const rssBefore = await rssOf(server.pid);

    const started = Date.now();
    let sent = 0;
    let nextSample = 2000;
    const samples: number[] = [];
    const writer = async (w: number) => {
      const voted = new Map<string, boolean>();
      while (sent < CHANGES) {
        sent += 1;
        const id = ids[(sent + w) % ids.length] ?? '';
        const next = !(voted.get(id) ?? false);
        voted.set(id, next);
        await fetch(`${server.baseUrl}/api/boards/${voter.boardId}/suggestions/${id}/vote`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', cookie: voter.cookie },
          body: JSON.stringify({ voted: next }),
        });
        if (sent >= nextSample) {
          nextSample += 2000;
          samples.push(await heap());
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    const seconds = (Date.now() - started) / 1000;
    await page.waitForTimeout(2000);
    const heapAfter = await heap();
    const rssAfter = await rssOf(server.pid);
    const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
    console.log(
      `changes pushed:        ${sent} in ${seconds.toFixed(1)} s (${Math.round(sent / seconds)}/s)`,
    );
    console.log(
      `kiosk JS heap (after GC): before ${mb(heapBefore)}, after ${mb(heapAfter)}, samples ${samples.map(mb).join(', ')}`,
    );
    console.log(`server RSS:            before ${mb(rssBefore)}, after ${mb(rssAfter)}`);
    const growth = heapAfter - heapBefore;
    console.log(
      growth > 5 * 1_048_576
        ? `WARNING: kiosk heap grew by ${mb(growth)}`
        : `kiosk heap growth: ${mb(growth)} (flat)`,
    );
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
