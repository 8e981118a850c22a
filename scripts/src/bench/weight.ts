import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Gzipped-size budgets of the JavaScript a first visit loads (GUIDE section on budgets). */
export const BUDGETS = {
  'mobile-app': { base: '/m/', budgetKb: 110 },
  'board-app': { base: '/board/', budgetKb: 150 },
} as const;
export type AppName = keyof typeof BUDGETS;

export interface InitialJs {
  files: { path: string; gzipBytes: number }[];
  gzipKb: number;
  budgetKb: number;
}

/**
 * The JavaScript a first visit loads: the entry script of the built `index.html` and every
 * chunk it modulepreloads (lazily loaded pages are not counted). Sizes are gzip level 9, as a
 * server or CDN would send them; kB is 1000 bytes, as Vite reports.
 */
export function initialJs(app: AppName): InitialJs {
  const dist = join(root, app, 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const { base, budgetKb } = BUDGETS[app];
  const urls = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  const files = urls.map((url) => {
    const path = join(dist, url.startsWith(base) ? url.slice(base.length) : url);
    return { path: url, gzipBytes: gzipSync(readFileSync(path), { level: 9 }).length };
  });
  const gzipKb = Math.round(files.reduce((sum, f) => sum + f.gzipBytes, 0) / 100) / 10;
  return { files, gzipKb, budgetKb };
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/**
 * Lighthouse (mobile emulation, simulated throttling, its defaults) on the phone app's post
 * form, driving Debian's Chromium. The phone has joined the board first (its cookie is sent).
 */
export async function lighthouseScores(url: string, cookie: string) {
  const { launch } = await import('chrome-launcher');
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    const result = await lighthouse(
      url,
      {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
        extraHeaders: { Cookie: cookie },
      },
      undefined,
    );
    const categories = result?.lhr.categories;
    const audits = result?.lhr.audits;
    return {
      performance: Math.round((categories?.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100),
      firstContentfulPaintMs: Math.round(audits?.['first-contentful-paint']?.numericValue ?? 0),
      largestContentfulPaintMs: Math.round(audits?.['largest-contentful-paint']?.numericValue ?? 0),
      totalBlockingTimeMs: Math.round(audits?.['total-blocking-time']?.numericValue ?? 0),
    };
  } finally {
    chrome.kill();
  }
}

/**
 * The phone's shrink step on a 12-megapixel camera photo: the real phone app in Chromium picks
 * the file and posts; the bytes it hands to the upload are measured.
 */
export async function photoShrink(joinUrl: string) {
  const { default: sharp } = await import('sharp');
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'tavla-bench-photo-'));
  const file = join(dir, 'camera.jpg');
  // Detail everywhere (like a real scene), so the JPEG does not compress to nothing.
  const noise = Buffer.alloc(4000 * 3000 * 3);
  for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 2654435761) >>> 24;
  await sharp(noise, { raw: { width: 4000, height: 3000, channels: 3 } })
    .jpeg({ quality: 92 })
    .toFile(file);
  const originalBytes = statSync(file).size;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
    await page.goto(joinUrl);
    await page.evaluate(() => {
      const original = window.fetch.bind(window);
      const record = globalThis as unknown as { photoBytes?: number };
      window.fetch = (input, init) => {
        if (init?.method === 'PUT' && init.body instanceof Blob) record.photoBytes = init.body.size;
        return original(input, init);
      };
    });
    await page.getByLabel('Add a photo (optional)').setInputFiles(file);
    await page.getByRole('img', { name: 'The photo that goes with it' }).waitFor();
    await page.getByLabel('Your suggestion').fill('Benchmark: oil on the floor by press 3');
    await page.getByRole('radio', { name: 'Social' }).check();
    await page.getByRole('button', { name: 'Send suggestion' }).click();
    await page.waitForFunction(
      () => ((globalThis as unknown as { photoBytes?: number }).photoBytes ?? 0) > 0,
      undefined,
      { timeout: 30_000 },
    );
    const uploadedBytes = await page.evaluate(
      () => (globalThis as unknown as { photoBytes?: number }).photoBytes ?? 0,
    );
    return { originalBytes, uploadedBytes, megapixels: 12 };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
