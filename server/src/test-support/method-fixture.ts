import type { LightMyRequestResponse } from 'fastify';
import type {
  AnalysisCategoryId,
  AnalysisQuestions,
  AnalysisRound,
  AnswerValue,
} from '@tavla/shared';
import type { AppOptions } from '../app.js';
import type { Db } from '../db/open-database.js';
import type { BoardRow } from '../modules/boards/board-repository.js';
import { createBoard, createLead, setupAdmin, testApp } from './test-app.js';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One app with an admin and a lead for the method's tests. Signing in costs a slow password
 * hash each, so a test file makes these once and a fresh board per test (`board()`), which the
 * lead is given directly.
 */
export async function methodFixture(options: Partial<AppOptions> = {}) {
  const { app, db } = await testApp(options);
  const first = createBoard(app, 'First', 'en');
  const admin = await setupAdmin(app);
  const lead = await createLead(app, admin, [first.id], 'lead-a');
  const grant = db.prepare('INSERT INTO lead_boards (user_id, board_id) VALUES (?, ?)');

  const call = (
    cookie: string | Record<string, string>,
    method: Method,
    url: string,
    payload?: unknown,
  ): Promise<LightMyRequestResponse> =>
    app.inject({
      method,
      url,
      headers: typeof cookie === 'string' ? { cookie } : cookie,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
    });

  return {
    app,
    db,
    admin,
    lead: lead.cookie,
    call,
    /** A new board that the lead manages. */
    board(name = 'Line 3', language: 'sv' | 'en' = 'en'): BoardRow {
      const board = createBoard(app, name, language);
      grant.run(lead.userId, board.id);
      return board;
    },
  };
}

export type MethodFixture = Awaited<ReturnType<typeof methodFixture>>;

/** The board's current question ids per category (bank order). */
export async function questionIds(
  fx: MethodFixture,
  board: BoardRow,
): Promise<Record<AnalysisCategoryId, string[]>> {
  const response = await fx.call(fx.lead, 'GET', `/api/boards/${board.id}/analysis/questions`);
  if (response.statusCode !== 200) throw new Error(`questions: ${response.body}`);
  const ids: Partial<Record<AnalysisCategoryId, string[]>> = {};
  for (const form of response.json<AnalysisQuestions>().forms) {
    for (const category of form.categories) ids[category.id] = category.questions.map((q) => q.id);
  }
  return ids as Record<AnalysisCategoryId, string[]>;
}

export async function startRound(
  fx: MethodFixture,
  board: BoardRow,
  name = 'Nulägesanalys 2027',
): Promise<AnalysisRound> {
  const response = await fx.call(fx.lead, 'POST', `/api/boards/${board.id}/analysis/rounds`, {
    name,
  });
  if (response.statusCode !== 201) throw new Error(`start round: ${response.body}`);
  return response.json<AnalysisRound>();
}

/** Answers a category's questions in order with `values` (0 and 4 fit every answer type). */
export async function answerCategory(
  fx: MethodFixture,
  board: BoardRow,
  roundId: string,
  questions: readonly string[],
  values: readonly AnswerValue[],
): Promise<AnalysisRound> {
  let last: AnalysisRound | undefined;
  for (const [index, value] of values.entries()) {
    const questionId = questions[index];
    if (!questionId) throw new Error(`no question ${index}`);
    const response = await fx.call(
      fx.lead,
      'PUT',
      `/api/boards/${board.id}/analysis/rounds/${roundId}/answers/${questionId}`,
      { value },
    );
    if (response.statusCode !== 200) throw new Error(`answer: ${response.body}`);
    last = response.json<AnalysisRound>();
  }
  if (!last) throw new Error('no answers given');
  return last;
}

/** A finished round whose categories score the given percents (of 0, 25, 50, 75, 100). */
export async function finishedRound(
  fx: MethodFixture,
  board: BoardRow,
  percents: Partial<Record<AnalysisCategoryId, 0 | 25 | 50 | 75 | 100>>,
  name = 'Round',
): Promise<AnalysisRound> {
  const ids = await questionIds(fx, board);
  const round = await startRound(fx, board, name);
  for (const [category, percent] of Object.entries(percents) as [AnalysisCategoryId, number][]) {
    const fours = percent / 25;
    const values = [0, 1, 2, 3].map((i) => (i < fours ? 4 : 0));
    await answerCategory(fx, board, round.id, ids[category], values);
  }
  const finished = await fx.call(
    fx.lead,
    'POST',
    `/api/boards/${board.id}/analysis/rounds/${round.id}/finish`,
  );
  if (finished.statusCode !== 200) throw new Error(`finish: ${finished.body}`);
  return finished.json<AnalysisRound>();
}

/** Every table the method writes, to check that a refused request changed nothing. */
export function methodFingerprint(db: Db): string {
  const tables = [
    'boards',
    'board_changes',
    'analysis_questions',
    'analysis_question_versions',
    'analysis_rounds',
    'analysis_answers',
    'analysis_round_scores',
    'interest_votes',
    'interest_dots',
    'materiality_matrices',
    'board_method_settings',
    'goals',
  ];
  return JSON.stringify(
    tables.map((table) => db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()),
  );
}
