import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
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

/** The most a 12 MP photo may weigh when it leaves the phone (GUIDE, budgets; kB = 1000 B). */
export const PHOTO_BUDGET_KB = 400;

export interface PhotoPath {
  /** What the phone handed to the upload: its bytes and Content-Type. */
  uploadedBytes: number;
  uploadedType: string;
  /** What the server stored after re-encoding it (the photo, not the thumbnail). */
  storedBytes: number;
}

export interface PhotoShrink {
  originalBytes: number;
  megapixels: number;
  budgetKb: number;
  /** The browser's own path: Chromium's canvas writes WebP. */
  webp: PhotoPath;
  /** A browser whose canvas cannot write WebP (older Safari answers PNG): the JPEG fallback. */
  jpeg: PhotoPath;
}

/**
 * A 12-megapixel camera file (4000 × 3000, JPEG at quality 92, about 6 MB) with detail on
 * every pixel: the hardest photo for the shrink step, since nothing in it compresses away.
 */
export async function cameraPhoto(path: string): Promise<number> {
  const { default: sharp } = await import('sharp');
  const noise = Buffer.alloc(4000 * 3000 * 3);
  for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 2654435761) >>> 24;
  await sharp(noise, { raw: { width: 4000, height: 3000, channels: 3 } })
    .jpeg({ quality: 92 })
    .toFile(path);
  return statSync(path).size;
}

const storedPhotos = (dataDir: string) => {
  const dir = join(dataDir, 'photos');
  return existsSync(dir)
    ? readdirSync(dir).filter((name) => name.endsWith('.webp') && !name.endsWith('-thumb.webp'))
    : [];
};

/**
 * The phone's shrink step on a 12-megapixel camera photo: the real phone app in Chromium picks
 * the file and posts; the bytes it hands to the upload are measured, and the photo the server
 * stored from them. Twice: as Chromium is (WebP), and with a canvas that cannot write WebP.
 */
export async function photoShrink(target: {
  joinUrl: string;
  dataDir: string;
}): Promise<PhotoShrink> {
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'tavla-bench-photo-'));
  const file = join(dir, 'camera.jpg');
  const originalBytes = await cameraPhoto(file);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  const measure = async (webp: boolean, text: string): Promise<PhotoPath> => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      locale: 'en-US',
    });
    try {
      if (!webp) {
        // As older Safari does: asked for WebP, the canvas writes PNG.
        await context.addInitScript(() => {
          const proto = HTMLCanvasElement.prototype;
          const toBlob = Reflect.get(proto, 'toBlob') as (...args: unknown[]) => void;
          proto.toBlob = function (callback, type, quality) {
            const asked = type === 'image/webp' ? 'image/png' : type;
            Reflect.apply(toBlob, this, [callback, asked, quality]);
          };
        });
      }
      await context.addInitScript(() => {
        const original = window.fetch.bind(window);
        const record = globalThis as unknown as { photo?: { bytes: number; type: string } };
        window.fetch = (input, init) => {
          if (init?.method === 'PUT' && init.body instanceof Blob)
            record.photo = { bytes: init.body.size, type: init.body.type };
          return original(input, init);
        };
      });
      const page = await context.newPage();
      const before = new Set(storedPhotos(target.dataDir));
      await page.goto(target.joinUrl);
      await page.getByLabel('Add a photo (optional)').setInputFiles(file);
      await page.getByRole('img', { name: 'The photo that goes with it' }).waitFor();
      await page.getByLabel('Your suggestion').fill(text);
      await page.getByRole('radio', { name: 'Social' }).check();
      await page.getByRole('button', { name: 'Send suggestion' }).click();
      const sent = await page.waitForFunction(
        () => (globalThis as unknown as { photo?: { bytes: number; type: string } }).photo,
        undefined,
        { timeout: 60_000 },
      );
      const { bytes, type } = (await sent.jsonValue()) as { bytes: number; type: string };
      let stored: string | undefined;
      const deadline = Date.now() + 60_000;
      while (!(stored = storedPhotos(target.dataDir).find((name) => !before.has(name)))) {
        if (Date.now() > deadline) throw new Error('The server did not store the photo.');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const storedBytes = statSync(join(target.dataDir, 'photos', stored)).size;
      return { uploadedBytes: bytes, uploadedType: type, storedBytes };
    } finally {
      await context.close();
    }
  };
  try {
    const webp = await measure(true, 'Benchmark: oil on the floor by press 3');
    const jpeg = await measure(false, 'Benchmark: a leaking valve on line 2');
    return { originalBytes, megapixels: 12, budgetKb: PHOTO_BUDGET_KB, webp, jpeg };
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The bench's rows for the photo: each path against the 400 kB budget. */
export function photoRows(photo: PhotoShrink) {
  const kb = (bytes: number) => Math.round(bytes / 1000);
  return (
    [
      ['WebP', photo.webp, 'image/webp'],
      ['JPEG fallback', photo.jpeg, 'image/jpeg'],
    ] as const
  ).flatMap(([name, path, type]) => [
    {
      scenario: '6. Weight',
      metric: `12 MP photo leaving the phone, ${name} (kB)`,
      value: kb(path.uploadedBytes),
      baseline: photo.budgetKb,
      baselineName: `budget (camera file ${String(kb(photo.originalBytes))} kB)`,
      target: `≤ ${String(photo.budgetKb)} kB, ${type}`,
      met: path.uploadedBytes <= photo.budgetKb * 1000 && path.uploadedType === type,
    },
    {
      scenario: '6. Weight',
      metric: `12 MP photo as the server stores it, from ${name} (kB)`,
      value: kb(path.storedBytes),
      baseline: kb(path.uploadedBytes),
      baselineName: 'what the phone sent',
      target: `≤ ${String(photo.budgetKb)} kB`,
      met: path.storedBytes <= photo.budgetKb * 1000,
    },
  ]);
}
