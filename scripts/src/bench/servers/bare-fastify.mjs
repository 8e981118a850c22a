import { createHash } from 'node:crypto';
// @ts-check
/**
 * Baseline: the bare limit of the HTTP write path. A Fastify route with the same TypeBox schema
 * and validator compiler as Tavla's suggestion POST, which inserts the same row with
 * better-sqlite3 into a database with Tavla's schema (its migration files, in order) and its
 * pragmas (WAL, synchronous=FULL, as server/src/db/open-database.ts). No authentication,
 * sequence numbers, change log or broadcast.
 * A vote route does the same for "me too" (insert the vote, move the tally).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import { CreateSuggestionBodySchema, VoteBodySchema } from '@tavla/shared';

const port = Number(process.env.PORT);
const db = new Database(join(process.env.DATA_DIR ?? '.', 'bare.db'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 5000');
// The SQL function Tavla's migration 009 calls (device ids are stored as SHA-256).
db.function('sha256_hex', { deterministic: true }, (value) =>
  typeof value === 'string' ? createHash('sha256').update(value).digest('hex') : null,
);
const migrations = fileURLToPath(new URL('../../../../server/migrations/', import.meta.url));
for (const file of readdirSync(migrations)
  .filter((f) => f.endsWith('.sql'))
  .sort()) {
  db.exec(readFileSync(join(migrations, file), 'utf8'));
}
const at = new Date().toISOString();
db.prepare(
  `INSERT INTO boards (id, name, language, join_token, display_key, last_seq, created_at)
   VALUES ('bench', 'Bench', 'en', 'join', 'key', 0, ?)`,
).run(at);
const insert = db.prepare(
  `INSERT INTO suggestions
     (id, board_id, device_id, text, dimension, author_name, status, status_note, duplicate_of,
      status_changed_at, hidden_at, hidden_reason, hidden_by, vote_count, comment_count,
      photo_name, thumb_name, goal_id, created_at, updated_at, seq)
   VALUES (@id, 'bench', NULL, @text, @dimension, NULL, 'new', NULL, NULL, @at, NULL, NULL, NULL,
      0, 0, NULL, NULL, NULL, @at, @at, 0)`,
);
const insertDevice = db.prepare(
  `INSERT OR IGNORE INTO devices (id, created_at, last_seen_at) VALUES (?, ?, ?)`,
);
const addVote = db.prepare(
  'INSERT OR IGNORE INTO votes (suggestion_id, device_id, created_at) VALUES (?, ?, ?)',
);
const bump = db.prepare('UPDATE suggestions SET vote_count = vote_count + 1 WHERE id = ?');
const tally = db.prepare('SELECT vote_count FROM suggestions WHERE id = ?');

const app = Fastify({ logger: false }).setValidatorCompiler(TypeBoxValidatorCompiler);
app.post(
  '/api/boards/:boardId/suggestions',
  { schema: { body: CreateSuggestionBodySchema } },
  async (request, reply) => {
    const body = /** @type {{ id: string; text: string; dimension: string }} */ (request.body);
    const now = new Date().toISOString();
    insert.run({ id: body.id, text: body.text, dimension: body.dimension, at: now });
    return reply.status(201).send({ id: body.id, text: body.text, dimension: body.dimension });
  },
);
app.put(
  '/api/boards/:boardId/suggestions/:suggestionId/vote',
  { schema: { body: VoteBodySchema } },
  async (request) => {
    const { suggestionId } = /** @type {{ suggestionId: string }} */ (request.params);
    const device = String(request.headers['x-device'] ?? 'anonymous');
    const now = new Date().toISOString();
    db.transaction(() => {
      insertDevice.run(device, now, now);
      if (addVote.run(suggestionId, device, now).changes === 1) bump.run(suggestionId);
    })();
    const row = /** @type {{ vote_count: number } | undefined} */ (tally.get(suggestionId));
    return { voted: true, votes: row?.vote_count ?? 0 };
  },
);

await app.listen({ port, host: '127.0.0.1' });
console.log(`bare fastify on ${port}`);
process.on('SIGTERM', () => {
  void app.close().then(() => {
    db.close();
    process.exit(0);
  });
});
