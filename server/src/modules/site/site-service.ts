import {
  SCREEN_LIVE_MS,
  SITE_DONE_DAYS,
  goalProgress,
  type BoardOverview,
  type BoardSummary,
  type Goal,
  type SiteOverview,
  type SiteSummary,
  type SiteWallBody,
  type SiteWallSettings,
} from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import type { Clock } from '../../lib/clock.js';
import { randomToken } from '../../lib/random-token.js';
import { sha256Hex } from '../../lib/sha256.js';
import { invalid, unauthorized } from '../../http/app-error.js';
import { goalStanding } from '../analytics/goal-standing.js';
import type { ParticipationReads } from '../analytics/participation.js';
import { linkReplaced } from '../boards/board-links.js';
import type { BoardRepository, BoardRow } from '../boards/board-repository.js';
import type { RoadmapService } from '../roadmap/roadmap-service.js';
import type { SiteRepository, SiteWallRow } from './site-repository.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Told after the site wall's settings changed or its key was replaced (committed). */
export type SiteListener = (what: 'settings' | 'key') => void;

/**
 * Many boards, one site. The admin's overview reads every board in one query (its screens and
 * latest change) and adds what the board's own pages show, computed by the same services:
 * this quarter's participation, the active goals' status, the roadmap's current step. The
 * site wall shows chosen boards' summaries to anyone with its read-only key, nothing else.
 */
export function createSiteService(deps: {
  db: Db;
  repo: SiteRepository;
  boards: BoardRepository;
  listGoals: (board: BoardRow) => Goal[];
  participation: ParticipationReads;
  roadmap: RoadmapService;
  publicUrl: string;
  clock: Clock;
}) {
  const { db, repo, clock } = deps;
  const listeners = new Set<SiteListener>();
  const tell = (what: 'settings' | 'key') => {
    for (const listener of listeners) listener(what);
  };

  // There is always one site wall (showing no board until an admin chooses some), so its
  // key exists from the first start: 192 bits, like the boards' display keys.
  repo.create({
    name: 'Tavla',
    language: 'sv',
    layout: 'side_by_side',
    turn_seconds: 20,
    display_key: randomToken(24),
    updated_at: clock.now().toISOString(),
  });

  function wallRow(): SiteWallRow {
    const row = repo.wall();
    if (!row) throw new Error('The site wall row is missing');
    return row;
  }

  function settingsOf(row: SiteWallRow): SiteWallSettings {
    return {
      name: row.name,
      language: row.language,
      layout: row.layout,
      turnSeconds: row.turn_seconds,
      boardIds: repo.boardIds(),
      url: `${deps.publicUrl}/board/site/?key=${row.display_key}`,
    };
  }

  function summaryOf(
    board: BoardRow,
    counts: { new: number; in_progress: number; done_lately: number } | undefined,
    now: Date,
  ): BoardSummary {
    const latest = repo.latestDone(board.id);
    return {
      id: board.id,
      name: board.name,
      language: board.language,
      seq: board.last_seq,
      goals: deps
        .listGoals(board)
        .filter((goal) => goal.state === 'active')
        .map((goal) => {
          const progress = goalProgress(goal, now);
          return {
            id: goal.id,
            title: goal.title,
            dimension: goal.dimension,
            state: goal.state,
            percent: progress === null ? null : Math.round(progress.percent),
            status: progress?.status ?? null,
          };
        }),
      counts: {
        new: counts?.new ?? 0,
        inProgress: counts?.in_progress ?? 0,
        doneLately: counts?.done_lately ?? 0,
      },
      latestDone: latest
        ? { text: latest.text, dimension: latest.dimension, doneAt: latest.status_changed_at }
        : null,
      participation: deps.participation.thisQuarter(board.id),
    };
  }

  return {
    /** Every board at a glance, for admins: one query for the boards, then per-board figures. */
    overview(): SiteOverview {
      const now = clock.now();
      const rows = repo.overview(new Date(now.getTime() - SCREEN_LIVE_MS).toISOString());
      const boards = rows.map((row): BoardOverview => {
        const goals = deps.listGoals(row);
        const steps = deps.roadmap.roadmap(row, goals).steps;
        const current = steps.find((step) => step.status !== 'done') ?? null;
        return {
          id: row.id,
          name: row.name,
          language: row.language,
          screens: { live: row.screens_live, lastSeenAt: row.screens_seen_at },
          lastActivityAt: row.last_change_at,
          archivedAt: row.archived_at,
          participation: deps.participation.thisQuarter(row.id),
          goals: goalStanding(goals, now),
          roadmap: {
            done: steps.filter((step) => step.status === 'done').length,
            current: current && { step: current.step, key: current.key, status: current.status },
          },
        };
      });
      return { generatedAt: now.toISOString(), boards };
    },

    settings: (): SiteWallSettings => settingsOf(wallRow()),

    /** An admin chooses the boards (in their order), the layout and the turn length. */
    update(body: SiteWallBody): SiteWallSettings {
      const row = db.transaction(() => {
        body.boardIds.forEach((id, index) => {
          if (!deps.boards.findById(id)) {
            throw invalid(`There is no board ${id}.`, { field: `boardIds/${index}` });
          }
        });
        repo.update({
          name: body.name,
          language: body.language,
          layout: body.layout,
          turn_seconds: body.turnSeconds,
          updated_at: clock.now().toISOString(),
        });
        repo.setBoards(body.boardIds);
        return wallRow();
      })();
      tell('settings');
      return settingsOf(row);
    },

    /** A new key: the old one is cut off at once and answers `link_replaced` afterwards. */
    rotateKey(): SiteWallSettings {
      const row = db.transaction(() => {
        const at = clock.now().toISOString();
        repo.rememberKey(sha256Hex(wallRow().display_key), at);
        repo.setKey(randomToken(24), at);
        return wallRow();
      })();
      tell('key');
      return settingsOf(row);
    },

    /** The site wall's key, checked: refused when unknown, `link_replaced` when replaced. */
    checkKey(key: string | undefined): void {
      if (key === undefined || key === '') throw unauthorized('Open the site wall with its key.');
      if (repo.byKey(key)) return;
      if (repo.isReplaced(sha256Hex(key))) {
        throw linkReplaced('This site-wall link was replaced. Open the new one.');
      }
      throw unauthorized('The site-wall key is not valid.');
    },

    /** What the site wall shows: the chosen boards' summaries, in the admin's order. */
    summary(): SiteSummary {
      const now = clock.now();
      const row = wallRow();
      const doneSince = new Date(now.getTime() - SITE_DONE_DAYS * DAY_MS).toISOString();
      const counts = new Map(repo.counts(doneSince).map((c) => [c.board_id, c]));
      const boards = repo
        .boardIds()
        .map((id) => deps.boards.findById(id))
        .filter((board): board is BoardRow => board !== undefined)
        .map((board) => summaryOf(board, counts.get(board.id), now));
      return {
        name: row.name,
        language: row.language,
        layout: row.layout,
        turnSeconds: row.turn_seconds,
        generatedAt: now.toISOString(),
        boards,
      };
    },

    /** Whether the site wall shows this board (its changes are then announced to it). */
    shows: (boardId: string): boolean => repo.shows(boardId),

    onChange(listener: SiteListener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export type SiteService = ReturnType<typeof createSiteService>;
