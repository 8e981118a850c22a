import { isValidCycle, type MethodState, type WallCycle, type WallView } from '@tavla/shared';
import { AppError } from '../../http/app-error.js';
import type { Clock } from '../../lib/clock.js';
import type { AnnouncementReads } from '../announcements/announcement-reads.js';
import type { AnalysisRepository } from '../analysis/analysis-repository.js';
import type { AnalysisScores } from '../analysis/analysis-scores.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRow } from '../boards/board-repository.js';
import type { MaterialityRepository } from '../materiality/materiality-repository.js';
import type { MatrixReads } from '../materiality/matrix.js';
import type { WorkshopReads } from '../workshops/workshop-reads.js';
import type { FollowUpReads } from '../follow-ups/follow-up-reads.js';
import { cycleOf, slotOf, type MethodSettings, type MethodSettingsRow } from './method-settings.js';

/** How long the wall shows the analysis or the matrix when a lead does not say. */
export const DEFAULT_WALL_MINUTES = 15;

/**
 * Where a board stands in the method, as every screen of it sees it: composed from the
 * analysis, the interest vote and the matrix, the live workshop session, what now applies,
 * step 7 (meeting, follow-up, actions), and what a lead put on the wall. It goes out
 * whole in the snapshot and in every `method:updated` change; `changed()` builds that change
 * inside the transaction that made it, so it shows exactly what was committed.
 */
export function createMethodState(deps: {
  analysis: AnalysisRepository;
  scores: AnalysisScores;
  materiality: MaterialityRepository;
  matrix: MatrixReads;
  settings: MethodSettings;
  /** The live workshop session (step 1), which takes the wall over while it runs. */
  workshop: WorkshopReads;
  announcements: AnnouncementReads;
  /** Step 7: the board meeting, the live follow-up, open actions. */
  followUps: FollowUpReads;
  boardChanges: BoardChanges;
  clock: Clock;
}) {
  const { analysis, scores, materiality, matrix, settings, announcements, boardChanges, clock } =
    deps;

  /** What a lead put on the wall now: a view whose time ran out is the cycle again. */
  function shownOf(row: MethodSettingsRow): Pick<MethodState['wall'], 'view' | 'until'> {
    if (row.wall_view === 'cycle') return { view: 'cycle', until: null };
    if (row.wall_until !== null && row.wall_until <= clock.now().toISOString()) {
      return { view: 'cycle', until: null };
    }
    return { view: row.wall_view, until: row.wall_until };
  }

  function state(board: BoardRow): MethodState {
    const row = settings.get(board.id);
    const round = analysis.latestFinished(board.id);
    const vote = materiality.latestVote(board.id);
    let latest: MethodState['analysis'] = null;
    if (round?.finished_at) {
      const { scores: roundScores, previous } = scores.scoresOf(round);
      latest = {
        roundId: round.id,
        name: round.name,
        finishedAt: round.finished_at,
        previousName: previous?.name ?? null,
        scores: roundScores,
      };
    }
    return {
      wall: { ...shownOf(row), cycle: cycleOf(row) },
      analysis: latest,
      vote: vote ? matrix.voteView(vote) : null,
      matrix: matrix.kept(board.id),
      workshop: deps.workshop.liveOf(board.id),
      announcements: announcements.state(board.id, row.employees),
      followUp: deps.followUps.state(board.id, slotOf(row)),
    };
  }

  /** The logged, broadcast change for a method change; call inside `boardChanges.commit`. */
  const changed = (board: BoardRow, seq: number) => ({
    event: 'method:updated' as const,
    payload: { seq, method: state(board) },
  });

  return {
    state,
    changed,

    /**
     * What a cached snapshot's method part depends on besides the board's seq: the wall view
     * turns back to the board when its time runs out, and an announcement's pin runs out, with
     * no change of their own.
     */
    cacheKey: (board: BoardRow): string => {
      const wall = shownOf(settings.get(board.id));
      return `${wall.view}:${wall.until ?? ''}:${announcements.cacheKey(board.id)}`;
    },

    /** A lead puts a scene on the wall for a while, or lets the wall cycle again. */
    setWallView(board: BoardRow, view: WallView, minutes = DEFAULT_WALL_MINUTES): MethodState {
      return boardChanges.commit(board, (seq, at) => {
        const until =
          view === 'cycle' ? null : new Date(Date.parse(at) + minutes * 60_000).toISOString();
        settings.setWall(board.id, view, until);
        return changed(board, seq);
      }).payload.method;
    },

    /** A lead sets which scenes the wall cycles through, in which order, for how long. */
    setWallCycle(board: BoardRow, cycle: WallCycle): MethodState {
      if (!isValidCycle(cycle)) {
        throw new AppError(400, 'wall_cycle_repeat', 'A scene appears twice in the cycle.');
      }
      return boardChanges.commit(board, (seq) => {
        settings.setCycle(board.id, cycle);
        return changed(board, seq);
      }).payload.method;
    },

    /** A lead sets the board's number of employees (null: unknown). */
    setEmployees(board: BoardRow, employees: number | null): MethodState {
      return boardChanges.commit(board, (seq) => {
        settings.setEmployees(board.id, employees);
        return changed(board, seq);
      }).payload.method;
    },
  };
}

export type MethodStateService = ReturnType<typeof createMethodState>;
