import {
  ROADMAP_STEPS,
  goalProgress,
  localDay,
  registerMessages,
  t,
  weakestCategories,
  type Goal,
  type Language,
  type Roadmap,
  type RoadmapStep,
  type RoadmapStepKey,
} from '@tavla/shared';
import { ANALYSIS_CATEGORY_TEXT } from '@tavla/shared/analysis-categories';
import type { Db } from '../../db/open-database.js';
import type { Clock } from '../../lib/clock.js';
import { quarterStart } from '../../lib/period.js';
import type { AnalysisRepository } from '../analysis/analysis-repository.js';
import type { AnalysisScores } from '../analysis/analysis-scores.js';
import type { BoardRow } from '../boards/board-repository.js';
import type { MaterialityRepository } from '../materiality/materiality-repository.js';
import type { MatrixReads } from '../materiality/matrix.js';
import type { WorkshopRepository } from '../workshops/workshop-repository.js';
import type { AnnouncementRepository } from '../announcements/announcement-repository.js';
import type { MethodSettings } from '../method/method-settings.js';
import type { FollowUpReads } from '../follow-ups/follow-up-reads.js';
import type { FollowUpRepository } from '../follow-ups/follow-up-repository.js';
import { METHOD_MESSAGES } from '@tavla/shared/i18n-method';

// The roadmap's summaries are among the method's strings, which are not in the core table.
registerMessages(METHOD_MESSAGES);

const SEPARATOR = ' · ';

type Step = Omit<RoadmapStep, 'step' | 'key'>;

/**
 * Where a board stands in the method's seven steps, each with a status, one line of real
 * figures in the board's language, and the next thing to do (a phone-app path).
 */
export function createRoadmapService(deps: {
  db: Db;
  analysis: AnalysisRepository;
  scores: AnalysisScores;
  materiality: MaterialityRepository;
  matrix: MatrixReads;
  workshops: WorkshopRepository;
  followUps: FollowUpRepository;
  followUpReads: FollowUpReads;
  announcements: AnnouncementRepository;
  settings: MethodSettings;
  listGoals: (board: BoardRow) => Goal[];
  clock: Clock;
}) {
  const { db, analysis, scores, materiality, matrix, announcements, clock } = deps;

  const suggestionCounts = db.prepare<
    [{ boardId: string; since: string }],
    { ever: number; quarter: number; done: number }
  >(
    `SELECT COUNT(*) AS ever,
            COALESCE(SUM(created_at >= @since), 0) AS quarter,
            COALESCE(SUM(created_at >= @since AND status = 'done'), 0) AS done
       FROM suggestions WHERE board_id = @boardId AND hidden_at IS NULL`,
  );

  /**
   * Step 7: in progress while a follow-up runs, done once one has ended. Its figures: the
   * latest ended follow-up's date, the open actions (and how many are past their due date,
   * on the server's local day like the wall's colours), the next follow-up's date.
   */
  function followUpStep(board: BoardRow, language: Language, path: string): Step {
    const live = deps.followUpReads.liveRow(board.id);
    const ended = deps.followUpReads.latestEnded(board.id);
    if (!live && !ended) {
      return {
        status: 'not_started',
        summary: t(language, 'roadmap.followUp.none'),
        next: { label: t(language, 'roadmap.followUp.start'), path },
        available: true,
      };
    }
    const { open, overdue } = deps.followUps.actionCounts(board.id, localDay(clock.now()));
    const parts = [
      live ? t(language, 'roadmap.followUp.live') : null,
      ended?.ended_at
        ? t(language, 'roadmap.followUp.latest', { date: localDay(new Date(ended.ended_at)) })
        : null,
      open === 1
        ? t(language, 'roadmap.followUp.actions.one')
        : t(language, 'roadmap.followUp.actions', { count: open }),
      overdue > 0 ? t(language, 'roadmap.followUp.overdue', { count: overdue }) : null,
      !live && ended?.next_date != null
        ? t(language, 'roadmap.followUp.next', { date: ended.next_date })
        : null,
    ];
    return {
      status: live ? 'in_progress' : 'done',
      summary: parts.filter((part) => part !== null).join(SEPARATOR),
      next: {
        label: t(language, live ? 'roadmap.followUp.continue' : 'roadmap.followUp.open'),
        path,
      },
      available: true,
    };
  }

  /** Plural-aware "{count} …" from a key with a `.one` variant. */
  const counted = (
    language: Language,
    key: 'roadmap.workshop.devices' | 'roadmap.workshop.ideas' | 'roadmap.workshop.suggestions',
    count: number,
  ): string => (count === 1 ? t(language, `${key}.one` as const) : t(language, key, { count }));

  /**
   * Step 1 is done once a workshop session has been run (ended); its figures are the latest
   * ended session's: devices that took part, ideas, and suggestions made from them.
   */
  function workshopStep(board: BoardRow, language: Language, path: string): Step {
    const sessions = deps.workshops.sessions(board.id);
    const live = sessions.find((session) => session.ended_at === null);
    const ran = sessions.find((session) => session.ended_at !== null);
    const figures = (sessionId: string): string[] => {
      const { ideas, suggestions } = deps.workshops.sessionIdeaCount(sessionId);
      return [
        counted(language, 'roadmap.workshop.devices', deps.workshops.sessionDevices(sessionId)),
        counted(language, 'roadmap.workshop.ideas', ideas),
        counted(language, 'roadmap.workshop.suggestions', suggestions),
      ];
    };
    if (live) {
      return {
        status: ran ? 'done' : 'in_progress',
        summary: [t(language, 'roadmap.workshop.live'), ...figures(live.id)].join(SEPARATOR),
        next: { label: t(language, 'roadmap.workshop.continue'), path },
        available: true,
      };
    }
    if (!ran) {
      return {
        status: 'not_started',
        summary: t(language, 'roadmap.workshop.none'),
        next: { label: t(language, 'roadmap.workshop.start'), path },
        available: true,
      };
    }
    return {
      status: 'done',
      summary: figures(ran.id).join(SEPARATOR),
      next: { label: t(language, 'roadmap.workshop.results'), path },
      available: true,
    };
  }

  function analysisStep(board: BoardRow, language: Language, path: string): Step {
    const open = analysis.openRound(board.id);
    if (open) {
      const round = scores.toRound(open);
      const answered = round.forms.reduce((n, form) => n + form.answered, 0);
      const total = round.forms.reduce((n, form) => n + form.questions, 0);
      return {
        status: 'in_progress',
        summary: t(language, 'roadmap.analysis.answered', { answered, total }),
        next: { label: t(language, 'roadmap.analysis.continue'), path },
        available: true,
      };
    }
    const finished = analysis.latestFinished(board.id);
    if (!finished) {
      return {
        status: 'not_started',
        summary: t(language, 'roadmap.analysis.none'),
        next: { label: t(language, 'roadmap.analysis.start'), path },
        available: true,
      };
    }
    const round = scores.toRound(finished);
    const done = round.forms.filter((f) => f.questions > 0 && f.answered === f.questions).length;
    const parts = [t(language, 'roadmap.analysis.forms', { done, forms: round.forms.length })];
    const [weakest] = weakestCategories(round.scores, 1);
    if (weakest) {
      parts.push(
        t(language, 'roadmap.analysis.weakest', {
          category: ANALYSIS_CATEGORY_TEXT[weakest.categoryId].name[language],
          percent: weakest.percent ?? 0,
        }),
      );
    }
    return {
      status: 'done',
      summary: parts.join(SEPARATOR),
      next: { label: t(language, 'roadmap.analysis.results'), path },
      available: true,
    };
  }

  function materialityStep(board: BoardRow, language: Language, base: string): Step {
    const open = materiality.openVote(board.id);
    if (open) {
      const voters = materiality.voters(open.id);
      return {
        status: 'in_progress',
        summary:
          voters === 1
            ? t(language, 'roadmap.materiality.voters.one')
            : t(language, 'roadmap.materiality.voters', { count: voters }),
        next: { label: t(language, 'roadmap.materiality.close'), path: `${base}/vote` },
        available: true,
      };
    }
    const kept = matrix.kept(board.id);
    if (!kept) {
      return {
        status: 'not_started',
        summary: t(language, 'roadmap.materiality.none'),
        next: { label: t(language, 'roadmap.materiality.open'), path: `${base}/vote` },
        available: true,
      };
    }
    const names = kept.points
      .filter((point) => point.quadrant === 'start_here')
      .map((point) => ANALYSIS_CATEGORY_TEXT[point.categoryId].name[language]);
    const categories = names.join(', ');
    return {
      status: 'done',
      summary:
        names.length === 0
          ? t(language, 'roadmap.materiality.startHere.none')
          : names.length === 1
            ? t(language, 'roadmap.materiality.startHere.one', { categories })
            : t(language, 'roadmap.materiality.startHere', { count: names.length, categories }),
      next: { label: t(language, 'roadmap.materiality.matrix'), path: `${base}/matrix` },
      available: true,
    };
  }

  function goalsStep(goals: readonly Goal[], language: Language, path: string): Step {
    const active = goals.filter((goal) => goal.state === 'active');
    const drafts = goals.filter((goal) => goal.state === 'draft').length;
    const now = clock.now();
    const onTrack = active.filter((goal) => goalProgress(goal, now)?.status === 'on_track').length;
    const summary =
      active.length > 0
        ? [
            active.length === 1
              ? t(language, 'roadmap.goals.active.one')
              : t(language, 'roadmap.goals.active', { count: active.length }),
            t(language, 'roadmap.goals.onTrack', { count: onTrack }),
          ].join(SEPARATOR)
        : drafts > 0
          ? drafts === 1
            ? t(language, 'roadmap.goals.drafts.one')
            : t(language, 'roadmap.goals.drafts', { count: drafts })
          : t(language, 'roadmap.goals.none');
    const done = active.length >= 3 && active.length <= 5;
    return {
      status: done ? 'done' : goals.length > 0 ? 'in_progress' : 'not_started',
      summary,
      next: { label: t(language, done ? 'roadmap.goals.follow' : 'roadmap.goals.add'), path },
      available: true,
    };
  }

  /**
   * Step 5: each active goal's announcement (its newest one not retired) and how many devices
   * acknowledged it. Done when every active goal has one, and each that asks for an
   * acknowledgement has one or was gone through at a board meeting.
   */
  function implementationStep(
    board: BoardRow,
    goals: readonly Goal[],
    language: Language,
    path: string,
  ): Step {
    const rows = announcements.ofBoard(board.id);
    const inForce = rows.filter((row) => row.retired_at === null);
    const active = goals.filter((goal) => goal.state === 'active');
    const employees = deps.settings.get(board.id).employees;
    let told = 0;
    const parts = active.map((goal) => {
      const row = inForce.find((candidate) => candidate.goal_id === goal.id);
      if (!row) return t(language, 'roadmap.implementation.goal.missing', { goal: goal.title });
      const acks = announcements.acks(row.id, row.version);
      const met = announcements.meetingsOf(row.id).length > 0;
      if (!row.requires_ack || acks > 0 || met) told += 1;
      if (!row.requires_ack) {
        return t(language, 'roadmap.implementation.goal.told', { goal: goal.title });
      }
      return employees === null
        ? t(language, 'roadmap.implementation.goal.acks', { goal: goal.title, acks })
        : t(language, 'roadmap.implementation.goal.acksOf', {
            goal: goal.title,
            acks,
            employees,
          });
    });
    const routines = inForce.filter((row) => row.kind === 'routine').length;
    if (routines > 0) {
      parts.push(
        routines === 1
          ? t(language, 'roadmap.implementation.routines.one')
          : t(language, 'roadmap.implementation.routines', { count: routines }),
      );
    }
    if (rows.length === 0) {
      return {
        status: 'not_started',
        summary: t(language, 'roadmap.implementation.none'),
        next: { label: t(language, 'roadmap.implementation.publish'), path },
        available: true,
      };
    }
    const done = active.length > 0 && told === active.length;
    return {
      status: done ? 'done' : 'in_progress',
      summary:
        parts.length > 0 ? parts.join(SEPARATOR) : t(language, 'roadmap.implementation.noGoals'),
      next: {
        label: t(
          language,
          done ? 'roadmap.implementation.follow' : 'roadmap.implementation.publish',
        ),
        path,
      },
      available: true,
    };
  }

  function executionStep(board: BoardRow, language: Language, path: string): Step {
    const counts = suggestionCounts.get({
      boardId: board.id,
      since: quarterStart(clock.now()),
    }) ?? { ever: 0, quarter: 0, done: 0 };
    const next = { label: t(language, 'roadmap.execution.open'), path };
    if (counts.ever === 0) {
      return {
        status: 'not_started',
        summary: t(language, 'roadmap.execution.none'),
        next,
        available: true,
      };
    }
    return {
      status: 'in_progress',
      summary: [
        counts.quarter === 1
          ? t(language, 'roadmap.execution.quarter.one')
          : t(language, 'roadmap.execution.quarter', { count: counts.quarter }),
        t(language, 'roadmap.execution.done', { count: counts.done }),
      ].join(SEPARATOR),
      next,
      available: true,
    };
  }

  return {
    /** `goals`: the board's goals when the caller has listed them already (the report). */
    roadmap(board: BoardRow, goals: readonly Goal[] = deps.listGoals(board)): Roadmap {
      const language = board.language;
      const base = `/m/b/${board.id}`;
      const steps: Record<RoadmapStepKey, Step> = {
        workshop: workshopStep(board, language, `${base}/workshop`),
        analysis: analysisStep(board, language, `${base}/analysis`),
        materiality: materialityStep(board, language, base),
        goals: goalsStep(goals, language, `${base}/goals`),
        implementation: implementationStep(board, goals, language, `${base}/announcements`),
        execution: executionStep(board, language, base),
        follow_up: followUpStep(board, language, `${base}/follow-up`),
      };
      return {
        steps: ROADMAP_STEPS.map((key, index) => ({ step: index + 1, key, ...steps[key] })),
      };
    },
  };
}

export type RoadmapService = ReturnType<typeof createRoadmapService>;
