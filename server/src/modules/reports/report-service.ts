import {
  DIMENSIONS,
  REPORT_HIGHLIGHTS,
  REPORT_NOTES_PER_KIND,
  goalProgress,
  isoDay,
  type Goal,
  type PeriodQuery,
  type Report,
  type ReportAnalysis,
  type ReportGoal,
  type ReportMatrix,
  type ReportFollowUp,
  type RoadmapStepKey,
} from '@tavla/shared';
import type { Clock } from '../../lib/clock.js';
import type { AnalysisRepository } from '../analysis/analysis-repository.js';
import type { AnalysisScores } from '../analysis/analysis-scores.js';
import type { AnnouncementRepository } from '../announcements/announcement-repository.js';
import type { ParticipationReads } from '../analytics/participation.js';
import type { BoardRow } from '../boards/board-repository.js';
import type { FollowUpReads } from '../follow-ups/follow-up-reads.js';
import type { MaterialityRepository } from '../materiality/materiality-repository.js';
import type { MatrixReads } from '../materiality/matrix.js';
import type { RoadmapService } from '../roadmap/roadmap-service.js';
import { toSuggestion } from '../suggestions/suggestion-service.js';
import type { WorkshopRepository } from '../workshops/workshop-repository.js';
import { periodInstants } from '../../lib/period.js';
import { reportPeriod } from './report-period.js';
import type { ReportRepository } from './report-repository.js';

/** The earliest of some instants, as a day (null when there are none). */
const firstDay = (instants: readonly (string | null | undefined)[]): string | null => {
  const known = instants.filter((at): at is string => typeof at === 'string');
  if (known.length === 0) return null;
  return isoDay(new Date(known.reduce((a, b) => (a < b ? a : b))));
};
const dayOf = (at: string | null | undefined): string | null => (at ? isoDay(new Date(at)) : null);

/**
 * The roadmap report: a composition of the reads behind the other screens (the roadmap's
 * steps, the analysis scores, the kept matrix, the goals and their progress, participation,
 * the latest follow-up), for one board and period. Its own SQL is only what no other read
 * answers (report-repository.ts).
 */
export function createReportService(deps: {
  repo: ReportRepository;
  roadmap: RoadmapService;
  analysis: AnalysisRepository;
  scores: AnalysisScores;
  matrix: MatrixReads;
  materiality: MaterialityRepository;
  workshops: WorkshopRepository;
  announcements: AnnouncementRepository;
  listGoals: (board: BoardRow) => Goal[];
  participation: ParticipationReads;
  followUps: FollowUpReads;
  clock: Clock;
}) {
  const { repo, clock } = deps;

  function analysisOf(board: BoardRow): ReportAnalysis | null {
    const row = deps.analysis.latestFinished(board.id);
    if (!row?.finished_at) return null;
    const round = deps.scores.toRound(row);
    return {
      roundId: round.id,
      name: round.name,
      finishedAt: row.finished_at,
      previousName: round.previous?.name ?? null,
      forms: round.forms.map((form) => ({ dimension: form.dimension, percent: form.percent })),
      scores: round.scores.map((score) => ({
        categoryId: score.categoryId,
        dimension: score.dimension,
        percent: score.percent,
        previousPercent: score.previousPercent,
      })),
    };
  }

  function matrixOf(board: BoardRow, goals: readonly Goal[]): ReportMatrix | null {
    const kept = deps.matrix.kept(board.id);
    const vote = kept?.voteId ? deps.materiality.vote(kept.voteId) : undefined;
    if (!kept || !vote?.closed_at) return null;
    return {
      keptAt: vote.closed_at,
      voters: kept.voters,
      startHere: kept.points
        .filter((point) => point.quadrant === 'start_here')
        .map((point) => point.categoryId),
      chosen: goals
        .filter((goal) => goal.state !== 'archived' && goal.origin?.voteId === vote.id)
        .map((goal) => ({
          goalId: goal.id,
          title: goal.title,
          categoryId: (goal.origin as NonNullable<Goal['origin']>).categoryId,
        })),
    };
  }

  function goalOf(goal: Goal, period: { from: string; to: string }, now: Date): ReportGoal {
    const progress = goalProgress(goal, now);
    const latest = goal.measurements.reduce<Goal['measurements'][number] | null>(
      (found, m) => (found === null || m.date >= found.date ? m : found),
      null,
    );
    return {
      id: goal.id,
      title: goal.title,
      dimension: goal.dimension,
      metric: goal.metric,
      unit: goal.unit,
      baselineValue: goal.baselineValue,
      baselineDate: goal.baselineDate,
      targetValue: goal.targetValue,
      deadline: goal.deadline,
      responsible: goal.responsible,
      latest: latest ? { value: latest.value, date: latest.date } : null,
      percent: progress?.percent ?? null,
      status: progress?.status ?? null,
      measurements: goal.measurements
        .filter((m) => m.date >= period.from && m.date <= period.to)
        .map((m) => ({ date: m.date, value: m.value }))
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    };
  }

  /** The latest ended follow-up and the next follow-up's date it set. */
  function followUpOf(
    board: BoardRow,
  ): { followUp: ReportFollowUp; nextDate: string | null } | null {
    const detail = deps.followUps.latestDetail(board.id);
    if (!detail?.endedAt) return null;
    const shown = detail.notes.filter((note) => note.hidden !== true);
    const notes = (kind: 'went_well' | 'do_better') =>
      shown
        .filter((note) => note.kind === kind)
        .slice(0, REPORT_NOTES_PER_KIND)
        .map((note) => ({ text: note.text, votes: note.votes }));
    const followUp: ReportFollowUp = {
      id: detail.id,
      kind: detail.kind,
      endedAt: detail.endedAt,
      wentWell: notes('went_well'),
      doBetter: notes('do_better'),
      carried: detail.carried.map(({ action, outcome }) => ({
        text: action.text,
        owner: action.owner,
        outcome,
      })),
      actions: detail.newActions,
      learning: detail.learning,
    };
    return { followUp, nextDate: detail.nextDate };
  }

  return {
    report(board: BoardRow, query: PeriodQuery): Report {
      const now = clock.now();
      const period = reportPeriod(query, now);
      const { since, until } = periodInstants(period);
      const goals = deps.listGoals(board);
      const active = goals.filter((goal) => goal.state === 'active');
      const analysis = analysisOf(board);
      const matrix = matrixOf(board, goals);
      const latest = followUpOf(board);
      const dates: Record<RoadmapStepKey, string | null> = {
        workshop: firstDay(deps.workshops.sessions(board.id).map((s) => s.ended_at)),
        analysis: dayOf(analysis?.finishedAt),
        materiality: dayOf(matrix?.keptAt),
        goals: firstDay(active.map((goal) => goal.stateChangedAt)),
        implementation: firstDay(deps.announcements.ofBoard(board.id).map((a) => a.published_at)),
        execution: dayOf(repo.firstSuggestionAt(board.id)),
        follow_up: dayOf(latest?.followUp.endedAt),
      };
      const done = repo.doneByDimension(board.id, since, until);
      return {
        boardId: board.id,
        board: { name: board.name, language: board.language },
        from: period.from,
        to: period.to,
        generatedAt: now.toISOString(),
        steps: deps.roadmap.roadmap(board, goals).steps.map((step) => ({
          step: step.step,
          key: step.key,
          status: step.status,
          summary: step.summary,
          date: dates[step.key],
        })),
        analysis,
        matrix,
        goals: active.map((goal) => goalOf(goal, period, now)),
        suggestions: {
          done: done.reduce((sum, row) => sum + row.done, 0),
          byDimension: DIMENSIONS.map((dimension) => ({
            dimension,
            done: done.find((row) => row.dimension === dimension)?.done ?? 0,
          })),
          highlights: repo
            .mostVotedDone(board.id, since, until, REPORT_HIGHLIGHTS)
            .map(toSuggestion)
            .map((suggestion) => ({
              id: suggestion.id,
              text: suggestion.text,
              dimension: suggestion.dimension,
              votes: suggestion.votes,
              doneAt: suggestion.statusChangedAt,
              thumbUrl: suggestion.photo?.thumbUrl ?? null,
            })),
        },
        participation: {
          period: deps.participation.of(board.id, period.from, period.to),
          quarter: deps.participation.thisQuarter(board.id),
        },
        followUp: latest?.followUp ?? null,
        nextFollowUp: latest?.nextDate ?? null,
      };
    },
  };
}

export type ReportService = ReturnType<typeof createReportService>;
