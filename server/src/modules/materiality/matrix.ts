import {
  materialityPoints,
  type AnalysisCategoryId,
  type InterestVote,
  type Materiality,
  type MatrixSplit,
} from '@tavla/shared';
import type { AnalysisRepository } from '../analysis/analysis-repository.js';
import type { MethodSettings } from '../method/method-settings.js';
import type { MaterialityRepository, VoteRow } from './materiality-repository.js';

/**
 * What the materiality matrix shows. Need comes from a finished round's frozen scores, interest
 * from a closed vote's dots; both never change once frozen or closed, so a kept matrix can be
 * drawn again for another split setting. An open vote's dots are never read here: results stay
 * hidden until the lead closes it.
 */
export function createMatrixReads(deps: {
  analysis: AnalysisRepository;
  materiality: MaterialityRepository;
  settings: MethodSettings;
}) {
  const { analysis, materiality, settings } = deps;

  const frozenPercents = (roundId: string) =>
    Object.fromEntries(
      analysis.scores(roundId).map((row) => [row.category_id, row.percent]),
    ) as Partial<Record<AnalysisCategoryId, number | null>>;

  const dotTotals = (voteId: string) =>
    Object.fromEntries(
      materiality.totals(voteId).map((row) => [row.category_id, row.dots]),
    ) as Partial<Record<AnalysisCategoryId, number>>;

  /** The matrix of a closed vote (or none) with a finished round (or none). */
  function compute(
    boardId: string,
    vote: VoteRow | null,
    roundId: string | null,
    split: MatrixSplit = settings.get(boardId).matrix_split,
  ): Materiality {
    const dots = vote ? dotTotals(vote.id) : null;
    return {
      split,
      points: materialityPoints(roundId ? frozenPercents(roundId) : null, dots, split),
      voteId: vote?.id ?? null,
      roundId,
      dots: dots ? Object.values(dots).reduce((sum, n) => sum + n, 0) : 0,
      voters: vote ? materiality.voters(vote.id) : 0,
    };
  }

  /** The matrix kept with the latest closed vote, drawn for the current split; null before. */
  function kept(boardId: string): Materiality | null {
    const row = materiality.latestMatrix(boardId);
    const vote = row ? materiality.vote(row.vote_id) : undefined;
    if (!row || !vote) return null;
    // A vote closed before any round finished has no need of its own: the analysis finished
    // since then gives it one (the kept row itself stays as it was, for the report).
    const roundId = row.round_id ?? analysis.latestFinished(boardId)?.id ?? null;
    return compute(boardId, vote, roundId);
  }

  return {
    compute,
    kept,

    /** The matrix as screens show it: the kept one, or need alone before any vote closed. */
    current(boardId: string): Materiality {
      return kept(boardId) ?? compute(boardId, null, analysis.latestFinished(boardId)?.id ?? null);
    },

    /** A vote as screens see it: while it is open, only how many devices have voted. */
    voteView(vote: VoteRow): InterestVote {
      return {
        id: vote.id,
        status: vote.closed_at === null ? 'open' : 'closed',
        voters: materiality.voters(vote.id),
        openedAt: vote.opened_at,
        closedAt: vote.closed_at,
      };
    },
  };
}

export type MatrixReads = ReturnType<typeof createMatrixReads>;
