import type { BoardSnapshot } from '@tavla/shared';
import { DONE_ON_WALL_DAYS } from '@tavla/shared/domain';
import { isInForce, isPinned } from '@tavla/shared/announcement-rules';
import type { Participation } from '@tavla/shared/analytics';
import type { MethodState } from '@tavla/shared/method-schemas';
import {
  boardPages,
  GOALS_PER_PAGE,
  groupByStatus,
  RECENT_PER_PAGE,
  recentItems,
  wallGoals,
  type RecentItem,
  type WallColumn,
} from './board-layout.js';
import { matrixMissing } from './components/MatrixScene.js';
import { followUpPages } from './follow-up-view.js';
import type { ScenePages } from './wall-cycle-plan.js';

/** What each cycle scene would show now, and so how many pages it has. */
export interface WallContent {
  columns: WallColumn[];
  perPage: number;
  goals: BoardSnapshot['goals'];
  recent: RecentItem[];
  announcements: MethodState['announcements']['current'];
  pages: ScenePages;
}

/**
 * The content of every cycle scene from the snapshot, the wall's clock and this quarter's
 * participation (fetched; null when there is none), with its pages: a scene with nothing to
 * show has 0 and the cycle skips it.
 */
export function wallContent(
  snapshot: Pick<BoardSnapshot, 'suggestions' | 'goals'> & { board?: BoardSnapshot['board'] },
  method: MethodState,
  now: Date,
  perPage: number,
  participation: Participation | null = null,
): WallContent {
  const columns = groupByStatus(
    snapshot.suggestions,
    now,
    snapshot.board?.doneDays ?? DONE_ON_WALL_DAYS,
  );
  const goals = wallGoals(snapshot.goals);
  const recent = recentItems(snapshot.suggestions, now);
  // A pin that ran out sends no change: the wall drops it by its own clock (routines stay).
  const announcements = method.announcements.current.filter(
    (announcement) => isInForce(announcement) || isPinned(announcement, now),
  );
  return {
    columns,
    perPage,
    goals,
    recent,
    announcements,
    pages: {
      board: boardPages(columns, perPage),
      goals: Math.ceil(goals.length / GOALS_PER_PAGE),
      recent: Math.ceil(recent.length / RECENT_PER_PAGE),
      announcements: announcements.length,
      analysis: method.analysis ? 1 : 0,
      matrix: matrixMissing(method).length === 0 ? 1 : 0,
      follow_up: followUpPages(method.followUp, participation),
    },
  };
}
