import {
  compareIdeas,
  scaleAverage,
  WORKSHOP_LIMITS,
  type Activity,
  type ActivityResults,
  type Idea,
  type WorkshopLive,
} from '@tavla/shared';
import type { MaterialityRepository } from '../materiality/materiality-repository.js';
import type {
  ActivityStateRow,
  IdeaWithVotes,
  SessionRow,
  WorkshopRepository,
} from './workshop-repository.js';

export const toIdea = (row: IdeaWithVotes): Idea => ({
  id: row.id,
  text: row.text,
  dimension: row.dimension,
  upvotes: row.upvotes,
  createdAt: row.created_at,
  suggestionId: row.suggestion_id,
});

export const activitiesOf = (session: SessionRow): Activity[] =>
  JSON.parse(session.activities) as Activity[];

/**
 * What a session's activities have gathered, as the screens and the kept results show it. The
 * method state (every screen of the board) takes `live()`, which holds back what is not to be
 * seen yet: a quiz's answer until it is closed, a poll's results until they are revealed.
 */
export function createWorkshopReads(deps: {
  repo: WorkshopRepository;
  materiality: MaterialityRepository;
}) {
  const { repo, materiality } = deps;

  /** Every result of the activity (hidden entries left out), whatever the screens may see. */
  function results(session: SessionRow, activity: Activity): ActivityResults | null {
    const where = { sessionId: session.id, activityId: activity.id };
    switch (activity.kind) {
      case 'slide':
      case 'interest_vote':
        return null;
      case 'wordcloud':
        return {
          kind: 'wordcloud',
          entries: repo.visibleWordCount(where),
          words: repo.cloud(where, WORKSHOP_LIMITS.cloudWordsMax),
        };
      case 'poll':
      case 'quiz': {
        const counts = activity.options.map(() => 0);
        for (const row of repo.choiceCounts(where)) {
          if (row.choice < counts.length) counts[row.choice] = row.n;
        }
        const voters = repo.choiceDevices(where);
        return activity.kind === 'poll'
          ? { kind: 'poll', counts, voters }
          : { kind: 'quiz', counts, voters, correct: activity.correct ?? 0 };
      }
      case 'scale': {
        const counts = [0, 0, 0, 0, 0];
        for (const row of repo.choiceCounts(where)) {
          if (row.choice >= 1 && row.choice <= 5) counts[row.choice - 1] = row.n;
        }
        return { kind: 'scale', counts, average: scaleAverage(counts) };
      }
      case 'ideas': {
        const visible = repo.ideasWithVotes(where).filter((row) => row.hidden === 0);
        return {
          kind: 'ideas',
          count: visible.length,
          top: visible.map(toIdea).sort(compareIdeas).slice(0, WORKSHOP_LIMITS.ideasOnWall),
        };
      }
    }
  }

  /** Devices that answered the activity (for an interest vote: the devices with dots). */
  function answered(session: SessionRow, activity: Activity, state: ActivityStateRow): number {
    const where = { sessionId: session.id, activityId: activity.id };
    switch (activity.kind) {
      case 'slide':
        return 0;
      case 'interest_vote':
        return state.vote_id === null ? 0 : materiality.voters(state.vote_id);
      case 'wordcloud':
        return repo.wordDevices(where);
      case 'poll':
      case 'quiz':
      case 'scale':
        return repo.choiceDevices(where);
      case 'ideas':
        return repo.ideaDevices(where);
    }
  }

  function current(session: SessionRow): { activity: Activity; state: ActivityStateRow } {
    const activity = activitiesOf(session)[session.current_index];
    if (!activity)
      throw new Error(`session ${session.id} has no activity ${session.current_index}`);
    return { activity, state: repo.activityState(session.id, activity.id) };
  }

  /** The session as every screen of the board holds it. */
  function live(session: SessionRow): WorkshopLive {
    const { activity, state } = current(session);
    const open = state.closed_at === null;
    const revealed = state.revealed_at !== null;
    const full = results(session, activity);
    let shown: ActivityResults | null = full;
    // A quiz's answer (and so its results, which name it) stays with the lead until closed.
    if (activity.kind === 'quiz' && open) shown = null;
    if (activity.kind === 'poll' && activity.hideResults && !revealed) shown = null;
    return {
      sessionId: session.id,
      title: session.title,
      startedAt: session.started_at,
      index: session.current_index,
      count: activitiesOf(session).length,
      activity: activity.kind === 'quiz' && open ? { ...activity, correct: null } : activity,
      open,
      revealed,
      answered: answered(session, activity, state),
      results: shown,
    };
  }

  return {
    results,
    answered,
    current,
    live,
    /** The board's live session as the method state holds it, or null. */
    liveOf(boardId: string): WorkshopLive | null {
      const session = repo.liveSession(boardId);
      return session ? live(session) : null;
    },
  };
}

export type WorkshopReads = ReturnType<typeof createWorkshopReads>;
