/**
 * Test helper run as its own process (`node --import tsx …`): takes DATA_DIR's lock as a server
 * would, says "locked" on stdout, and holds it until it is killed.
 */
import { lockDataDir } from '../db/data-dir-lock.js';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: hold-data-dir-lock <dataDir>');
lockDataDir(dataDir, 'server');
process.stdout.write('locked\n');
setInterval(() => undefined, 60_000);
