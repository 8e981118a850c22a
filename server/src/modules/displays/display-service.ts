import type { Display, DisplayHeartbeat } from '@tavla/shared';
import { normaliseLine } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import type { Clock } from '../../lib/clock.js';

interface DisplayRow {
  id: string;
  board_id: string;
  build: string;
  heap_bytes: number | null;
  user_agent: string;
  first_seen_at: string;
  last_seen_at: string;
}

/** Heartbeats of wall screens: when each was last alive, on which build, with how much heap. */
export function createDisplayService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const upsert = db.prepare<[DisplayRow]>(
    `INSERT INTO displays (id, board_id, build, heap_bytes, user_agent, first_seen_at, last_seen_at)
     VALUES (@id, @board_id, @build, @heap_bytes, @user_agent, @first_seen_at, @last_seen_at)
     ON CONFLICT (board_id, id) DO UPDATE SET build = excluded.build, heap_bytes = excluded.heap_bytes,
       user_agent = excluded.user_agent, last_seen_at = excluded.last_seen_at`,
  );
  const ofBoard = db.prepare<[string], DisplayRow>(
    'SELECT * FROM displays WHERE board_id = ? ORDER BY last_seen_at DESC',
  );
  return {
    heartbeat(boardId: string, beat: DisplayHeartbeat): string {
      const at = clock.now().toISOString();
      upsert.run({
        id: beat.displayId,
        board_id: boardId,
        // Socket payloads skip the HTTP edge: the same normaliser, applied here.
        build: normaliseLine(beat.build),
        heap_bytes: beat.heapBytes,
        user_agent: normaliseLine(beat.userAgent),
        first_seen_at: at,
        last_seen_at: at,
      });
      return at;
    },
    list: (boardId: string): Display[] =>
      ofBoard.all(boardId).map((row) => ({
        id: row.id,
        build: row.build,
        heapBytes: row.heap_bytes,
        userAgent: row.user_agent,
        firstSeenAt: row.first_seen_at,
        lastSeenAt: row.last_seen_at,
      })),
  };
}

export type DisplayService = ReturnType<typeof createDisplayService>;
