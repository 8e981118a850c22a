import { goalProgress, type Goal, type GoalCounts } from '@tavla/shared';

/**
 * The active goals by their status now (`goalProgress`'s rule): the analytics page and the
 * admin's overview of every board count them the same way. A goal without its numbers yet is
 * `unknown`.
 */
export function goalStanding(goals: readonly Goal[], now: Date): GoalCounts {
  const counts = { onTrack: 0, atRisk: 0, offTrack: 0, unknown: 0 };
  for (const goal of goals) {
    if (goal.state !== 'active') continue;
    const progress = goalProgress(goal, now);
    if (progress === null) counts.unknown += 1;
    else if (progress.status === 'on_track') counts.onTrack += 1;
    else if (progress.status === 'at_risk') counts.atRisk += 1;
    else counts.offTrack += 1;
  }
  return counts;
}
