import { readFileSync } from 'node:fs';
import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ActionReviewBodySchema,
  EndFollowUpBodySchema,
  GoalOutcomeBodySchema,
  LearningBodySchema,
  NewActionBodySchema,
  NewFollowUpBodySchema,
  NoteBodySchema,
  PulseBodySchema,
  StepBodySchema,
  VotesBodySchema,
} from '@tavla/shared';
import { t } from '@tavla/shared/i18n';
import { ApiError, describeError } from '../../api.js';
import * as api from './follow-up-api.js';

const BOARD = 'b-0000001';
const FU = 'fu_1';
const NOTE = '0b8a3f0e-5d1c-4c55-9a43-7f2a9d1e6b10';

type Sent = { method: string; path: string; body: unknown };
function capture(answer: unknown = {}, status = 200): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      sent.push({
        method: init.method ?? 'GET',
        path: url,
        body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
      });
      return new Response(JSON.stringify(answer), { status });
    }),
  );
  return sent;
}
afterEach(() => vi.unstubAllGlobals());

/** The contract's route table (the header of shared/src/follow-ups.ts), as "METHOD /path". */
const contractRoutes = (() => {
  const text = readFileSync(
    new URL('../../../../shared/src/follow-ups.ts', import.meta.url),
    'utf8',
  );
  return [...text.matchAll(/\|\s*(GET|POST|PUT|DELETE)\s*\|\s*(\/[^\s|]+)/g)].map(
    (match) => `${match[1]} ${match[2]}`,
  );
})();

/** A sent request as its contract route: ids put back as the table's `:names`. */
const asRoute = ({ method, path }: Sent) =>
  `${method} ${path
    .replace(`/api/boards/${BOARD}`, '')
    .replace(`/follow-ups/${FU}`, '/follow-ups/:followUpId')
    .replace(/\/actions\/act_1/, '/actions/:actionId')
    .replace(/\/goals\/goal_1/, '/goals/:goalId')
    .replace(`/notes/${NOTE}`, '/notes/:noteId')}`;

describe("the follow-up's API module", () => {
  it('asks only routes of the contract, each with a body its schema takes', async () => {
    const sent = capture();
    await api.fetchFollowUps(BOARD);
    await api.fetchFollowUp(BOARD, FU);
    await api.fetchActions(BOARD);
    await api.fetchCurrent(BOARD);
    await api.startFollowUp(BOARD, 'quarterly');
    await api.moveStep(BOARD, FU, 'vote', 'write');
    await api.reviewAction(BOARD, FU, 'act_1', 'done');
    await api.reviewAction(BOARD, FU, 'act_1', null);
    await api.judgeGoal(BOARD, FU, 'goal_1', 'partly');
    await api.hideNote(BOARD, FU, NOTE);
    await api.addAction(BOARD, FU, { text: 'Fix the door', owner: 'Ali', dueDate: '2026-12-24' });
    await api.saveLearning(BOARD, FU, 'Short meetings work');
    await api.endFollowUp(BOARD, FU, { nextDate: '2027-03-01' });
    await api.sendNote(BOARD, FU, { id: NOTE, kind: 'went_well', text: 'Good talk' });
    await api.sendVotes(BOARD, FU, [NOTE]);
    await api.sendPulse(BOARD, FU, { involved: 4, contribute: 3 });

    const routes = sent.map(asRoute);
    expect(routes.filter((route) => !contractRoutes.includes(route))).toEqual([]);
    // Every follow-up route of the contract is used (the meeting's are another page's).
    const followUpRoutes = contractRoutes.filter((route) => !/meeting/.test(route));
    expect(followUpRoutes.filter((route) => !routes.includes(route))).toEqual([
      'PUT /actions/:actionId',
    ]);

    const bodies: Record<string, TSchema> = {
      'POST /follow-ups': NewFollowUpBodySchema,
      'PUT /follow-ups/:followUpId/step': StepBodySchema,
      'PUT /follow-ups/:followUpId/actions/:actionId': ActionReviewBodySchema,
      'PUT /follow-ups/:followUpId/goals/:goalId': GoalOutcomeBodySchema,
      'POST /follow-ups/:followUpId/new-actions': NewActionBodySchema,
      'PUT /follow-ups/:followUpId/learning': LearningBodySchema,
      'POST /follow-ups/:followUpId/end': EndFollowUpBodySchema,
      'POST /follow-ups/:followUpId/notes': NoteBodySchema,
      'PUT /follow-ups/:followUpId/votes': VotesBodySchema,
      'PUT /follow-ups/:followUpId/pulse': PulseBodySchema,
    };
    for (const request of sent) {
      const schema = bodies[asRoute(request)];
      if (schema) expect(Value.Check(schema, request.body), asRoute(request)).toBe(true);
      else expect(request.body, asRoute(request)).toBeUndefined();
    }
    expect(sent.find((r) => r.path.endsWith('/step'))?.body).toEqual({
      step: 'vote',
      from: 'write',
    });
  });

  it('escapes ids in paths', async () => {
    const sent = capture();
    await api.fetchFollowUp('b/1', 'a b');
    expect(sent[0]?.path).toBe('/api/boards/b%2F1/follow-ups/a%20b');
  });

  it("says the follow-up's refusals in the user's language, from their code", async () => {
    capture({ error: { code: 'follow_up_step_moved', message: 'The follow-up moved on' } }, 409);
    const moved = await api.moveStep(BOARD, FU, 'vote', 'write').catch((e: unknown) => e);
    expect(moved).toBeInstanceOf(ApiError);
    expect(moved).toMatchObject({ status: 409, code: 'follow_up_step_moved' });
    expect(describeError('sv', moved)).toBe(t('sv', 'error.follow_up_step_moved'));
    expect(describeError('en', moved)).toBe(t('en', 'error.follow_up_step_moved'));
    for (const code of [
      'too_many_notes',
      'too_many_votes',
      'follow_up_wrong_step',
      'follow_up_not_live',
    ]) {
      const text = describeError('sv', new ApiError(409, code, 'x'));
      expect(text, code).toBe(t('sv', `error.${code}` as Parameters<typeof t>[1]));
      expect(text).not.toBe(t('sv', 'error.internal'));
    }
  });
});
