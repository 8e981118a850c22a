/**
 * `npm run demo [-- --lang en]`: adds a NEW board to the server's data folder, filled with a
 * year of the method (demo/fill-demo-board.ts), for showing Tavla in a meeting. Everything
 * goes through the server's own routes with the clock set to each day, so the board is what
 * real use would have made. Run it while the server is stopped (it takes the data folder's
 * lock like the server), then `npm start`.
 */
import { join } from 'node:path';
import type { Language } from '@tavla/shared';
import { buildApp } from '../app.js';
import { ConfigError, loadConfig } from '../config.js';
import { openDataDir } from '../db/open-data-dir.js';
import { StartRefusedError } from '../db/start-checks.js';
import { demoClock, fillDemoBoard } from '../demo/fill-demo-board.js';

function languageOf(args: readonly string[]): Language {
  const at = args.indexOf('--lang');
  const value = at === -1 ? 'sv' : args[at + 1];
  if (value !== 'sv' && value !== 'en') {
    console.error('Usage: npm run demo [-- --lang sv|en]');
    process.exit(2);
  }
  return value;
}

async function main(): Promise<void> {
  const language = languageOf(process.argv.slice(2));
  process.umask(0o077);
  let config;
  let data;
  try {
    config = loadConfig();
    data = openDataDir(config.dataDir);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StartRefusedError) {
      console.error(`\nThe demo cannot run: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const clock = demoClock();
  const app = await buildApp({
    db: data.db,
    pepper: data.pepper,
    photoDir: join(config.dataDir, 'photos'),
    publicUrl: config.publicUrl,
    allowedHosts: config.allowedHosts,
    clock,
    // One process plays a dozen phones from one address in a few seconds.
    rateLimits: 'off',
  });
  try {
    console.log(`Filling a new demo board (${language}) in ${config.dataDir} …`);
    const demo = await fillDemoBoard({ app, clock, language, now: new Date() });
    clock.release();
    const links = app.services.boards.links(demo.board);
    console.log(
      [
        '',
        `Demo board "${demo.board.name}" is ready. Start the server (npm start), then open:`,
        '',
        'Wall screen (full-screen on the TV):',
        `  ${links.kioskUrl}`,
        '',
        'Phones join here:',
        `  ${links.joinUrl}`,
        '',
        `The demo's team lead signs in at ${config.publicUrl}/m/login with`,
        `  user name: ${demo.leadUsername}`,
        `  password:  ${demo.leadPassword}`,
        `and finds the roadmap at ${config.publicUrl}/m/b/${demo.board.id}/roadmap`,
        '',
      ].join('\n'),
    );
  } finally {
    await app.close();
    data.db.close();
    data.lock.release();
  }
}

main()
  // The app's timers (disk monitor, batching) may keep the event loop alive after close.
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
