import { randomBytes } from 'node:crypto';
import {
  ANALYSIS_CATEGORIES,
  ANALYSIS_CATEGORY_LIST,
  DIMENSIONS,
  isValidAnswer,
  type AnalysisCategoryId,
  type AnalysisQuestion,
  type AnalysisQuestions,
  type AnalysisRound,
  type AnalysisRoundDetail,
  type AnswerBody,
  type AnswerType,
  type LocalText,
} from '@tavla/shared';
import { ANALYSIS_CATEGORY_TEXT } from '@tavla/shared/analysis-categories';
import { ANALYSIS_QUESTION_BANK } from '@tavla/shared/analysis-questions';
import type { Db } from '../../db/open-database.js';
import { AppError, invalid, notFound } from '../../http/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/random-token.js';
import type { UserRow } from '../accounts/account-repository.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRow } from '../boards/board-repository.js';
import type { MethodStateService } from '../method/method-state.js';
import type { AnalysisRepository, QuestionRow, RoundRow } from './analysis-repository.js';
import { toAnswer, type AnalysisScores } from './analysis-scores.js';

export const toQuestion = (row: QuestionRow): AnalysisQuestion => ({
  id: row.id,
  type: row.type,
  text: { sv: row.text_sv, en: row.text_en },
  help: { sv: row.help_sv, en: row.help_en },
  version: row.current_version,
});

const texts = (text: LocalText, help: LocalText) => ({
  text_sv: text.sv.trim(),
  text_en: text.en.trim(),
  help_sv: help.sv.trim(),
  help_en: help.en.trim(),
});

/**
 * The current-state analysis (the method's step 2): a board's own copy of the question bank,
 * which admins adapt without breaking comparisons (an edit is a new version, a retired question
 * stays for the answers that point at it), and rounds that leads fill in answer by answer.
 * Finishing a round freezes its scores and puts it on the wall's radar (a method change).
 */
export function createAnalysisService(deps: {
  db: Db;
  repo: AnalysisRepository;
  scores: AnalysisScores;
  boardChanges: BoardChanges;
  method: MethodStateService;
  clock: Clock;
}) {
  const { db, repo, scores, boardChanges, method, clock } = deps;

  /** Copies the shipped bank to the board the first time its analysis is used. */
  const ensureBank = db.transaction((board: BoardRow) => {
    if (repo.hasBank(board.id)) return;
    const at = clock.now().toISOString();
    let position = 0;
    for (const { id: categoryId } of ANALYSIS_CATEGORY_LIST) {
      for (const question of ANALYSIS_QUESTION_BANK[categoryId]) {
        position += 1;
        repo.insertQuestion({
          board_id: board.id,
          id: question.id,
          category_id: categoryId,
          type: question.type,
          position,
          current_version: 1,
          retired_at: null,
          created_at: at,
        });
        repo.insertVersion({
          board_id: board.id,
          question_id: question.id,
          version: 1,
          ...texts(question.text, question.help),
          created_by: null,
          created_at: at,
        });
      }
    }
  });

  function questionOf(board: BoardRow, questionId: string): QuestionRow {
    ensureBank(board);
    const row = repo.question(board.id, questionId);
    if (!row) throw notFound('There is no such question in this board’s analysis.');
    return row;
  }

  function takesAnswers(row: QuestionRow): QuestionRow {
    if (row.retired_at !== null) {
      throw new AppError(409, 'question_retired', 'The question was retired from this board.');
    }
    return row;
  }

  function roundOf(board: BoardRow, roundId: string): RoundRow {
    const row = repo.round(roundId);
    if (!row || row.board_id !== board.id) {
      throw notFound('There is no such analysis round on this board.');
    }
    return row;
  }

  function open(row: RoundRow): RoundRow {
    if (row.finished_at !== null) {
      throw new AppError(409, 'round_finished', 'The round is finished; its answers are frozen.');
    }
    return row;
  }

  return {
    ensureBank,

    /** The bank as it is now: the three forms, their categories and current questions. */
    questions(board: BoardRow): AnalysisQuestions {
      ensureBank(board);
      const byCategory = new Map<AnalysisCategoryId, AnalysisQuestion[]>();
      for (const row of repo.currentQuestions(board.id)) {
        const list = byCategory.get(row.category_id) ?? [];
        list.push(toQuestion(row));
        byCategory.set(row.category_id, list);
      }
      return {
        forms: DIMENSIONS.map((dimension) => ({
          dimension,
          categories: ANALYSIS_CATEGORIES[dimension].map((id) => ({
            id,
            name: ANALYSIS_CATEGORY_TEXT[id].name,
            questions: byCategory.get(id) ?? [],
          })),
        })),
      };
    },

    addQuestion(
      board: BoardRow,
      admin: UserRow,
      body: { categoryId: AnalysisCategoryId; type: AnswerType; text: LocalText; help: LocalText },
    ): AnalysisQuestion {
      ensureBank(board);
      // Lower-case, so it matches the question id pattern; the category is kept readable.
      const id = `${body.categoryId}.added-${randomBytes(6).toString('hex')}`;
      const at = clock.now().toISOString();
      db.transaction(() => {
        repo.insertQuestion({
          board_id: board.id,
          id,
          category_id: body.categoryId,
          type: body.type,
          position: repo.nextPosition(board.id),
          current_version: 1,
          retired_at: null,
          created_at: at,
        });
        repo.insertVersion({
          board_id: board.id,
          question_id: id,
          version: 1,
          ...texts(body.text, body.help),
          created_by: admin.id,
          created_at: at,
        });
      })();
      return toQuestion(questionOf(board, id));
    },

    /** New texts are a new version; answers given so far keep the version they answered. */
    editQuestion(
      board: BoardRow,
      admin: UserRow,
      questionId: string,
      body: { text: LocalText; help: LocalText },
    ): AnalysisQuestion {
      const row = takesAnswers(questionOf(board, questionId));
      const version = row.current_version + 1;
      db.transaction(() => {
        repo.insertVersion({
          board_id: board.id,
          question_id: row.id,
          version,
          ...texts(body.text, body.help),
          created_by: admin.id,
          created_at: clock.now().toISOString(),
        });
        repo.setCurrentVersion(board.id, row.id, version);
      })();
      return toQuestion(questionOf(board, row.id));
    },

    /**
     * Takes the question out of new answers and out of open rounds' scores. Finished rounds
     * keep their frozen scores. Retiring it again changes nothing.
     */
    retireQuestion(board: BoardRow, questionId: string): void {
      const row = questionOf(board, questionId);
      if (row.retired_at === null) repo.retire(board.id, row.id, clock.now().toISOString());
    },

    listRounds(board: BoardRow): AnalysisRound[] {
      return repo.rounds(board.id).map((row) => scores.toRound(row));
    },

    startRound(board: BoardRow, lead: UserRow, name: string): AnalysisRound {
      ensureBank(board);
      const trimmed = name.trim();
      if (trimmed.length === 0) throw invalid('Give the round a name.');
      const row: RoundRow = {
        id: newId(),
        board_id: board.id,
        ordinal: 0,
        name: trimmed,
        started_at: clock.now().toISOString(),
        started_by: lead.id,
        finished_at: null,
        finished_by: null,
      };
      db.transaction(() => {
        if (repo.openRound(board.id)) {
          throw new AppError(409, 'round_open', 'Another analysis round is open; finish it first.');
        }
        row.ordinal = repo.nextOrdinal(board.id);
        repo.insertRound(row);
      })();
      return scores.toRound(row);
    },

    round(board: BoardRow, roundId: string): AnalysisRoundDetail {
      const row = roundOf(board, roundId);
      return { round: scores.toRound(row), answers: repo.answers(row.id).map(toAnswer) };
    },

    /** Saves one answer (the latest wins); refused for a finished round or a retired question. */
    answer(
      board: BoardRow,
      lead: UserRow,
      roundId: string,
      questionId: string,
      body: AnswerBody,
    ): AnalysisRound {
      const round = open(roundOf(board, roundId));
      const question = takesAnswers(questionOf(board, questionId));
      if (!isValidAnswer(question.type, body.value)) {
        throw new AppError(
          400,
          'validation_failed',
          `A ${question.type} question cannot be answered ${JSON.stringify(body.value)}.`,
          { field: 'value' },
        );
      }
      const comment = body.comment?.trim() ?? '';
      repo.saveAnswer({
        round_id: round.id,
        question_id: question.id,
        question_version: question.current_version,
        points: typeof body.value === 'number' ? body.value : null,
        skip: typeof body.value === 'number' ? null : body.value,
        comment: comment === '' ? null : comment,
        answered_by: lead.id,
        answered_by_name: lead.display_name,
        answered_at: clock.now().toISOString(),
      });
      return scores.toRound(round);
    },

    /** Freezes the round's scores and shows it on the wall's radar. */
    finish(board: BoardRow, lead: UserRow, roundId: string): AnalysisRound {
      const round = open(roundOf(board, roundId));
      // Scored and frozen inside the change's transaction: exactly what is committed.
      boardChanges.commit(board, (seq, at) => {
        const tallies = scores.liveTallies(round);
        if (tallies.every((t) => t.scored + t.dontKnow + t.notRelevant === 0)) {
          throw new AppError(409, 'round_empty', 'Answer at least one question before finishing.');
        }
        if (!repo.finish(round.id, at, lead.id)) {
          throw new AppError(409, 'round_finished', 'The round is already finished.');
        }
        tallies.forEach((tally, position) =>
          repo.insertScore({
            round_id: round.id,
            category_id: tally.categoryId,
            dimension: tally.dimension,
            position,
            percent: tally.percent,
            scored: tally.scored,
            dont_know: tally.dontKnow,
            not_relevant: tally.notRelevant,
            unanswered: tally.unanswered,
          }),
        );
        return method.changed(board, seq);
      });
      return scores.toRound(roundOf(board, round.id));
    },
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
