import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { photoRows, photoShrink } from '../scripts/src/bench/weight.js';
import { startServer, type RunningServer } from './support/server.js';

// The bench's own measurement (`npm run bench -- --only photo`), held to the budget: the size
// of an encoded photo is deterministic, so a test can keep it from creeping back up.
describe('a 12-megapixel photo leaves the phone at ≤ 400 kB', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('as WebP where the canvas can write it, as JPEG where not, and the server keeps it small', async () => {
    const photo = await photoShrink(server);
    console.log(
      `12 MP photo (${photo.originalBytes} B): WebP ${photo.webp.uploadedBytes} B sent, ${photo.webp.storedBytes} B stored; JPEG ${photo.jpeg.uploadedBytes} B sent, ${photo.jpeg.storedBytes} B stored`,
    );
    expect(photo.originalBytes).toBeGreaterThan(4_000_000);
    expect(photo.webp.uploadedType).toBe('image/webp');
    expect(photo.jpeg.uploadedType).toBe('image/jpeg');
    for (const path of [photo.webp, photo.jpeg]) {
      expect(path.uploadedBytes).toBeGreaterThan(50_000);
      expect(path.uploadedBytes).toBeLessThanOrEqual(400_000);
      expect(path.storedBytes).toBeLessThanOrEqual(400_000);
    }
    expect(photoRows(photo).every((row) => row.met)).toBe(true);
  }, 300_000);
});
