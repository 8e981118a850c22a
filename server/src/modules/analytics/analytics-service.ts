import {
  DIMENSIONS,
  WAITING_DAYS,
  isoDay,
  localDay,
  stepsOf,
  type Analytics,
  type Goal,
  type ParticipationTargetBody,
  type PeriodQuery,
} from '@tavla/shared';
import { ANALYTICS_MAX_DAYS, lastMonths, monthsOf } from '@tavla/shared/analytics-period';
import { invalid } from '../../http/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { periodInstants } from '../../lib/period.js';
import type { AnalysisRepository } from '../analysis/analysis-repository.js';
import type { AnalysisScores } from '../analysis/analysis-scores.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRow } from '../boards/board-repository.js';
import type { FollowUpReads } from '../follow-ups/follow-up-reads.js';
import type { MethodSettings } from '../method/method-settings.js';
import type { MethodStateService } from '../method/method-state.js';
import type { AnalyticsRepository, InstantRange, LeadRow } from './analytics-repository.js';
import { goalStanding } from './goal-standing.js';
import { durationStats, groupStats, type LeadSample } from './lead-time.js';
import type { ParticipationReads } from './participation.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The period asked for, or the default: the last 12 calendar months up to today. */
function periodFor(query: PeriodQuery, today: string): { from: string; to: string } {
  const to = query.to ?? today;
  const from = query.from ?? lastMonths(to, 12).from;
  if (from > to) {
    throw invalid('The period ends before it starts: `from` must not be after `to`.', {
      field: 'from',
    });
  }
  if ((Date.parse(to) - Date.parse(from)) / DAY_MS >= ANALYTICS_MAX_DAYS) {
    throw invalid(`A period covers at most ${ANALYTICS_MAX_DAYS} days.`, { field: 'from' });
  }
  return { from, to };
}

const percentOf = (count: number, of: number | null): number | null =>
  of === null ? null : Math.round((count / of) * 1000) / 10;

/** How long a suggestion took from being posted to `at`, and which device posted it. */
const sample = (row: LeadRow): LeadSample => ({
  deviceId: row.device_id,
  ms: Date.parse(row.at) - Date.parse(row.created_at),
});

/**
 * What a board's history says, for its lead or an admin (the analytics page), and the board's
 * participation target. Figures count devices, never people; a breakdown over fewer than
 * SMALL_GROUP_MIN devices is null.
 *
 * Definitions (the page and the report say the same):
 *  - flow: suggestions posted per calendar month, and suggestions done per month by when they
 *    were done (the status event to done; a suggestion reopened counts when done last);
 *  - lead time: from posted to the first decision (first status change), over the
 *    suggestions first decided in the period; and from posted to done, over the suggestions
 *    done in the period (so the done figures and the flow's done bars are the same ones);
 *  - bottleneck and goals are now, whatever the period.
 */
export function createAnalyticsService(deps: {
  repo: AnalyticsRepository;
  participation: ParticipationReads;
  followUpReads: FollowUpReads;
  analysis: AnalysisRepository;
  scores: AnalysisScores;
  settings: MethodSettings;
  listGoals: (board: BoardRow) => Goal[];
  method: MethodStateService;
  boardChanges: BoardChanges;
  clock: Clock;
}) {
  const { repo, clock } = deps;

  function leadTime(decided: LeadRow[], done: LeadRow[]): Analytics['leadTime'] {
    return {
      all: {
        decision: durationStats(decided.map(sample).map((s) => s.ms)),
        done: durationStats(done.map(sample).map((s) => s.ms)),
      },
      byDimension: DIMENSIONS.map((dimension) => ({
        dimension,
        decision: groupStats(decided.filter((r) => r.dimension === dimension).map(sample)),
        done: groupStats(done.filter((r) => r.dimension === dimension).map(sample)),
      })),
    };
  }

  function flow(
    range: InstantRange,
    doneRows: LeadRow[],
    period: { from: string; to: string },
  ): Analytics['flow'] {
    const posted = new Map(repo.postedByMonth(range).map((row) => [row.month, row.count]));
    const done = new Map<string, number>();
    for (const row of doneRows) {
      const month = row.at.slice(0, 7);
      done.set(month, (done.get(month) ?? 0) + 1);
    }
    return monthsOf(period.from, period.to).map((month) => ({
      month,
      posted: posted.get(month) ?? 0,
      done: done.get(month) ?? 0,
    }));
  }

  const goals = (board: BoardRow, now: Date): Analytics['goals'] =>
    goalStanding(deps.listGoals(board), now);

  function analysis(board: BoardRow): Analytics['analysis'] {
    const round = deps.analysis.latestFinished(board.id);
    if (!round?.finished_at) return null;
    const { scores, previous } = deps.scores.scoresOf(round);
    return {
      roundId: round.id,
      name: round.name,
      previousName: previous?.name ?? null,
      scores: scores.map((score) => ({
        categoryId: score.categoryId,
        dimension: score.dimension,
        percent: score.percent,
        previousPercent: score.previousPercent,
      })),
    };
  }

  return {
    /** The analytics page's figures for a period (default: the last 12 months to today). */
    of(board: BoardRow, query: PeriodQuery): Analytics {
      const now = clock.now();
      const today = isoDay(now);
      const { from, to } = periodFor(query, today);
      const { since, until } = periodInstants({ from, to });
      const range: InstantRange = { boardId: board.id, from: since, to: until };
      const employees = deps.settings.get(board.id).employees;
      const done = repo.done(range);
      return {
        boardId: board.id,
        from,
        to,
        generatedAt: now.toISOString(),
        participation: deps.participation.of(board.id, from, to),
        flow: flow(range, done, { from, to }),
        leadTime: leadTime(repo.decided(range), done),
        bottleneck: {
          waiting: repo.waiting(
            board.id,
            new Date(now.getTime() - WAITING_DAYS * DAY_MS).toISOString(),
          ),
          // Due dates are the site's calendar days, as on the wall, the phone and the roadmap.
          overdueActions: repo.overdueActions(board.id, localDay(now)),
        },
        goals: goals(board, now),
        acknowledgements: repo.acknowledged(range).map((row) => ({
          announcementId: row.id,
          title: row.title,
          acks: row.acks,
          share: percentOf(row.acks, employees),
        })),
        pulse: repo
          .endedFollowUps(range)
          .filter((row) => stepsOf(row.kind).includes('pulse'))
          .map((row) => ({
            followUpId: row.id,
            date: row.ended_at.slice(0, 10),
            result: deps.followUpReads.pulseOf(row.id),
          })),
        analysis: analysis(board),
      };
    },

    /**
     * A lead sets the share of employees that should contribute each quarter (null: none). It
     * is a method change: the wall refetches participation when the method's seq moves.
     */
    setTarget(board: BoardRow, target: number | null): ParticipationTargetBody {
      deps.boardChanges.commit(board, (seq) => {
        deps.settings.setParticipationTarget(board.id, target);
        return deps.method.changed(board, seq);
      });
      return { target: deps.settings.get(board.id).participation_target };
    },
  };
}

export type AnalyticsService = ReturnType<typeof createAnalyticsService>;
