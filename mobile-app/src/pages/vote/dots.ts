import type { InterestVote } from '@tavla/shared';
import {
  DOTS_PER_DEVICE,
  MAX_DOTS_PER_CATEGORY,
  isAnalysisCategory,
  type AnalysisCategoryId,
  type DotPlacement,
} from '@tavla/shared/method';

/** How many of its five dots this device has placed. */
export function dotsPlaced(placement: DotPlacement): number {
  return Object.values(placement).reduce((sum, count) => sum + count, 0);
}

export const dotsLeft = (placement: DotPlacement): number =>
  Math.max(0, DOTS_PER_DEVICE - dotsPlaced(placement));

/** A dot can go on a category while dots are left and it has fewer than three. */
export const canAddDot = (placement: DotPlacement, id: AnalysisCategoryId): boolean =>
  dotsLeft(placement) > 0 && (placement[id] ?? 0) < MAX_DOTS_PER_CATEGORY;

export const canRemoveDot = (placement: DotPlacement, id: AnalysisCategoryId): boolean =>
  (placement[id] ?? 0) > 0;

/**
 * The placement with one dot more (+1) or less (−1) on a category; the same object when that
 * is not allowed. A category left with no dots is dropped, as the server stores it.
 */
export function withDot(
  placement: DotPlacement,
  id: AnalysisCategoryId,
  change: 1 | -1,
): DotPlacement {
  if (change === 1 ? !canAddDot(placement, id) : !canRemoveDot(placement, id)) return placement;
  const count = (placement[id] ?? 0) + change;
  const others = Object.entries(placement).filter(([key]) => key !== id);
  return Object.fromEntries(count === 0 ? others : [...others, [id, count]]);
}

/**
 * A placement from what the server sent (`myDots`): known categories with 1–3 whole dots,
 * five in all at most (anything beyond is dropped rather than shown).
 */
export function placementFrom(dots: Record<string, number>): DotPlacement {
  const placement: DotPlacement = {};
  let left = DOTS_PER_DEVICE;
  for (const [id, raw] of Object.entries(dots)) {
    if (!isAnalysisCategory(id) || !Number.isInteger(raw) || raw <= 0) continue;
    const count = Math.min(raw, MAX_DOTS_PER_CATEGORY, left);
    if (count <= 0) continue;
    placement[id] = count;
    left -= count;
  }
  return placement;
}

export const samePlacement = (a: DotPlacement, b: DotPlacement): boolean => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<AnalysisCategoryId>;
  return [...keys].every((key) => (a[key] ?? 0) === (b[key] ?? 0));
};

/**
 * The newer of two views of the vote (the live board state and an answer of the server, which
 * may each be a moment ahead): a later vote wins, a closed one over the same open one, and the
 * higher voter count of the same open vote.
 */
export function newerVote(a: InterestVote | null, b: InterestVote | null): InterestVote | null {
  if (!a || !b) return a ?? b;
  if (a.id !== b.id) return a.openedAt >= b.openedAt ? a : b;
  if (a.status !== b.status) return a.status === 'closed' ? a : b;
  return a.voters >= b.voters ? a : b;
}
