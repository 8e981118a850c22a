import type { Participation } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import type { Clock } from '../../lib/clock.js';
import { periodInstants, quarterOf } from '../../lib/period.js';
import type { MethodSettings } from '../method/method-settings.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Participation of a board's devices in a period: the one figure the wall (the target's
 * progress), the analytics page and the report share. A device contributes by any write of
 * its own to the board: a suggestion, a "me too", a comment, a workshop answer, dots, an
 * acknowledgement, or a follow-up note, vote or pulse answer. Counts are of devices. What a
 * lead hid (a suggestion, a comment, a note) is no contribution and is not counted.
 */
export function createParticipation(deps: { db: Db; settings: MethodSettings; clock: Clock }) {
  const { db, settings, clock } = deps;

  // "Me too" and comments carry no board: they are found by their time first (CROSS JOIN
  // keeps SQLite from starting at the board's suggestions, all of them) and then checked for
  // the board through the suggestion's key.
  const contributors = db.prepare<
    [{ boardId: string; from: string; to: string }],
    { count: number }
  >(
    `SELECT COUNT(*) AS count FROM (
       SELECT device_id FROM suggestions
        WHERE board_id = @boardId AND created_at >= @from AND created_at < @to
          AND hidden_at IS NULL
       UNION SELECT v.device_id FROM votes v CROSS JOIN suggestions s ON s.id = v.suggestion_id
        WHERE s.board_id = @boardId AND v.created_at >= @from AND v.created_at < @to
       UNION SELECT c.device_id FROM comments c CROSS JOIN suggestions s ON s.id = c.suggestion_id
        WHERE s.board_id = @boardId AND c.created_at >= @from AND c.created_at < @to
          AND c.hidden_at IS NULL
       UNION SELECT a.device_id FROM workshop_answer_ids a
         JOIN workshop_sessions w ON w.id = a.session_id
        WHERE w.board_id = @boardId AND a.answered_at >= @from AND a.answered_at < @to
       UNION SELECT d.device_id FROM interest_dots d JOIN interest_votes i ON i.id = d.vote_id
        WHERE i.board_id = @boardId AND d.placed_at >= @from AND d.placed_at < @to
       UNION SELECT k.device_id FROM announcement_acks k
         JOIN announcements a ON a.id = k.announcement_id
        WHERE a.board_id = @boardId AND k.acknowledged_at >= @from AND k.acknowledged_at < @to
       UNION SELECT n.device_id FROM follow_up_notes n JOIN follow_ups f ON f.id = n.follow_up_id
        WHERE f.board_id = @boardId AND n.created_at >= @from AND n.created_at < @to
          AND n.hidden_at IS NULL
       UNION SELECT v.device_id FROM follow_up_votes v JOIN follow_ups f ON f.id = v.follow_up_id
        WHERE f.board_id = @boardId AND v.created_at >= @from AND v.created_at < @to
       UNION SELECT p.device_id FROM follow_up_pulse p JOIN follow_ups f ON f.id = p.follow_up_id
        WHERE f.board_id = @boardId AND p.answered_at >= @from AND p.answered_at < @to
     ) WHERE device_id IS NOT NULL`,
  );
  const active = db.prepare<[{ boardId: string; since: string; until: string }], { count: number }>(
    `SELECT COUNT(*) AS count FROM device_boards b JOIN devices d ON d.id = b.device_id
      WHERE b.board_id = @boardId AND d.last_seen_at > @since AND d.last_seen_at <= @until`,
  );
  const posted = db.prepare<[{ boardId: string; from: string; to: string }], { count: number }>(
    `SELECT COUNT(*) AS count FROM suggestions
      WHERE board_id = @boardId AND created_at >= @from AND created_at < @to
        AND hidden_at IS NULL`,
  );

  /** Participation from `from` to `to` (days, both included). */
  function of(boardId: string, from: string, to: string): Participation {
    const row = settings.get(boardId);
    const instants = periodInstants({ from, to });
    const range = { boardId, from: instants.since, to: instants.until };
    const count = contributors.get(range)?.count ?? 0;
    // A period that has not ended yet (this quarter) counts up to now, the phone that asks
    // (seen this very moment) included: the 30 days are (until − 30 days, until].
    const until = Math.min(Date.parse(range.to), clock.now().getTime());
    const activeDevices =
      active.get({
        boardId,
        since: new Date(until - 30 * DAY_MS).toISOString(),
        until: new Date(until).toISOString(),
      })?.count ?? 0;
    const employees = row.employees;
    const percent = employees === null ? null : Math.round((count / employees) * 1000) / 10;
    const days = Math.max(1, (until - Date.parse(range.from)) / DAY_MS);
    const suggestions = posted.get(range)?.count ?? 0;
    const target = row.participation_target;
    return {
      from,
      to,
      employees,
      activeDevices,
      contributors: count,
      percent,
      target,
      reached: target === null || percent === null ? null : percent >= target,
      suggestionsPerEmployeeYear:
        employees === null ? null : Math.round(((suggestions / employees) * 365 * 10) / days) / 10,
    };
  }

  return {
    of,
    /** This calendar quarter so far: what the target is measured against. */
    thisQuarter(boardId: string): Participation {
      const { from, to } = quarterOf(clock.now());
      return of(boardId, from, to);
    },
  };
}

export type ParticipationReads = ReturnType<typeof createParticipation>;
