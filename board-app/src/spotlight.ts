import type { Suggestion } from '@tavla/shared';

export interface Spotlit {
  suggestion: Suggestion;
  /** Just posted, or just moved to another column. */
  kind: 'new' | 'moved';
}

/**
 * What the wall puts in the spotlight for a moment: the newest of the highlighted suggestions
 * (new ones and ones that changed column; `highlighted` keeps the order they arrived in) that
 * the board still shows. A suggestion that reached Done is the celebration's, not this.
 */
export function spotlightOf(
  highlighted: ReadonlySet<string>,
  suggestions: readonly Suggestion[],
): Spotlit | null {
  const byId = new Map(suggestions.map((s) => [s.id, s]));
  const ids = [...highlighted].reverse();
  for (const id of ids) {
    const suggestion = byId.get(id);
    if (!suggestion || suggestion.status === 'done') continue;
    if (suggestion.status === 'not_doing' || suggestion.status === 'duplicate') continue;
    const fresh =
      suggestion.status === 'new' &&
      Math.abs(Date.parse(suggestion.statusChangedAt) - Date.parse(suggestion.createdAt)) < 1000;
    return { suggestion, kind: fresh ? 'new' : 'moved' };
  }
  return null;
}
