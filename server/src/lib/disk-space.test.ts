import { existsSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Suggestion } from '@tavla/shared';
import { migrate } from '../db/migrate.js';
import { openDatabase } from '../db/open-database.js';
import { removeTemporaryFiles, writeAtomically } from '../modules/photos/photo-service.js';
import { createBoard, joinPhone, testApp, testUuid } from '../test-support/test-app.js';

/** A file database whose "disk" can be filled: SQLite's max_page_count caps its size. */
async function fillableApp() {
  const dir = mkdtempSync(join(tmpdir(), 'tavla-full-'));
  const db = openDatabase(join(dir, 'tavla.db'));
  migrate(db);
  const photoDir = join(dir, 'photos');
  const { app } = await testApp({ db, photoDir, rateLimits: 'off' });
  const board = createBoard(app);
  const phone = await joinPhone(app, board);
  const post = (text: string) =>
    app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/suggestions`,
      headers: { cookie: phone },
      payload: { id: testUuid(), text, dimension: 'social' },
    });
  const health = async () => (await app.inject({ url: '/api/health' })).json<{ disk: string }>();
  const fill = () => {
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
  };
  const makeRoom = () => db.pragma('max_page_count = 1000000');
  return { app, db, board, phone, post, health, fill, makeRoom, photoDir };
}

const waitForRecheck = () => new Promise((resolve) => setTimeout(resolve, 2100));

describe('a full disk', () => {
  it('answers writes with 507 disk_full, shows in /api/health, and recovers by itself', async () => {
    const { post, health, fill, makeRoom, db } = await fillableApp();
    expect((await post('Room for this one')).statusCode).toBe(201);
    expect((await health()).disk).toBe('ok');

    fill();
    const refused: { statusCode: number; json: () => unknown }[] = [];
    // Enough text to need new pages.
    for (let i = 0; i < 30; i += 1) refused.push(await post(`No room ${i} ${'x'.repeat(900)}`));
    const full = refused.filter((response) => response.statusCode !== 201);
    expect(full.length).toBeGreaterThan(0);
    for (const response of full) {
      expect(response.statusCode).toBe(507);
      expect(response.json()).toEqual({
        error: {
          code: 'disk_full',
          message: "The server's disk is full: nothing was stored.",
          retryAfterSeconds: 60,
        },
      });
    }
    const health1 = await health();
    expect(health1).toMatchObject({ status: 'ok', disk: 'full' });

    makeRoom();
    await waitForRecheck();
    expect((await health()).disk).toBe('ok');
    expect((await post('Space is back')).statusCode).toBe(201);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('leaves no photo files behind when the database cannot take the photo', async () => {
    const { app, board, phone, fill, photoDir, db } = await fillableApp();
    const posted = await app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/suggestions`,
      headers: { cookie: phone },
      payload: { id: testUuid(), text: 'A photo comes next', dimension: 'social' },
    });
    const suggestion = posted.json<Suggestion>();
    const jpeg = await sharp({
      create: { width: 64, height: 48, channels: 3, background: 'white' },
    })
      .jpeg()
      .toBuffer();
    fill();
    let response;
    for (let i = 0; i < 40; i += 1) {
      response = await app.inject({
        method: 'PUT',
        url: `/api/boards/${board.id}/suggestions/${suggestion.id}/photo`,
        headers: { cookie: phone, 'content-type': 'image/jpeg' },
        payload: jpeg,
      });
      if (response.statusCode !== 200) break;
    }
    expect(response?.statusCode).toBe(507);
    // Only the files of uploads that were stored are left; nothing half-written.
    const files = readdirSync(photoDir);
    expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    const stored = db
      .prepare('SELECT photo_name, thumb_name FROM suggestions WHERE id = ?')
      .get(suggestion.id) as { photo_name: string | null; thumb_name: string | null };
    expect(files.sort()).toEqual(
      [stored.photo_name, stored.thumb_name].filter((n) => n !== null).sort(),
    );
  });

  it('a photo write that hits ENOSPC leaves no empty temporary file and answers 507', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tavla-enospc-'));
    // /dev/full answers every write with ENOSPC, like a full disk.
    symlinkSync('/dev/full', join(dir, 'photo.webp.tmp'));
    expect(() => writeAtomically(join(dir, 'photo.webp'), Buffer.alloc(1000))).toThrow(
      expect.objectContaining({ code: 'ENOSPC' }),
    );
    expect(readdirSync(dir)).toEqual([]);

    const { app } = await testApp();
    app.get('/api/test/enospc', () => {
      writeAtomically(join(dir, 'photo.webp'), Buffer.alloc(1000));
      return {};
    });
    symlinkSync('/dev/full', join(dir, 'photo.webp.tmp'));
    const response = await app.inject({ url: '/api/test/enospc' });
    expect(response.statusCode).toBe(507);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('disk_full');
    expect(existsSync(join(dir, 'photo.webp.tmp'))).toBe(false);
  });

  it('cleans temporary files an earlier crash left in the photo folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tavla-leftovers-'));
    writeFileSync(join(dir, 'abc.webp.tmp'), '');
    writeFileSync(join(dir, 'abc.webp'), 'kept');
    expect(removeTemporaryFiles(dir)).toBe(1);
    expect(readdirSync(dir)).toEqual(['abc.webp']);
  });
});
