import QRCode from 'qrcode';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { scheduleBackups } from './db/backup.js';
import { DatabaseDamagedError, checkDatabase } from './db/check-database.js';
import { MigrationError, migrate } from './db/migrate.js';
import { openDatabase } from './db/open-database.js';
import { loadOrCreatePepper } from './lib/secret-hash.js';
import { defaultAppDirs } from './static-apps.js';

function fail(message: string): never {
  console.error(`\nTavla cannot start: ${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) fail(error.message);
    throw error;
  }

  const dbFile = join(config.dataDir, 'tavla.db');
  let db;
  try {
    db = openDatabase(dbFile);
  } catch (error) {
    fail(
      `${dbFile} cannot be opened: ${String(error)}. Restore the latest backup (npm run restore).`,
    );
  }
  try {
    checkDatabase(db, dbFile);
    migrate(db);
  } catch (error) {
    db.close();
    if (error instanceof MigrationError || error instanceof DatabaseDamagedError)
      fail(error.message);
    throw error;
  }

  const version = (
    JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;
  const pepper = loadOrCreatePepper(config.dataDir);
  const app = await buildApp({
    db,
    pepper,
    photoDir: join(config.dataDir, 'photos'),
    publicUrl: config.publicUrl,
    appDirs: defaultAppDirs(),
    version,
    logger: { level: config.logLevel },
    ...(config.rateLimits ? {} : { rateLimits: 'off' as const }),
  });

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
      db.close();
      process.exit(0);
    }, 8000);
    force.unref();
    app
      .close()
      .then(() => {
        db.close();
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error(error);
        process.exit(1);
      });
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    db.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      fail(`port ${config.port} on ${config.host} is already in use (set PORT).`);
    if (code === 'EADDRNOTAVAIL') fail(`this machine has no address ${config.host} (set HOST).`);
    throw error;
  }

  // Only once the server is reachable, so a failed first start cannot swallow the setup code.
  const { board, created } = app.services.boards.ensureFirstBoard({
    name: config.boardName,
    language: config.boardLanguage,
  });
  const setupCode = await app.services.setupCodes.issueOnFirstStart();

  const links = app.services.boards.links(board);
  const qr = await QRCode.toString(links.joinUrl, { type: 'terminal', small: true });
  const lines = [
    '',
    `Tavla ${version} is running on ${config.host}:${config.port} (data in ${config.dataDir})`,
    created ? `Created the board "${board.name}".` : `Board: "${board.name}"`,
    '',
    'Wall screen (open full-screen on the TV):',
    `  ${links.kioskUrl}`,
    '',
    'Phone join URL (inside the QR code):',
    `  ${links.joinUrl}`,
    '',
    qr,
  ];
  if (setupCode) {
    lines.push(
      'One-time setup code (shown only now, keep it safe). Open the phone app, choose',
      `"Sign in" → "First start", and create the admin account with it:  ${setupCode}`,
      '',
    );
  }
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
