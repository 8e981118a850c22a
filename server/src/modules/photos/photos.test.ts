import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@tavla/shared';
import {
  createBoard,
  createLead,
  joinPhone,
  setupAdmin,
  testApp,
  testUuid,
} from '../../test-support/test-app.js';

/** A 12 MP camera JPEG with EXIF that must not survive (artist, copyright, GPS-ish text). */
async function cameraJpeg(width = 4000, height = 3000): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 60 } } })
    .withExif({ IFD0: { Artist: 'SECRET-ARTIST', Copyright: 'GPS 59.3293N 18.0686E' } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A tiny PNG whose header claims 30000×30000 pixels: a decompression bomb. */
function pngBomb(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(30_000, 0);
  ihdr.writeUInt32BE(30_000, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.alloc(30_001))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function setup() {
  const { app, db } = await testApp();
  const board = createBoard(app);
  const author = await joinPhone(app, board);
  const colleague = await joinPhone(app, board);
  const posted = await app.inject({
    method: 'POST',
    url: `/api/boards/${board.id}/suggestions`,
    headers: { cookie: author },
    payload: { id: testUuid(), text: 'The leaking valve at line 2', dimension: 'economic' },
  });
  const suggestion = posted.json<Suggestion>();
  const upload = (body: Buffer, headers: Record<string, string> = {}, cookie = author) =>
    app.inject({
      method: 'PUT',
      url: `/api/boards/${board.id}/suggestions/${suggestion.id}/photo`,
      headers: { 'content-type': 'image/jpeg', cookie, ...headers },
      payload: body,
    });
  const stored = () => readdirSync(app.services.photos.photoDir);
  const photoColumn = () =>
    db.prepare('SELECT photo_name FROM suggestions WHERE id = ?').get(suggestion.id) as {
      photo_name: string | null;
    };
  return { app, db, board, author, colleague, suggestion, upload, stored, photoColumn };
}

describe('photos', () => {
  it('re-encodes a camera photo: upright, at most 1600 px, WebP, without EXIF', async () => {
    const { app, upload } = await setup();
    const original = await cameraJpeg();
    const response = await upload(original);
    expect(response.statusCode).toBe(200);
    const { photo } = response.json<Suggestion>();
    expect(photo?.url).toMatch(/^\/photos\/[A-Za-z0-9_-]{22}\.webp$/);

    const served = await app.inject({ method: 'GET', url: photo?.url ?? '' });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width, meta.height)).toBe(1600);
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('SECRET-ARTIST'))).toBe(false);
    expect(served.rawPayload.length).toBeLessThan(original.length);

    const thumb = await app.inject({ method: 'GET', url: photo?.thumbUrl ?? '' });
    expect((await sharp(thumb.rawPayload).metadata()).width).toBe(480);
  });

  it('takes a phone-shrunk WebP without growing it, EXIF and GPS stripped', async () => {
    const { app, upload } = await setup();
    // What the phone app sends: 1600 × 1200 WebP near its 400 kB budget, detail on every pixel.
    const noise = Buffer.alloc(1600 * 1200 * 3);
    for (let i = 0; i < noise.length; i += 1) noise[i] = 96 + (((i * 2654435761) >>> 24) >> 2);
    const sent = await sharp(noise, { raw: { width: 1600, height: 1200, channels: 3 } })
      .withExif({
        IFD0: { Artist: 'SECRET-ARTIST' },
        IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '59/1 19/1 45/1' },
      })
      .webp({ quality: 70 })
      .toBuffer();
    const sentMeta = await sharp(sent).metadata();
    expect(sentMeta.exif?.includes(Buffer.from('SECRET-ARTIST'))).toBe(true);
    expect(sent.length).toBeLessThanOrEqual(400_000);

    const response = await upload(sent, { 'content-type': 'image/webp' });
    expect(response.statusCode).toBe(200);
    const served = await app.inject({
      method: 'GET',
      url: response.json<Suggestion>().photo?.url ?? '',
    });
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta.format).toBe('webp');
    expect([meta.width, meta.height]).toEqual([1600, 1200]);
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('SECRET-ARTIST'))).toBe(false);
    expect(served.rawPayload.includes(Buffer.from('GPS'))).toBe(false);
    expect(served.rawPayload.length).toBeLessThanOrEqual(sent.length);
  });

  it('takes the bytes, not the Content-Type, as the truth', async () => {
    const { upload } = await setup();
    const png = await sharp({ create: { width: 50, height: 40, channels: 3, background: 'white' } })
      .png()
      .toBuffer();
    expect((await upload(png, { 'content-type': 'application/octet-stream' })).statusCode).toBe(
      200,
    );
  });

  it.each([
    ['a text file', () => Buffer.from('this is not a photo at all'), 415],
    [
      'an SVG (script-capable) image',
      () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      415,
    ],
    ['a decompression bomb', () => pngBomb(), 413],
    ['a file over 8 MB', () => Buffer.alloc(8 * 1024 * 1024 + 1, 1), 413],
  ])('refuses %s and stores nothing', async (_name, make, status) => {
    const { upload, stored, photoColumn } = await setup();
    const response = await upload(make());
    expect(response.statusCode).toBe(status);
    expect(response.json<{ error: { code: string } }>().error.code).toMatch(
      /unsupported_media_type|payload_too_large/,
    );
    expect(stored()).toEqual([]);
    expect(photoColumn().photo_name).toBeNull();
  });

  it('lets only the author add a photo', async () => {
    const { app, board, colleague, upload, stored } = await setup();
    const jpeg = await cameraJpeg(300, 200);
    expect((await upload(jpeg, {}, colleague)).statusCode).toBe(403);
    expect((await upload(jpeg, {}, '')).statusCode).toBe(401);
    expect((await upload(jpeg, { 'x-display-key': board.display_key })).statusCode).toBe(403);
    const unknown = await app.inject({
      method: 'PUT',
      url: `/api/boards/${board.id}/suggestions/00000000-0000-4000-8000-0000000fffff/photo`,
      headers: { 'content-type': 'image/jpeg', cookie: colleague },
      payload: jpeg,
    });
    expect(unknown.statusCode).toBe(404);
    expect(stored()).toEqual([]);
  });

  it('keeps one photo however often the upload is retried', async () => {
    const { upload, stored, photoColumn } = await setup();
    const jpeg = await cameraJpeg(300, 200);
    const results = await Promise.all([upload(jpeg), upload(jpeg)]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200]);
    expect((await upload(jpeg)).statusCode).toBe(200);
    const name = photoColumn().photo_name;
    expect(stored().sort()).toEqual([name, name?.replace('.webp', '-thumb.webp')].sort());
  });

  it('serves only generated names', async () => {
    const { app } = await setup();
    expect(
      (await app.inject({ method: 'GET', url: '/photos/..%2F..%2Fetc%2Fpasswd' })).statusCode,
    ).toBe(400);
    expect(
      (await app.inject({ method: 'GET', url: '/photos/AAAAAAAAAAAAAAAAAAAAAA.webp' })).statusCode,
    ).toBe(404);
  });

  it('is never cached as immutable or by shared caches', async () => {
    const { app, upload } = await setup();
    const { photo } = (await upload(await cameraJpeg(300, 200))).json<Suggestion>();
    for (const url of [photo?.url, photo?.thumbUrl]) {
      const served = await app.inject({ method: 'GET', url: url ?? '' });
      expect(served.statusCode).toBe(200);
      const cache = String(served.headers['cache-control']);
      expect(cache).toContain('private');
      expect(cache).not.toContain('immutable');
      expect(cache).not.toContain('public');
      expect(Number(/max-age=(\d+)/.exec(cache)?.[1] ?? 0)).toBeLessThanOrEqual(600);
    }
  });

  it('serves the photo and thumbnail of a hidden suggestion from no URL, files deleted', async () => {
    const { app, db, board, suggestion, upload, stored } = await setup();
    const { photo } = (await upload(await cameraJpeg(300, 200))).json<Suggestion>();
    const admin = await setupAdmin(app);
    const lead = await createLead(app, admin, [board.id]);
    const hidden = await app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/suggestions/${suggestion.id}/hide`,
      headers: { cookie: lead.cookie },
      payload: { reason: 'Names a colleague' },
    });
    expect(hidden.statusCode).toBe(204);
    for (const url of [photo?.url, photo?.thumbUrl]) {
      expect((await app.inject({ method: 'GET', url: url ?? '' })).statusCode).toBe(404);
    }
    expect(stored()).toEqual([]);
    // The served set is what visible suggestions show: a file left behind by an older
    // version (hidden before this rule) is not served either.
    const name = photo?.url.replace('/photos/', '') ?? '';
    db.prepare('UPDATE suggestions SET photo_name = ? WHERE id = ?').run(name, suggestion.id);
    writeFileSync(join(app.services.photos.photoDir, name), 'left over');
    expect((await app.inject({ method: 'GET', url: photo?.url ?? '' })).statusCode).toBe(404);
  });
});
