import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANALYSIS_CATEGORIES,
  DIMENSIONS,
  type AnalysisQuestion,
  type AnalysisQuestions,
  type AnalysisRound,
  type AnalysisRoundDetail,
  type CategoryScore,
  type MethodState,
} from '@tavla/shared';
import { ANALYSIS_CATEGORY_TEXT } from '@tavla/shared/analysis-categories';
import { ANALYSIS_QUESTION_BANK } from '@tavla/shared/analysis-questions';
import type { BoardChange } from '../../lib/change-feed.js';
import {
  answerCategory,
  methodFingerprint,
  methodFixture,
  questionIds,
  startRound,
  type MethodFixture,
} from '../../test-support/method-fixture.js';

let fx: MethodFixture;

beforeAll(async () => {
  fx = await methodFixture();
});

afterAll(async () => {
  await fx.app.close();
});

const score = (round: AnalysisRound, categoryId: string): CategoryScore => {
  const found = round.scores.find((s) => s.categoryId === categoryId);
  if (!found) throw new Error(`no score for ${categoryId}`);
  return found;
};

const url = (boardId: string, rest: string) => `/api/boards/${boardId}/analysis${rest}`;

const newQuestion = {
  categoryId: 'energy_climate',
  type: 'yes_no',
  text: {
    sv: 'Stänger vi av tryckluften över helgen?',
    en: 'Do we shut off compressed air at weekends?',
  },
  help: { sv: 'Läckor kostar mest när ingen arbetar.', en: 'Leaks cost most when nobody works.' },
} as const;

describe('the question bank', () => {
  it('is the shipped bank, copied to each board: three forms of five categories in bank order', async () => {
    const board = fx.board();
    const response = await fx.call(fx.lead, 'GET', url(board.id, '/questions'));
    expect(response.statusCode).toBe(200);
    const bank = response.json<AnalysisQuestions>();
    expect(bank.forms.map((f) => f.dimension)).toEqual([...DIMENSIONS]);
    for (const form of bank.forms) {
      expect(form.categories.map((c) => c.id)).toEqual([...ANALYSIS_CATEGORIES[form.dimension]]);
      for (const category of form.categories) {
        expect(category.name).toEqual(ANALYSIS_CATEGORY_TEXT[category.id].name);
        expect(category.questions).toEqual(
          ANALYSIS_QUESTION_BANK[category.id].map((q) => ({ ...q, version: 1 })),
        );
      }
    }
  });

  it('lets an admin add, edit (a new version) and retire questions of one board only', async () => {
    const board = fx.board();
    const other = fx.board();
    const added = await fx.call(fx.admin, 'POST', url(board.id, '/questions'), newQuestion);
    expect(added.statusCode).toBe(201);
    const question = added.json<AnalysisQuestion>();
    expect(question).toMatchObject({ type: 'yes_no', text: newQuestion.text, version: 1 });

    const edited = await fx.call(fx.admin, 'PUT', url(board.id, `/questions/${question.id}`), {
      text: {
        sv: 'Stängs tryckluften av varje helg?',
        en: 'Is compressed air shut off every weekend?',
      },
      help: newQuestion.help,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<AnalysisQuestion>()).toMatchObject({ id: question.id, version: 2 });

    const energyOf = async (boardId: string) =>
      (await fx.call(fx.lead, 'GET', url(boardId, '/questions')))
        .json<AnalysisQuestions>()
        .forms[0]?.categories.find((c) => c.id === 'energy_climate')?.questions ?? [];
    const shipped = ANALYSIS_QUESTION_BANK.energy_climate;
    expect((await energyOf(board.id)).map((q) => [q.id, q.version])).toEqual([
      ...shipped.map((q) => [q.id, 1]),
      [question.id, 2],
    ]);
    expect((await energyOf(other.id)).map((q) => q.id)).toEqual(shipped.map((q) => q.id));

    const first = shipped[0]?.id ?? '';
    const retired = await fx.call(fx.admin, 'POST', url(board.id, `/questions/${first}/retire`));
    expect(retired.statusCode).toBe(204);
    // Retiring again is harmless (a retried request).
    expect(
      (await fx.call(fx.admin, 'POST', url(board.id, `/questions/${first}/retire`))).statusCode,
    ).toBe(204);
    expect((await energyOf(board.id)).map((q) => q.id)).not.toContain(first);
    expect((await energyOf(other.id)).map((q) => q.id)).toContain(first);
  });

  it('is adapted by admins only; a lead may read it', async () => {
    const board = fx.board();
    const before = methodFingerprint(fx.db);
    const added = await fx.call(fx.lead, 'POST', url(board.id, '/questions'), newQuestion);
    expect(added.statusCode).toBe(403);
    const first = ANALYSIS_QUESTION_BANK.energy_climate[0]?.id ?? '';
    const edit = await fx.call(fx.lead, 'PUT', url(board.id, `/questions/${first}`), {
      text: newQuestion.text,
      help: newQuestion.help,
    });
    expect(edit.statusCode).toBe(403);
    expect(
      (await fx.call(fx.lead, 'POST', url(board.id, `/questions/${first}/retire`))).statusCode,
    ).toBe(403);
    expect(methodFingerprint(fx.db)).toBe(before);
  });
});

describe('an analysis round', () => {
  it('scores categories and forms from the answers, saved one by one with who and when', async () => {
    const board = fx.board();
    const ids = await questionIds(fx, board);
    const round = await startRound(fx, board, 'Nulägesanalys 2027');
    expect(round).toMatchObject({ name: 'Nulägesanalys 2027', finishedAt: null, previous: null });
    expect(round.scores.every((s) => s.percent === null && s.unanswered === 4)).toBe(true);

    await answerCategory(fx, board, round.id, ids.energy_climate, [4, 4, 0, 0]);
    await answerCategory(fx, board, round.id, ids.emissions, [4, 0, 0, 0]);
    await answerCategory(fx, board, round.id, ids.chemicals_waste, [4, 4, 4, 4]);
    // Don't know and not relevant are left out of the percent; don't know is counted.
    const latest = await answerCategory(fx, board, round.id, ids.materials_circularity, [
      'dont_know',
      4,
      0,
      'not_relevant',
    ]);
    expect(score(latest, 'energy_climate')).toMatchObject({
      percent: 50,
      scored: 4,
      unanswered: 0,
    });
    expect(score(latest, 'emissions').percent).toBe(25);
    expect(score(latest, 'chemicals_waste').percent).toBe(100);
    expect(score(latest, 'materials_circularity')).toMatchObject({
      percent: 50,
      scored: 2,
      dontKnow: 1,
      notRelevant: 1,
      unanswered: 0,
      previousPercent: null,
    });
    expect(score(latest, 'transport_suppliers')).toMatchObject({ percent: null, unanswered: 4 });
    // The ecological form: the mean of its scored categories (50, 25, 100, 50).
    expect(latest.forms).toEqual([
      { dimension: 'ecological', percent: 56, answered: 16, questions: 20 },
      { dimension: 'economic', percent: null, answered: 0, questions: 20 },
      { dimension: 'social', percent: null, answered: 0, questions: 20 },
    ]);

    // The latest answer wins; the comment and who answered are kept.
    const again = await fx.call(
      fx.lead,
      'PUT',
      url(board.id, `/rounds/${round.id}/answers/${ids.emissions[1] ?? ''}`),
      { value: 4, comment: '  We measure it since March.  ' },
    );
    expect(score(again.json<AnalysisRound>(), 'emissions').percent).toBe(50);
    const detail = (
      await fx.call(fx.lead, 'GET', url(board.id, `/rounds/${round.id}`))
    ).json<AnalysisRoundDetail>();
    expect(detail.answers).toHaveLength(16);
    expect(detail.answers.find((a) => a.questionId === ids.emissions[1])).toMatchObject({
      value: 4,
      questionVersion: 1,
      comment: 'We measure it since March.',
      answeredBy: 'Lead lead-a',
    });
  });

  it('freezes its scores when finished, and the next round compares with it', async () => {
    const board = fx.board();
    const published: BoardChange[] = [];
    const stop = fx.app.services.changes.subscribe((boardId, change) => {
      if (boardId === board.id) published.push(change);
    });
    const ids = await questionIds(fx, board);
    const first = await startRound(fx, board, 'Analys 2027');
    await answerCategory(fx, board, first.id, ids.energy_climate, [4, 4, 0, 0]);
    await answerCategory(fx, board, first.id, ids.health_safety, [4, 4, 4, 0]);
    const finished = await fx.call(fx.lead, 'POST', url(board.id, `/rounds/${first.id}/finish`));
    expect(finished.statusCode).toBe(200);
    const frozen = finished.json<AnalysisRound>();
    expect(frozen.finishedAt).not.toBeNull();
    expect(score(frozen, 'energy_climate').percent).toBe(50);
    expect(score(frozen, 'health_safety').percent).toBe(75);

    // The wall's radar hears of it: one method change with the finished round.
    expect(published).toHaveLength(1);
    const change = published[0];
    if (change?.event !== 'method:updated') throw new Error('expected a method change');
    const method: MethodState = change.payload.method;
    expect(method.analysis).toMatchObject({
      roundId: first.id,
      name: 'Analys 2027',
      previousName: null,
    });
    expect(method.analysis?.scores.find((s) => s.categoryId === 'energy_climate')?.percent).toBe(
      50,
    );

    // An admin adapts the bank afterwards: an edit and a retirement in the scored category.
    const [q1, q2] = ids.energy_climate;
    await fx.call(fx.admin, 'PUT', url(board.id, `/questions/${q1 ?? ''}`), {
      text: { sv: 'Ny text', en: 'New text' },
      help: { sv: 'Ny hjälp', en: 'New help' },
    });
    await fx.call(fx.admin, 'POST', url(board.id, `/questions/${q2 ?? ''}/retire`));
    const firstAgain = (
      await fx.call(fx.lead, 'GET', url(board.id, `/rounds/${first.id}`))
    ).json<AnalysisRoundDetail>();
    expect(firstAgain.round.scores).toEqual(frozen.scores);
    expect(firstAgain.answers.find((a) => a.questionId === q1)?.questionVersion).toBe(1);

    const second = await startRound(fx, board, 'Analys 2028');
    expect(second.previous).toEqual({ id: first.id, name: 'Analys 2027' });
    expect(score(second, 'energy_climate')).toMatchObject({
      percent: null,
      unanswered: 3,
      previousPercent: 50,
    });
    expect(score(second, 'health_safety').previousPercent).toBe(75);
    expect(score(second, 'emissions').previousPercent).toBeNull();
    // The retired question takes no answers; the edited one is answered in its new version.
    const remaining = ids.energy_climate.filter((id) => id !== q2);
    const answered = await answerCategory(fx, board, second.id, remaining, [4, 4, 4]);
    expect(score(answered, 'energy_climate')).toMatchObject({ percent: 100, previousPercent: 50 });
    const secondDetail = (
      await fx.call(fx.lead, 'GET', url(board.id, `/rounds/${second.id}`))
    ).json<AnalysisRoundDetail>();
    expect(secondDetail.answers.find((a) => a.questionId === q1)?.questionVersion).toBe(2);
    expect(
      (await fx.call(fx.lead, 'GET', url(board.id, `/rounds/${first.id}`)))
        .json<AnalysisRoundDetail>()
        .answers.find((a) => a.questionId === q1)?.questionVersion,
    ).toBe(1);

    // Retiring a question drops its answer out of an open round's score.
    await fx.call(fx.admin, 'POST', url(board.id, `/questions/${q1 ?? ''}/retire`));
    const open = (
      await fx.call(fx.lead, 'GET', url(board.id, `/rounds/${second.id}`))
    ).json<AnalysisRoundDetail>().round;
    expect(score(open, 'energy_climate')).toMatchObject({ percent: 100, scored: 2, unanswered: 0 });

    const finishedSecond = await fx.call(
      fx.lead,
      'POST',
      url(board.id, `/rounds/${second.id}/finish`),
    );
    expect(score(finishedSecond.json<AnalysisRound>(), 'energy_climate')).toMatchObject({
      percent: 100,
      previousPercent: 50,
    });
    const rounds = (await fx.call(fx.lead, 'GET', url(board.id, '/rounds'))).json<{
      rounds: AnalysisRound[];
    }>().rounds;
    expect(rounds.map((r) => r.name)).toEqual(['Analys 2028', 'Analys 2027']);
    const last = published.at(-1);
    expect(last?.event === 'method:updated' && last.payload.method.analysis).toMatchObject({
      roundId: second.id,
      previousName: 'Analys 2027',
    });
    stop();
  });

  it('refuses what it cannot take with a 4xx and changes nothing', async () => {
    const board = fx.board();
    const other = fx.board();
    const ids = await questionIds(fx, board);
    const yesNo = (
      await fx.call(fx.admin, 'POST', url(board.id, '/questions'), newQuestion)
    ).json<AnalysisQuestion>();
    const foreign = (
      await fx.call(fx.admin, 'POST', url(other.id, '/questions'), newQuestion)
    ).json<AnalysisQuestion>();
    const retiredId = ids.emissions[0] ?? '';
    await fx.call(fx.admin, 'POST', url(board.id, `/questions/${retiredId}/retire`));
    const round = await startRound(fx, board);
    const otherRound = await startRound(fx, other);
    const finishedBoard = fx.board();
    const doneBoard = finishedBoard.id;
    const done = await startRound(fx, finishedBoard);
    const doneIds = await questionIds(fx, finishedBoard);
    await fx.call(
      fx.lead,
      'PUT',
      url(doneBoard, `/rounds/${done.id}/answers/${doneIds.emissions[0] ?? ''}`),
      { value: 4 },
    );
    await fx.call(fx.lead, 'POST', url(doneBoard, `/rounds/${done.id}/finish`));
    await fx.call(fx.lead, 'PUT', url(board.id, `/rounds/${round.id}/answers/${yesNo.id}`), {
      value: 4,
    });

    const answer = (roundId: string, questionId: string, value: unknown, boardId = board.id) =>
      fx.call(fx.lead, 'PUT', url(boardId, `/rounds/${roundId}/answers/${questionId}`), { value });
    const refusals: [string, () => ReturnType<typeof answer>, number, string][] = [
      [
        'a value the question’s type does not allow',
        () => answer(round.id, yesNo.id, 2),
        400,
        'validation_failed',
      ],
      ['a value outside every type', () => answer(round.id, yesNo.id, 5), 400, 'validation_failed'],
      ['a retired question', () => answer(round.id, retiredId, 4), 409, 'question_retired'],
      ['a question of another board', () => answer(round.id, foreign.id, 4), 404, 'not_found'],
      ['an unknown question', () => answer(round.id, 'energy_climate.nope', 4), 404, 'not_found'],
      [
        'a finished round',
        () => answer(done.id, doneIds.emissions[1] ?? '', 4, doneBoard),
        409,
        'round_finished',
      ],
      [
        'a round of another board',
        () => answer(otherRound.id, ids.emissions[1] ?? '', 4),
        404,
        'not_found',
      ],
      [
        'a second open round',
        () => fx.call(fx.lead, 'POST', url(board.id, '/rounds'), { name: 'Two' }),
        409,
        'round_open',
      ],
      [
        'an empty name',
        () => fx.call(fx.lead, 'POST', url(other.id, '/rounds'), { name: '' }),
        400,
        'validation_failed',
      ],
      [
        'finishing a finished round',
        () => fx.call(fx.lead, 'POST', url(doneBoard, `/rounds/${done.id}/finish`)),
        409,
        'round_finished',
      ],
      [
        'finishing an empty round',
        () => fx.call(fx.lead, 'POST', url(other.id, `/rounds/${otherRound.id}/finish`)),
        409,
        'round_empty',
      ],
      [
        'finishing another board’s round',
        () => fx.call(fx.lead, 'POST', url(board.id, `/rounds/${otherRound.id}/finish`)),
        404,
        'not_found',
      ],
      [
        'editing a retired question',
        () =>
          fx.call(fx.admin, 'PUT', url(board.id, `/questions/${retiredId}`), {
            text: newQuestion.text,
            help: newQuestion.help,
          }),
        409,
        'question_retired',
      ],
      [
        'retiring another board’s question',
        () => fx.call(fx.admin, 'POST', url(board.id, `/questions/${foreign.id}/retire`)),
        404,
        'not_found',
      ],
    ];
    for (const [what, request, status, code] of refusals) {
      const before = methodFingerprint(fx.db);
      const response = await request();
      expect(response.statusCode, what).toBe(status);
      expect(response.json<{ error: { code: string } }>().error.code, what).toBe(code);
      expect(methodFingerprint(fx.db), what).toBe(before);
    }
    const refused = await answer(round.id, yesNo.id, 2);
    expect(refused.json<{ error: { field?: string } }>().error.field).toBe('value');
  });
});
