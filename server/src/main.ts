import QRCode from 'qrcode';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { scheduleBackups } from './db/backup.js';
import { openDataDir, type OpenDataDir } from './db/open-data-dir.js';
import { StartRefusedError, diskFullAtStart, isDiskFull } from './db/start-checks.js';
import { startBanner } from './start-banner.js';
import { defaultAppDirs } from './static-apps.js';

/**
 * The data folder once this start has taken it. A start that fails after that (a full disk
 * while creating the first board, a listen that fails) closes the database and gives the
 * folder back, so it leaves nothing behind: no note naming a process that is gone.
 */
let opened: OpenDataDir | undefined;
function giveBackDataDir(): void {
  const data = opened;
  opened = undefined;
  if (!data) return;
  try {
    data.db.close();
  } finally {
    data.lock.release();
  }
}

function fail(message: string): never {
  console.error(`\nTavla cannot start: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  // Everything the server writes (database, WAL, photos, pepper, backups) is for its own user
  // only: the database holds password hashes, and photos may show people.
  process.umask(0o077);
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  // The data folder's lock, the lost-database and pepper checks, the integrity check and the
  // migrations (db/open-data-dir.ts); each refusal says what to do.
  let data;
  try {
    data = openDataDir(config.dataDir);
  } catch (error) {
    if (error instanceof StartRefusedError) fail(error.message);
    throw error;
  }
  opened = data;
  const { db, pepper } = data;

  const version = (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;
  const app = await buildApp({
    db,
    pepper,
    photoDir: join(config.dataDir, 'photos'),
    publicUrl: config.publicUrl,
    allowedHosts: config.allowedHosts,
    network: { maxConnectionsPerAddress: config.maxConnectionsPerAddress },
    appDirs: defaultAppDirs(),
    version,
    logger: { level: config.logLevel },
    ...(config.rateLimits ? {} : { rateLimits: 'off' as const }),
  });
  app.log.info(`tavla.db passed the full integrity check in ${data.checkMs} ms`);

  const backups =
    config.backupIntervalHours > 0
      ? scheduleBackups({
          db,
          dataDir: config.dataDir,
          everyMs: config.backupIntervalHours * 60 * 60 * 1000,
          keep: config.backupKeep,
          now: () => new Date(),
          log: (message, error) =>
            error ? app.log.error({ err: error }, message) : app.log.info(message),
        })
      : null;

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal} received, closing sockets and the database`);
    backups?.stop();
    // Bounded: a connection that will not close must not keep a stopping server alive.
    const force = setTimeout(() => {
      app.log.warn('connections did not close within 8 s; closing them and exiting');
      app.server.closeAllConnections();
      giveBackDataDir();
      process.exit(0);
    }, 8000);
    force.unref();
    app
      .close()
      .then(() => {
        giveBackDataDir();
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  // The board and the setup code exist before the first request can arrive (a setup page
  // opened during start must not be told "already done"). The code is printed only once the
  // server listens; a start that fails before that withdraws it, so the next start issues a
  // new one (and `npm run setup-code` always can).
  const { board, created } = app.services.boards.ensureFirstBoard({
    name: config.boardName,
    language: config.boardLanguage,
  });
  const setupCode = await app.services.setupCodes.issueOnFirstStart();

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    if (setupCode) app.services.setupCodes.withdraw();
    giveBackDataDir();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      fail(`port ${config.port} on ${config.host} is already in use (set PORT).`);
    if (code === 'EADDRNOTAVAIL') fail(`this machine has no address ${config.host} (set HOST).`);
    throw error;
  }

  const links = app.services.boards.links(board);
  const qr = await QRCode.toString(links.joinUrl, { type: 'terminal', small: true });
  // One block, in one write, after the start's log lines: the URLs and the setup code.
  process.stdout.write(
    startBanner({
      version,
      host: config.host,
      port: config.port,
      dataDir: config.dataDir,
      publicUrl: config.publicUrl,
      boardName: board.name,
      boardCreated: created,
      kioskUrl: links.kioskUrl,
      joinUrl: links.joinUrl,
      qr,
      setupCode,
      setupPending: app.services.setupCodes.pending(),
    }),
  );
}

main().catch((error: unknown) => {
  try {
    giveBackDataDir();
  } catch (closing) {
    console.error(closing);
  }
  // A full disk anywhere in the start (the first board, the history id) is not a bug.
  if (isDiskFull(error)) fail(diskFullAtStart(resolve(process.env.DATA_DIR?.trim() || './data')));
  console.error(error);
  process.exit(1);
});
