import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testApp } from './test-support/test-app.js';

function fakeBuild(): { board: string; mobile: string } {
  const root = mkdtempSync(join(tmpdir(), 'tavla-apps-'));
  const dirs = { board: join(root, 'board'), mobile: join(root, 'mobile') };
  for (const [name, dir] of Object.entries(dirs)) {
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), `<!doctype html><title>${name}</title>`);
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), `console.log('${name}')`);
  }
  return dirs;
}

describe('static apps', () => {
  it('serves the kiosk at /board/ and the phone app at /m/, with client routes', async () => {
    const { app } = await testApp({ appDirs: fakeBuild() });
    const kiosk = await app.inject({ method: 'GET', url: '/board/?key=abc' });
    expect(kiosk.statusCode).toBe(200);
    expect(kiosk.body).toContain('<title>board</title>');
    expect(kiosk.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ method: 'GET', url: '/m/assets/app-abc123.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    const clientRoute = await app.inject({ method: 'GET', url: '/m/b/some-board-id' });
    expect(clientRoute.statusCode).toBe(200);
    expect(clientRoute.body).toContain('<title>mobile</title>');
    const noSlash = await app.inject({ method: 'GET', url: '/board?key=abc' });
    expect(noSlash.statusCode).toBe(301);
    expect(noSlash.headers.location).toBe('/board/?key=abc');
    const root = await app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(302);
    expect(root.headers.location).toBe('/m/');
  });

  it('refuses to start without built apps', async () => {
    await expect(
      testApp({ appDirs: { board: '/nonexistent/a', mobile: '/nonexistent/b' } }),
    ).rejects.toThrow(/not built/);
  });
});
