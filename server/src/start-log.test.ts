import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { startBanner, type StartBannerFacts } from './start-banner.js';
import { createBoard, joinPhone, testApp } from './test-support/test-app.js';

/** The server at a log level, with every log line it writes captured as parsed JSON. */
async function loggedApp(level: string) {
  const lines: { level: number; msg: string }[] = [];
  const { app } = await testApp({
    logger: {
      level,
      stream: { write: (line: string) => lines.push(JSON.parse(line) as (typeof lines)[0]) },
    },
  });
  const board = createBoard(app);
  const phone = await joinPhone(app, board);
  await app.inject({ method: 'GET', url: '/api/health' });
  await app.inject({
    method: 'GET',
    url: `/api/boards/${board.id}/snapshot`,
    headers: { cookie: phone },
  });
  await app.inject({ method: 'GET', url: '/api/nothing-here' });
  await app.inject({
    method: 'POST',
    url: `/api/boards/${board.id}/suggestions`,
    headers: { cookie: phone },
    payload: { nonsense: true },
  });
  await app.close();
  return lines;
}

const perRequest = (lines: { msg: string }[]) =>
  lines.filter((line) => line.msg === 'incoming request' || line.msg === 'request completed');

describe('the operator log', () => {
  it('has no line per request at the default level', async () => {
    const level = loadConfig({ PUBLIC_URL: 'http://127.0.0.1:8080' }).logLevel;
    expect(level).toBe('info');
    const lines = await loggedApp(level);
    expect(perRequest(lines)).toEqual([]);
    expect(lines.filter((line) => /request/i.test(line.msg))).toEqual([]);
  });

  it('has them at debug, for whoever needs to follow requests', async () => {
    const lines = await loggedApp('debug');
    // Five requests (the join, health, snapshot, a 404 and a 400), each in and out.
    expect(perRequest(lines)).toHaveLength(10);
  });
});

const FACTS: StartBannerFacts = {
  version: '1.2.3',
  host: '0.0.0.0',
  port: 8080,
  dataDir: '/var/lib/tavla',
  publicUrl: 'http://10.0.0.5:8080',
  boardName: 'Hållbarhetstavla',
  boardCreated: true,
  kioskUrl: 'http://10.0.0.5:8080/board/?key=KEY123',
  joinUrl: 'http://10.0.0.5:8080/join/TOKEN456',
  qr: '▄▄▄▄▄\n█ ▄ █\n',
  setupCode: 'ABCD-EFGH-JK23-MN45',
  setupPending: true,
};

describe('the start banner', () => {
  it('shows the wall, phone and admin URLs and the setup code, each on a line of its own', () => {
    const lines = startBanner(FACTS).split('\n');
    expect(lines).toContain('  http://10.0.0.5:8080/board/?key=KEY123');
    expect(lines).toContain('  http://10.0.0.5:8080/join/TOKEN456');
    expect(lines).toContain('  http://10.0.0.5:8080/m/login');
    expect(lines).toContain('    ABCD-EFGH-JK23-MN45');
    expect(lines).toContain('Admin (create the first admin account here):');
    // The scripts and end-to-end tests that sign in as the first admin read it like this.
    expect(startBanner(FACTS)).toMatch(/create the admin account with it:\s+ABCD-EFGH-JK23-MN45/);
  });

  it('after the admin exists: no code, and the sign-in address for leads and admins', () => {
    const text = startBanner({ ...FACTS, setupCode: null, setupPending: false });
    expect(text).not.toMatch(/setup code/i);
    expect(text).toContain('Team leads and admins sign in here:\n  http://10.0.0.5:8080/m/login');
  });

  it('says how to get a new code when one is pending but was shown at an earlier start', () => {
    const text = startBanner({ ...FACTS, setupCode: null, boardCreated: false });
    expect(text).toContain('`npm run setup-code` prints a new one');
    expect(text).not.toContain('ABCD-EFGH-JK23-MN45');
  });
});
