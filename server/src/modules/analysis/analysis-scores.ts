import {
  ANALYSIS_CATEGORY_LIST,
  DIMENSIONS,
  scoreCategory,
  scoreForm,
  type AnalysisAnswer,
  type AnalysisCategoryId,
  type AnalysisRound,
  type AnswerValue,
  type CategoryScore,
  type CategoryTally,
} from '@tavla/shared';
import type { AnalysisRepository, AnswerRow, RoundRow, ScoreRow } from './analysis-repository.js';

export const answerValue = (row: AnswerRow): AnswerValue => row.skip ?? row.points ?? 0;

export const toAnswer = (row: AnswerRow): AnalysisAnswer => ({
  questionId: row.question_id,
  questionVersion: row.question_version,
  value: answerValue(row),
  comment: row.comment,
  answeredBy: row.answered_by_name,
  answeredAt: row.answered_at,
});

/** A category's tally without the comparison, in bank order. */
export type CategoryTallyOf = CategoryTally & {
  categoryId: AnalysisCategoryId;
  dimension: CategoryScore['dimension'];
};

const fromScoreRow = (row: ScoreRow): CategoryTallyOf => ({
  categoryId: row.category_id,
  dimension: row.dimension,
  percent: row.percent,
  scored: row.scored,
  dontKnow: row.dont_know,
  notRelevant: row.not_relevant,
  unanswered: row.unanswered,
});

/**
 * How rounds are scored and shown. An open round is scored live from its answers to the
 * questions that take answers now (a retired question drops out of it); a finished round
 * shows the scores frozen when it finished, whatever the bank became since. Each category is
 * compared with the finished round before it.
 */
export function createAnalysisScores(repo: AnalysisRepository) {
  /** The live tallies of an open round, per category in bank order. */
  function liveTallies(round: RoundRow): CategoryTallyOf[] {
    const answers = new Map(repo.answers(round.id).map((a) => [a.question_id, a]));
    const byCategory = new Map<AnalysisCategoryId, AnswerValue[]>();
    const counts = new Map<AnalysisCategoryId, number>();
    for (const question of repo.currentQuestions(round.board_id)) {
      counts.set(question.category_id, (counts.get(question.category_id) ?? 0) + 1);
      const answer = answers.get(question.id);
      if (!answer) continue;
      const values = byCategory.get(question.category_id) ?? [];
      values.push(answerValue(answer));
      byCategory.set(question.category_id, values);
    }
    return ANALYSIS_CATEGORY_LIST.map(({ id, dimension }) => ({
      categoryId: id,
      dimension,
      ...scoreCategory(byCategory.get(id) ?? [], counts.get(id) ?? 0),
    }));
  }

  /** Frozen for a finished round, live for an open one. */
  function talliesOf(round: RoundRow): CategoryTallyOf[] {
    return round.finished_at === null
      ? liveTallies(round)
      : repo.scores(round.id).map(fromScoreRow);
  }

  /** The round's scores, each with the same category's percent in the previous finished round. */
  function scoresOf(round: RoundRow): { scores: CategoryScore[]; previous: RoundRow | null } {
    const previous = repo.finishedBefore(round.board_id, round.ordinal) ?? null;
    const before = new Map(
      (previous ? repo.scores(previous.id) : []).map((row) => [row.category_id, row.percent]),
    );
    const scores = talliesOf(round).map((tally) => ({
      ...tally,
      previousPercent: before.get(tally.categoryId) ?? null,
    }));
    return { scores, previous };
  }

  return {
    liveTallies,
    scoresOf,

    toRound(round: RoundRow): AnalysisRound {
      const { scores, previous } = scoresOf(round);
      return {
        id: round.id,
        boardId: round.board_id,
        name: round.name,
        startedAt: round.started_at,
        finishedAt: round.finished_at,
        scores,
        forms: DIMENSIONS.map((dimension) => {
          const own = scores.filter((score) => score.dimension === dimension);
          const answered = own.reduce((n, s) => n + s.scored + s.dontKnow + s.notRelevant, 0);
          return {
            dimension,
            percent: scoreForm(own.map((s) => s.percent)),
            answered,
            questions: answered + own.reduce((n, s) => n + s.unanswered, 0),
          };
        }),
        previous: previous ? { id: previous.id, name: previous.name } : null,
      };
    },
  };
}

export type AnalysisScores = ReturnType<typeof createAnalysisScores>;
