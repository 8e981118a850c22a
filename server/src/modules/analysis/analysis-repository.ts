import type { AnalysisCategoryId, AnswerSkip, AnswerType, Dimension } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';

/** A question of a board's bank with the texts of its current version. */
export interface QuestionRow {
  board_id: string;
  id: string;
  category_id: AnalysisCategoryId;
  type: AnswerType;
  position: number;
  current_version: number;
  retired_at: string | null;
  created_at: string;
  text_sv: string;
  text_en: string;
  help_sv: string;
  help_en: string;
}

export interface QuestionVersionRow {
  board_id: string;
  question_id: string;
  version: number;
  text_sv: string;
  text_en: string;
  help_sv: string;
  help_en: string;
  created_by: string | null;
  created_at: string;
}

export interface RoundRow {
  id: string;
  board_id: string;
  ordinal: number;
  name: string;
  started_at: string;
  started_by: string | null;
  finished_at: string | null;
  finished_by: string | null;
}

export interface AnswerRow {
  round_id: string;
  question_id: string;
  question_version: number;
  points: number | null;
  skip: AnswerSkip | null;
  comment: string | null;
  answered_by: string | null;
  answered_by_name: string;
  answered_at: string;
}

export interface ScoreRow {
  round_id: string;
  category_id: AnalysisCategoryId;
  dimension: Dimension;
  position: number;
  percent: number | null;
  scored: number;
  dont_know: number;
  not_relevant: number;
  unanswered: number;
}

const QUESTION_SELECT = `
  SELECT q.board_id, q.id, q.category_id, q.type, q.position, q.current_version, q.retired_at,
         q.created_at, v.text_sv, v.text_en, v.help_sv, v.help_en
    FROM analysis_questions q
    JOIN analysis_question_versions v
      ON v.board_id = q.board_id AND v.question_id = q.id AND v.version = q.current_version`;

/** SQL for the analysis: a board's bank of questions, its rounds, answers and frozen scores. */
export function createAnalysisRepository(db: Db) {
  const hasBank = db.prepare<[string], { ok: number }>(
    'SELECT 1 AS ok FROM analysis_questions WHERE board_id = ? LIMIT 1',
  );
  const insertQuestion = db.prepare<
    [Omit<QuestionRow, 'text_sv' | 'text_en' | 'help_sv' | 'help_en'>]
  >(
    `INSERT INTO analysis_questions
       (board_id, id, category_id, type, position, current_version, retired_at, created_at)
     VALUES (@board_id, @id, @category_id, @type, @position, @current_version, @retired_at,
             @created_at)`,
  );
  const insertVersion = db.prepare<[QuestionVersionRow]>(
    `INSERT INTO analysis_question_versions
       (board_id, question_id, version, text_sv, text_en, help_sv, help_en, created_by, created_at)
     VALUES (@board_id, @question_id, @version, @text_sv, @text_en, @help_sv, @help_en,
             @created_by, @created_at)`,
  );
  const setVersion = db.prepare<[number, string, string]>(
    'UPDATE analysis_questions SET current_version = ? WHERE board_id = ? AND id = ?',
  );
  const retire = db.prepare<[string, string, string]>(
    'UPDATE analysis_questions SET retired_at = ? WHERE board_id = ? AND id = ? AND retired_at IS NULL',
  );
  const question = db.prepare<[string, string], QuestionRow>(
    `${QUESTION_SELECT} WHERE q.board_id = ? AND q.id = ?`,
  );
  const current = db.prepare<[string], QuestionRow>(
    `${QUESTION_SELECT} WHERE q.board_id = ? AND q.retired_at IS NULL ORDER BY q.position, q.id`,
  );
  const nextPosition = db.prepare<[string], { next: number }>(
    'SELECT COALESCE(MAX(position), 0) + 1 AS next FROM analysis_questions WHERE board_id = ?',
  );

  const insertRound = db.prepare<[RoundRow]>(
    `INSERT INTO analysis_rounds
       (id, board_id, ordinal, name, started_at, started_by, finished_at, finished_by)
     VALUES (@id, @board_id, @ordinal, @name, @started_at, @started_by, @finished_at,
             @finished_by)`,
  );
  const round = db.prepare<[string], RoundRow>('SELECT * FROM analysis_rounds WHERE id = ?');
  const rounds = db.prepare<[string], RoundRow>(
    'SELECT * FROM analysis_rounds WHERE board_id = ? ORDER BY ordinal DESC',
  );
  const openRound = db.prepare<[string], RoundRow>(
    'SELECT * FROM analysis_rounds WHERE board_id = ? AND finished_at IS NULL',
  );
  const latestFinished = db.prepare<[string], RoundRow>(
    `SELECT * FROM analysis_rounds WHERE board_id = ? AND finished_at IS NOT NULL
     ORDER BY ordinal DESC LIMIT 1`,
  );
  const finishedBefore = db.prepare<[string, number], RoundRow>(
    `SELECT * FROM analysis_rounds WHERE board_id = ? AND finished_at IS NOT NULL AND ordinal < ?
     ORDER BY ordinal DESC LIMIT 1`,
  );
  const nextOrdinal = db.prepare<[string], { next: number }>(
    'SELECT COALESCE(MAX(ordinal), 0) + 1 AS next FROM analysis_rounds WHERE board_id = ?',
  );
  const finish = db.prepare<[string, string | null, string]>(
    'UPDATE analysis_rounds SET finished_at = ?, finished_by = ? WHERE id = ? AND finished_at IS NULL',
  );

  const upsertAnswer = db.prepare<[AnswerRow]>(
    `INSERT INTO analysis_answers
       (round_id, question_id, question_version, points, skip, comment, answered_by,
        answered_by_name, answered_at)
     VALUES (@round_id, @question_id, @question_version, @points, @skip, @comment, @answered_by,
             @answered_by_name, @answered_at)
     ON CONFLICT (round_id, question_id) DO UPDATE SET
       question_version = excluded.question_version, points = excluded.points,
       skip = excluded.skip, comment = excluded.comment, answered_by = excluded.answered_by,
       answered_by_name = excluded.answered_by_name, answered_at = excluded.answered_at`,
  );
  const answers = db.prepare<[string], AnswerRow>(
    'SELECT * FROM analysis_answers WHERE round_id = ? ORDER BY answered_at, question_id',
  );
  const insertScore = db.prepare<[ScoreRow]>(
    `INSERT INTO analysis_round_scores
       (round_id, category_id, dimension, position, percent, scored, dont_know, not_relevant,
        unanswered)
     VALUES (@round_id, @category_id, @dimension, @position, @percent, @scored, @dont_know,
             @not_relevant, @unanswered)`,
  );
  const scores = db.prepare<[string], ScoreRow>(
    'SELECT * FROM analysis_round_scores WHERE round_id = ? ORDER BY position',
  );

  return {
    hasBank: (boardId: string) => hasBank.get(boardId) !== undefined,
    insertQuestion: (row: Omit<QuestionRow, 'text_sv' | 'text_en' | 'help_sv' | 'help_en'>) =>
      insertQuestion.run(row),
    insertVersion: (row: QuestionVersionRow) => insertVersion.run(row),
    setCurrentVersion: (boardId: string, questionId: string, version: number) =>
      setVersion.run(version, boardId, questionId),
    retire: (boardId: string, questionId: string, at: string) =>
      retire.run(at, boardId, questionId),
    question: (boardId: string, questionId: string) => question.get(boardId, questionId),
    /** The questions that take answers now (not retired), in bank order. */
    currentQuestions: (boardId: string) => current.all(boardId),
    nextPosition: (boardId: string) => nextPosition.get(boardId)?.next ?? 1,

    insertRound: (row: RoundRow) => insertRound.run(row),
    round: (roundId: string) => round.get(roundId),
    /** Newest first. */
    rounds: (boardId: string) => rounds.all(boardId),
    openRound: (boardId: string) => openRound.get(boardId),
    latestFinished: (boardId: string) => latestFinished.get(boardId),
    /** The finished round before the one with `ordinal` (what it is compared with). */
    finishedBefore: (boardId: string, ordinal: number) => finishedBefore.get(boardId, ordinal),
    nextOrdinal: (boardId: string) => nextOrdinal.get(boardId)?.next ?? 1,
    finish: (roundId: string, at: string, userId: string | null) =>
      finish.run(at, userId, roundId).changes === 1,

    saveAnswer: (row: AnswerRow) => upsertAnswer.run(row),
    answers: (roundId: string) => answers.all(roundId),
    insertScore: (row: ScoreRow) => insertScore.run(row),
    /** A finished round's frozen scores, in bank order (empty for an open round). */
    scores: (roundId: string) => scores.all(roundId),
  };
}

export type AnalysisRepository = ReturnType<typeof createAnalysisRepository>;
