import sharp from 'sharp';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  decodeSnapshotResult,
  type Activity,
  type BoardSnapshot,
  type IdeaList,
  type MethodUpdatedEvent,
  type Roadmap,
  type Suggestion,
  type WorkshopAnswer,
  type WorkshopCurrent,
  type WorkshopLive,
  type WorkshopMine,
  type WorkshopSessionResults,
  type WorkshopSessionSummary,
  type WorkshopTemplate,
} from '@tavla/shared';
import { BUILTIN_TEMPLATE_IDS } from '@tavla/shared/workshop-template';
import type { LightMyRequestResponse } from 'fastify';
import { DEFAULT_RATE_LIMITS } from '../../http/rate-limits.js';
import type { BoardChange } from '../../lib/change-feed.js';
import { methodFixture, type MethodFixture } from '../../test-support/method-fixture.js';
import { openSocket, type ClientSocket } from '../../test-support/sockets.js';
import type { App } from '../../app.js';
import {
  count,
  createBoard,
  createLead,
  joinPhone,
  manualClock,
  setupAdmin,
  testApp,
} from '../../test-support/test-app.js';
import type { BoardRow } from '../boards/board-repository.js';

const clock = manualClock();
let fx: MethodFixture;

beforeAll(async () => {
  // The bursts below join hundreds of phones from one address: more than a minute allows.
  fx = await methodFixture({
    clock,
    rateLimits: { ...DEFAULT_RATE_LIMITS, newDevice: [{ max: 100_000, windowMs: 60_000 }] },
  });
});

afterAll(async () => {
  await fx.app.close();
});

const EN = BUILTIN_TEMPLATE_IDS.en;
const url = (board: BoardRow, rest: string) => `/api/boards/${board.id}/workshop${rest}`;
type Who = string | Record<string, string>;

const errorCode = (response: LightMyRequestResponse) =>
  response.json<{ error: { code: string } }>().error.code;

async function start(board: BoardRow, templateId: string = EN): Promise<WorkshopLive> {
  const response = await fx.call(fx.lead, 'POST', url(board, '/sessions'), { templateId });
  if (response.statusCode !== 201) throw new Error(`start: ${response.body}`);
  return response.json<WorkshopLive>();
}

const control = (board: BoardRow, action: string, index: number) =>
  fx.call(fx.lead, 'POST', url(board, '/current/control'), { action, index });

async function act(board: BoardRow, action: string): Promise<WorkshopLive | null> {
  const live = (await current(board)).live;
  if (!live) throw new Error('no live session');
  const response = await control(board, action, live.index);
  if (response.statusCode !== 200) throw new Error(`${action}: ${response.body}`);
  return response.json<WorkshopLive | null>();
}

/** Moves the live session on until the activity with this id is current. */
async function goTo(board: BoardRow, activityId: string): Promise<WorkshopLive> {
  for (let i = 0; i < 40; i += 1) {
    const live = (await current(board)).live;
    if (!live) throw new Error('no live session');
    if (live.activity.id === activityId) return live;
    await act(board, 'next');
  }
  throw new Error(`no activity ${activityId}`);
}

const answer = (
  board: BoardRow,
  phone: string,
  activityId: string,
  body: WorkshopAnswer,
  clientId: string = randomUUID(),
) => fx.call(phone, 'POST', url(board, '/answers'), { clientId, activityId, answer: body });

async function answerOk(
  board: BoardRow,
  phone: string,
  activityId: string,
  body: WorkshopAnswer,
): Promise<WorkshopMine> {
  const response = await answer(board, phone, activityId, body);
  if (response.statusCode !== 200) throw new Error(`answer: ${response.body}`);
  return response.json<WorkshopMine>();
}

const current = async (board: BoardRow, who: Who = fx.lead) =>
  (await fx.call(who, 'GET', url(board, '/current'))).json<WorkshopCurrent>();

const snapshotOf = async (board: BoardRow, who: Who = fx.lead) =>
  (await fx.call(who, 'GET', `/api/boards/${board.id}/snapshot`)).json<BoardSnapshot>();

/** Every table a workshop writes, to check that a refused request changed nothing. */
function fingerprint(): string {
  const tables = [
    'board_changes',
    'workshop_templates',
    'workshop_sessions',
    'workshop_activity_states',
    'workshop_answer_ids',
    'workshop_choices',
    'workshop_words',
    'workshop_ideas',
    'workshop_upvotes',
    'workshop_hidden',
    'suggestions',
    'interest_votes',
  ];
  fx.app.services.workshopTallies.flush();
  return JSON.stringify(
    tables.map((table) => fx.db.prepare(`SELECT * FROM ${table} ORDER BY 1, 2`).all()),
  );
}

function methodChanges(board: BoardRow): { list: MethodUpdatedEvent[]; stop: () => void } {
  const list: MethodUpdatedEvent[] = [];
  const stop = fx.app.services.changes.subscribe((boardId, change: BoardChange) => {
    if (boardId === board.id && change.event === 'method:updated') list.push(change.payload);
  });
  return { list, stop };
}

async function waitFor(test: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > timeoutMs) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A board's own template with just these activities, ready to start. */
async function customTemplate(board: BoardRow, activities: Activity[]): Promise<string> {
  const copy = await fx.call(fx.lead, 'POST', url(board, '/templates'), { fromTemplateId: EN });
  const id = copy.json<WorkshopTemplate>().id;
  const edited = await fx.call(fx.lead, 'PUT', url(board, `/templates/${id}`), {
    name: 'Short one',
    minutes: 10,
    activities,
  });
  if (edited.statusCode !== 200) throw new Error(`edit: ${edited.body}`);
  return id;
}

const POLL: Activity = {
  id: 'poll',
  kind: 'poll',
  title: 'Which dimension?',
  text: '',
  options: ['Ecological', 'Economic', 'Social'],
  multiple: false,
  hideResults: false,
};
const SCALE: Activity = {
  id: 'scale',
  kind: 'scale',
  title: 'Involved?',
  text: '',
  low: 'No',
  high: 'Yes',
  pulse: 'involved',
};
const CLOUD: Activity = { id: 'cloud', kind: 'wordcloud', title: 'Words', text: '' };
const IDEAS: Activity = { id: 'ideas', kind: 'ideas', title: 'Ideas', text: '' };

async function phones(board: BoardRow, n: number): Promise<string[]> {
  const list: string[] = [];
  for (let i = 0; i < n; i += 1) list.push(await joinPhone(fx.app, board));
  return list;
}

describe('workshop templates', () => {
  it('lists the built-in ones; a lead copies, edits and deletes the board’s own', async () => {
    const board = fx.board();
    const listed = await fx.call(fx.lead, 'GET', url(board, '/templates'));
    expect(listed.statusCode).toBe(200);
    const templates = listed.json<{ templates: WorkshopTemplate[] }>().templates;
    expect(templates.map((t) => [t.id, t.builtIn, t.language])).toEqual([
      [BUILTIN_TEMPLATE_IDS.sv, true, 'sv'],
      [BUILTIN_TEMPLATE_IDS.en, true, 'en'],
    ]);

    const copied = await fx.call(fx.lead, 'POST', url(board, '/templates'), {
      fromTemplateId: BUILTIN_TEMPLATE_IDS.sv,
      name: 'Vår workshop',
    });
    expect(copied.statusCode).toBe(201);
    const copy = copied.json<WorkshopTemplate>();
    expect(copy).toMatchObject({ name: 'Vår workshop', language: 'sv', builtIn: false });
    expect(copy.activities).toEqual(templates[0]?.activities);

    const edited = await fx.call(fx.lead, 'PUT', url(board, `/templates/${copy.id}`), {
      name: 'Kort workshop',
      minutes: 20,
      activities: [POLL, SCALE],
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<WorkshopTemplate>()).toMatchObject({
      name: 'Kort workshop',
      minutes: 20,
      activities: [POLL, SCALE],
    });

    // Built-in ones refuse changes; a template of another board is not found.
    const before = fingerprint();
    const builtIn = await fx.call(fx.lead, 'PUT', url(board, `/templates/${EN}`), {
      name: 'Mine now',
      minutes: 5,
      activities: [POLL],
    });
    expect([builtIn.statusCode, errorCode(builtIn)]).toEqual([409, 'template_built_in']);
    const deleteBuiltIn = await fx.call(fx.lead, 'DELETE', url(board, `/templates/${EN}`));
    expect([deleteBuiltIn.statusCode, errorCode(deleteBuiltIn)]).toEqual([
      409,
      'template_built_in',
    ]);
    const other = fx.board();
    const elsewhere = await fx.call(fx.lead, 'DELETE', url(other, `/templates/${copy.id}`));
    expect([elsewhere.statusCode, errorCode(elsewhere)]).toEqual([404, 'not_found']);
    // An activity id twice, or a quiz without its answer, cannot be run.
    for (const activities of [
      [POLL, POLL],
      [{ id: 'q', kind: 'quiz', title: 'Q', text: '', options: ['a', 'b'], correct: null }],
      [{ id: 'q', kind: 'quiz', title: 'Q', text: '', options: ['a', 'b'], correct: 2 }],
    ]) {
      const refused = await fx.call(fx.lead, 'PUT', url(board, `/templates/${copy.id}`), {
        name: 'Bad',
        minutes: 5,
        activities,
      });
      expect([refused.statusCode, errorCode(refused)]).toEqual([400, 'validation_failed']);
    }
    expect(fingerprint()).toBe(before);

    const deleted = await fx.call(fx.lead, 'DELETE', url(board, `/templates/${copy.id}`));
    expect(deleted.statusCode).toBe(204);
    const after = await fx.call(fx.lead, 'GET', url(board, '/templates'));
    expect(after.json<{ templates: WorkshopTemplate[] }>().templates).toHaveLength(2);
  });
});

describe('a slide photo', () => {
  async function uploadPhoto(board: BoardRow): Promise<string> {
    const jpeg = await sharp({
      create: { width: 64, height: 48, channels: 3, background: 'green' },
    })
      .jpeg()
      .toBuffer();
    const response = await fx.app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/photos`,
      headers: { cookie: fx.lead, 'content-type': 'image/jpeg' },
      payload: jpeg,
    });
    if (response.statusCode !== 201) throw new Error(`photo: ${response.body}`);
    return response.json<{ id: string }>().id;
  }

  it("is one uploaded for the board; another board's is refused and nothing changes", async () => {
    const board = fx.board();
    const other = fx.board();
    const copy = (
      await fx.call(fx.lead, 'POST', url(board, '/templates'), { fromTemplateId: EN })
    ).json<WorkshopTemplate>();
    const slide = (photoId: string) => ({
      name: 'With a photo',
      minutes: 5,
      activities: [{ id: 'doors', kind: 'slide', title: 'The doors', text: '', photoId }],
    });
    const own = await uploadPhoto(board);
    const saved = await fx.call(fx.lead, 'PUT', url(board, `/templates/${copy.id}`), slide(own));
    expect(saved.statusCode).toBe(200);
    expect(saved.json<WorkshopTemplate>().activities[0]).toMatchObject({ photoId: own });

    const foreign = await uploadPhoto(other);
    const before = fingerprint();
    const refused = await fx.call(
      fx.lead,
      'PUT',
      url(board, `/templates/${copy.id}`),
      slide(foreign),
    );
    expect([refused.statusCode, errorCode(refused)]).toEqual([400, 'validation_failed']);
    expect(refused.json<{ error: { field?: string } }>().error.field).toBe('photoId');
    expect(fingerprint()).toBe(before);
  });
});

describe('ending a workshop', () => {
  it('closes the interest vote the session opened, so the wall returns to its cycle', async () => {
    const board = fx.board();
    const templateId = await customTemplate(board, [
      { id: 'interest', kind: 'interest_vote', title: 'Where do we start?', text: '' },
      POLL,
    ]);
    await start(board, templateId);
    const opened = (await snapshotOf(board)).method?.vote;
    expect(opened?.status).toBe('open');
    // Moving on leaves it open (phones may still place dots)…
    await act(board, 'next');
    expect((await snapshotOf(board)).method?.vote?.status).toBe('open');
    // …ending the workshop closes it and keeps its matrix.
    expect(await act(board, 'end')).toBeNull();
    const method = (await snapshotOf(board)).method;
    expect(method?.workshop).toBeNull();
    expect(method?.vote).toMatchObject({ id: opened?.id, status: 'closed' });
    expect(method?.matrix?.voteId).toBe(opened?.id);
  });
});

describe('a workshop session through the built-in template', () => {
  it('runs from the first slide to the idea board and keeps its results', async () => {
    const board = fx.board('Line 7', 'en');
    const [a, b, c] = await phones(board, 3);
    if (!a || !b || !c) throw new Error('phones');
    const changes = methodChanges(board);

    // Nothing is live yet: an answer is refused.
    const early = await answer(board, a, 'meaning', { kind: 'word', text: 'Energy' });
    expect([early.statusCode, errorCode(early)]).toEqual([409, 'workshop_not_live']);

    const live = await start(board);
    expect(live).toMatchObject({
      title: 'Sustainability workshop',
      index: 0,
      count: 17,
      activity: { id: 'welcome', kind: 'slide' },
      open: true,
      answered: 0,
      results: null,
    });
    // Every screen hears of it at once, in a sequenced change, and a snapshot agrees.
    expect(changes.list.at(-1)?.method.workshop).toEqual(live);
    const snapshot = await snapshotOf(board, { 'x-display-key': board.display_key });
    expect(snapshot.method?.workshop).toEqual(live);
    expect(snapshot.seq).toBe(changes.list.at(-1)?.seq);
    const again = await fx.call(fx.lead, 'POST', url(board, '/sessions'), { templateId: EN });
    expect([again.statusCode, errorCode(again)]).toEqual([409, 'workshop_live']);

    // The word cloud merges regardless of case and spacing; a 4th word is refused.
    await goTo(board, 'meaning');
    await answerOk(board, a, 'meaning', { kind: 'word', text: 'Less  waste' });
    await answerOk(board, b, 'meaning', { kind: 'word', text: 'less waste ' });
    await answerOk(board, b, 'meaning', { kind: 'word', text: 'Safety' });
    await answerOk(board, a, 'meaning', { kind: 'word', text: 'Energy' });
    const third = await answerOk(board, a, 'meaning', { kind: 'word', text: 'Fair pay' });
    expect(third.words).toEqual(['Less waste', 'Energy', 'Fair pay']);
    let before = fingerprint();
    const fourth = await answer(board, a, 'meaning', { kind: 'word', text: 'One more' });
    expect([fourth.statusCode, errorCode(fourth)]).toEqual([400, 'too_many_words']);
    expect(fingerprint()).toBe(before);
    let state = await current(board);
    expect(state.live?.answered).toBe(2);
    expect(state.live?.results).toEqual({
      kind: 'wordcloud',
      entries: 5,
      words: [
        { key: 'less waste', text: 'Less waste', count: 2 },
        { key: 'safety', text: 'Safety', count: 1 },
        { key: 'energy', text: 'Energy', count: 1 },
        { key: 'fair pay', text: 'Fair pay', count: 1 },
      ],
    });
    // The lead hides a word by its key: gone from every screen.
    const hidden = await fx.call(fx.lead, 'POST', url(board, '/current/hide'), {
      activityId: 'meaning',
      entry: 'safety',
    });
    expect(hidden.statusCode).toBe(204);
    state = await current(board);
    expect(state.live?.results).toMatchObject({ entries: 4 });
    expect(changes.list.at(-1)?.method.workshop?.results).toEqual(state.live?.results);
    const words = state.live?.results?.kind === 'wordcloud' ? state.live.results.words : [];
    expect(words.map((w) => w.key)).toEqual(['less waste', 'energy', 'fair pay']);

    // A quiz keeps its answer (and results) from the screens until the lead closes it.
    await goTo(board, 'quiz-social');
    await answerOk(board, a, 'quiz-social', { kind: 'choice', choices: [0] });
    const changed = await answerOk(board, a, 'quiz-social', { kind: 'choice', choices: [1] });
    expect(changed.choices).toEqual([1]);
    await answerOk(board, b, 'quiz-social', { kind: 'choice', choices: [1] });
    await answerOk(board, c, 'quiz-social', { kind: 'choice', choices: [2] });
    const phoneView = await current(board, a);
    expect(phoneView.live?.activity).toMatchObject({ kind: 'quiz', correct: null });
    expect(phoneView.live?.results).toBeNull();
    expect(phoneView.lead).toBeUndefined();
    expect(phoneView.mine).toMatchObject({ activityId: 'quiz-social', choices: [1] });
    fx.app.services.workshopTallies.flush();
    expect(JSON.stringify(changes.list.at(-1)?.method.workshop)).not.toContain('"correct":1');
    const leadView = await current(board);
    expect(leadView.lead?.activity).toMatchObject({ kind: 'quiz', correct: 1 });
    expect(leadView.lead?.results).toEqual({
      kind: 'quiz',
      counts: [0, 2, 1],
      voters: 3,
      correct: 1,
    });
    const closed = await act(board, 'close');
    expect(closed?.activity).toMatchObject({ correct: 1 });
    expect(closed?.results).toEqual({ kind: 'quiz', counts: [0, 2, 1], voters: 3, correct: 1 });
    before = fingerprint();
    const late = await answer(board, c, 'quiz-social', { kind: 'choice', choices: [1] });
    expect([late.statusCode, errorCode(late)]).toEqual([409, 'activity_closed']);
    expect(fingerprint()).toBe(before);
    const reopened = await act(board, 'reopen');
    expect(reopened).toMatchObject({ open: true, results: null, activity: { correct: null } });
    await answerOk(board, c, 'quiz-social', { kind: 'choice', choices: [1] });

    // The poll's results are hidden until revealed, while the lead sees them.
    await goTo(board, 'best-dimension');
    await answerOk(board, a, 'best-dimension', { kind: 'choice', choices: [2] });
    await answerOk(board, b, 'best-dimension', { kind: 'choice', choices: [2] });
    const two = await answer(board, c, 'best-dimension', { kind: 'choice', choices: [0, 1] });
    expect([two.statusCode, errorCode(two)]).toEqual([400, 'validation_failed']);
    state = await current(board);
    expect(state.live).toMatchObject({ answered: 2, revealed: false, results: null });
    expect(state.lead?.results).toEqual({ kind: 'poll', counts: [0, 0, 2], voters: 2 });
    const revealed = await act(board, 'reveal');
    expect(revealed).toMatchObject({
      revealed: true,
      results: { kind: 'poll', counts: [0, 0, 2], voters: 2 },
    });

    // The two pulse questions: averages and distributions.
    await goTo(board, 'pulse-involved');
    await answerOk(board, a, 'pulse-involved', { kind: 'scale', value: 4 });
    await answerOk(board, b, 'pulse-involved', { kind: 'scale', value: 2 });
    const mine = await answerOk(board, c, 'pulse-involved', { kind: 'scale', value: 5 });
    expect(mine).toMatchObject({ activityId: 'pulse-involved', value: 5 });
    fx.app.services.workshopTallies.flush();
    expect(changes.list.at(-1)?.method.workshop?.results).toEqual({
      kind: 'scale',
      counts: [0, 1, 0, 1, 1],
      average: 11 / 3,
    });

    // The interest vote: moving onto it opens the board's vote; closing it closes the vote.
    const onVote = await goTo(board, 'interest');
    expect(onVote.results).toBeNull();
    const vote = (await snapshotOf(board)).method?.vote;
    expect(vote?.status).toBe('open');
    const dots = await fx.call(
      a,
      'PUT',
      `/api/boards/${board.id}/interest-votes/${vote?.id}/dots`,
      {
        dots: { energy_climate: 3, health_safety: 2 },
      },
    );
    expect(dots.statusCode).toBe(200);
    expect((await current(board)).live?.answered).toBe(1);
    const closedVote = await act(board, 'close');
    expect(closedVote?.open).toBe(false);
    // A closed vote stays closed: the activity cannot be reopened or reset.
    const reopenVote = await control(board, 'reopen', closedVote?.index ?? 0);
    expect([reopenVote.statusCode, errorCode(reopenVote)]).toEqual([409, 'vote_closed']);
    const method = (await snapshotOf(board)).method;
    expect(method?.vote).toMatchObject({ id: vote?.id, status: 'closed' });
    expect(method?.matrix?.voteId).toBe(vote?.id);

    // The idea board: ideas, three upvotes each, the top ones on the wall.
    await goTo(board, 'ideas');
    const posted = await answerOk(board, a, 'ideas', {
      kind: 'idea',
      text: 'Sliding doors on the freezer room',
      dimension: 'ecological',
    });
    const [doorId] = posted.ideaIds;
    clock.advance(1000);
    await answerOk(board, b, 'ideas', {
      kind: 'idea',
      text: 'A safety walk every month',
      dimension: 'social',
    });
    const ideas = (await fx.call(a, 'GET', url(board, '/current/ideas'))).json<IdeaList>().ideas;
    expect(ideas.map((i) => i.text)).toEqual([
      'Sliding doors on the freezer room',
      'A safety walk every month',
    ]);
    const [door, walk] = ideas;
    if (!door || !walk || door.id !== doorId) throw new Error('ideas');
    await answerOk(board, c, 'ideas', { kind: 'upvote', ideaId: walk.id, on: true });
    expect(
      (await answerOk(board, b, 'ideas', { kind: 'upvote', ideaId: walk.id, on: true }))
        .upvotedIdeaIds,
    ).toEqual([walk.id]);
    const top = (await current(board)).live?.results;
    expect(top?.kind === 'ideas' && top.top.map((i) => [i.text, i.upvotes])).toEqual([
      ['A safety walk every month', 2],
      ['Sliding doors on the freezer room', 0],
    ]);

    // One tap makes a real suggestion of an idea, once.
    const made = await fx.call(fx.lead, 'POST', url(board, `/ideas/${door.id}/suggestion`));
    expect(made.statusCode).toBe(201);
    const suggestion = made.json<Suggestion>();
    expect(suggestion).toMatchObject({
      boardId: board.id,
      text: 'Sliding doors on the freezer room',
      dimension: 'ecological',
      authorName: null,
      status: 'new',
    });
    const twice = await fx.call(fx.lead, 'POST', url(board, `/ideas/${door.id}/suggestion`));
    expect([twice.statusCode, errorCode(twice)]).toEqual([409, 'idea_already_suggestion']);
    const onBoard = await snapshotOf(board, b);
    expect(onBoard.suggestions.filter((s) => s.text === suggestion.text)).toHaveLength(1);
    const withLink = (await current(board)).live?.results;
    expect(withLink?.kind === 'ideas' && withLink.top[1]?.suggestionId).toBe(suggestion.id);

    // The end: every screen leaves the workshop; the results are kept.
    const ended = await act(board, 'end');
    expect(ended).toBeNull();
    expect((await snapshotOf(board)).method?.workshop).toBeNull();
    expect((await current(board, a)).live).toBeNull();
    const sessions = await fx.call(fx.lead, 'GET', url(board, '/sessions'));
    const [summary] = sessions.json<{ sessions: WorkshopSessionSummary[] }>().sessions;
    expect(summary).toMatchObject({
      id: live.sessionId,
      devices: 3,
      ideas: 2,
      suggestions: 1,
      endedAt: clock.now().toISOString(),
    });
    const kept = (
      await fx.call(fx.lead, 'GET', url(board, `/sessions/${live.sessionId}`))
    ).json<WorkshopSessionResults>();
    expect(kept.activities).toHaveLength(17);
    const byId = (id: string) => kept.activities.find((entry) => entry.activity.id === id);
    expect(byId('quiz-social')).toMatchObject({
      answered: 3,
      results: { counts: [0, 3, 0], correct: 1 },
    });
    expect(byId('best-dimension')?.results).toEqual({ kind: 'poll', counts: [0, 0, 2], voters: 2 });
    expect(byId('interest')).toMatchObject({ answered: 1, results: null });
    const keptIdeas = (
      await fx.call(fx.lead, 'GET', url(board, `/sessions/${live.sessionId}/ideas`))
    ).json<IdeaList>().ideas;
    expect(keptIdeas.map((i) => [i.upvotes, i.suggestionId])).toEqual([
      [2, null],
      [0, suggestion.id],
    ]);

    // Step 1 of the roadmap is done, with its figures.
    const roadmap = (
      await fx.call(fx.lead, 'GET', `/api/boards/${board.id}/roadmap`)
    ).json<Roadmap>();
    expect(roadmap.steps[0]).toEqual({
      step: 1,
      key: 'workshop',
      status: 'done',
      summary: '3 devices took part · 2 ideas · 1 became a suggestion',
      next: { label: 'See the results', path: `/m/b/${board.id}/workshop` },
      available: true,
    });
    changes.stop();
  });
});

describe('answers', () => {
  it('refuse bad input with a clear 4xx and store nothing', async () => {
    const board = fx.board();
    const other = fx.board();
    const [phone, stranger] = await phones(board, 2);
    const [otherPhone] = await phones(other, 1);
    if (!phone || !stranger || !otherPhone) throw new Error('phones');
    // An idea on another board's session, to upvote from this one.
    await start(other, await customTemplate(other, [IDEAS]));
    const foreign = await answerOk(other, otherPhone, 'ideas', {
      kind: 'idea',
      text: 'An idea elsewhere',
      dimension: 'economic',
    });
    const quiz: Activity = {
      id: 'quiz',
      kind: 'quiz',
      title: 'Q',
      text: '',
      options: ['a', 'b', 'c'],
      correct: 0,
    };
    await start(board, await customTemplate(board, [POLL, quiz, IDEAS]));
    await answerOk(board, phone, 'poll', { kind: 'choice', choices: [0] });

    const before = fingerprint();
    const refusals: [string, () => Promise<LightMyRequestResponse>, number, string][] = [
      [
        'an option out of range',
        () => answer(board, stranger, 'poll', { kind: 'choice', choices: [3] }),
        400,
        'validation_failed',
      ],
      [
        'two options in a single-choice poll',
        () => answer(board, stranger, 'poll', { kind: 'choice', choices: [0, 1] }),
        400,
        'validation_failed',
      ],
      [
        'a word to a poll',
        () => answer(board, stranger, 'poll', { kind: 'word', text: 'Energy' }),
        400,
        'validation_failed',
      ],
      [
        'a scale of 6',
        () =>
          fx.call(stranger, 'POST', url(board, '/answers'), {
            clientId: randomUUID(),
            activityId: 'poll',
            answer: { kind: 'scale', value: 6 },
          }),
        400,
        'validation_failed',
      ],
      [
        'a word over 60 characters',
        () => answer(board, stranger, 'poll', { kind: 'word', text: 'x'.repeat(61) }),
        400,
        'validation_failed',
      ],
      [
        'another activity than the current',
        () => answer(board, stranger, 'quiz', { kind: 'choice', choices: [0] }),
        409,
        'activity_not_current',
      ],
      [
        'an activity the session does not have',
        () => answer(board, stranger, 'nothing', { kind: 'choice', choices: [0] }),
        409,
        'activity_not_current',
      ],
      [
        'a phone of another board',
        () => answer(board, otherPhone, 'poll', { kind: 'choice', choices: [0] }),
        403,
        'forbidden',
      ],
      [
        'a signed-in lead without a phone',
        () => answer(board, fx.lead, 'poll', { kind: 'choice', choices: [0] }),
        403,
        'forbidden',
      ],
      [
        'a wall screen',
        () =>
          fx.call({ 'x-display-key': board.display_key }, 'POST', url(board, '/answers'), {
            clientId: randomUUID(),
            activityId: 'poll',
            answer: { kind: 'choice', choices: [0] },
          }),
        403,
        'forbidden',
      ],
    ];
    for (const [what, send, status, code] of refusals) {
      const response = await send();
      expect([response.statusCode, errorCode(response)], what).toEqual([status, code]);
    }
    expect(fingerprint()).toBe(before);

    // A quiz takes exactly one option.
    await act(board, 'next');
    const beforeQuiz = fingerprint();
    const many = await answer(board, stranger, 'quiz', { kind: 'choice', choices: [0, 1] });
    expect([many.statusCode, errorCode(many)]).toEqual([400, 'validation_failed']);
    expect(fingerprint()).toBe(beforeQuiz);

    // The idea board: an idea of another board is not found; a 4th upvote is refused.
    await act(board, 'next');
    const ideaIds: string[] = [];
    for (const text of ['First idea', 'Second idea', 'Third idea', 'Fourth idea']) {
      const mine = await answerOk(board, phone, 'ideas', {
        kind: 'idea',
        text,
        dimension: 'social',
      });
      ideaIds.push(mine.ideaIds.at(-1) ?? '');
    }
    for (const id of ideaIds.slice(0, 3)) {
      await answerOk(board, stranger, 'ideas', { kind: 'upvote', ideaId: id, on: true });
    }
    const beforeIdeas = fingerprint();
    const fourth = await answer(board, stranger, 'ideas', {
      kind: 'upvote',
      ideaId: ideaIds[3] ?? '',
      on: true,
    });
    expect([fourth.statusCode, errorCode(fourth)]).toEqual([400, 'too_many_upvotes']);
    const foreignUpvote = await answer(board, stranger, 'ideas', {
      kind: 'upvote',
      ideaId: foreign.ideaIds[0] ?? '',
      on: true,
    });
    expect([foreignUpvote.statusCode, errorCode(foreignUpvote)]).toEqual([404, 'not_found']);
    const foreignSuggestion = await fx.call(
      fx.lead,
      'POST',
      url(board, `/ideas/${foreign.ideaIds[0] ?? ''}/suggestion`),
    );
    expect([foreignSuggestion.statusCode, errorCode(foreignSuggestion)]).toEqual([
      404,
      'not_found',
    ]);
    const foreignHide = await fx.call(fx.lead, 'POST', url(board, '/current/hide'), {
      activityId: 'ideas',
      entry: foreign.ideaIds[0] ?? '',
    });
    expect([foreignHide.statusCode, errorCode(foreignHide)]).toEqual([404, 'not_found']);
    expect(fingerprint()).toBe(beforeIdeas);

    // Taking one back frees an upvote for another idea.
    const back = await answerOk(board, stranger, 'ideas', {
      kind: 'upvote',
      ideaId: ideaIds[0] ?? '',
      on: false,
    });
    expect(back.upvotedIdeaIds).not.toContain(ideaIds[0]);
    const moved = await answerOk(board, stranger, 'ideas', {
      kind: 'upvote',
      ideaId: ideaIds[3] ?? '',
      on: true,
    });
    expect(moved.upvotedIdeaIds).toHaveLength(3);
    // Hiding an idea takes it off the screens' list.
    await fx.call(fx.lead, 'POST', url(board, '/current/hide'), {
      activityId: 'ideas',
      entry: ideaIds[3] ?? '',
    });
    const listed = (await fx.call(phone, 'GET', url(board, '/current/ideas'))).json<IdeaList>();
    expect(listed.ideas.map((i) => i.id)).not.toContain(ideaIds[3]);
    expect(listed.ideas).toHaveLength(3);
  });

  it('are stored once per client id: a retry gets the same answer', async () => {
    const board = fx.board();
    const [phone, other] = await phones(board, 2);
    if (!phone || !other) throw new Error('phones');
    await start(board, await customTemplate(board, [CLOUD]));
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    const first = await answer(board, phone, 'cloud', { kind: 'word', text: 'Energy' }, ids[0]);
    const retry = await answer(board, phone, 'cloud', { kind: 'word', text: 'Energy' }, ids[0]);
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    // Parallel retries of the same answer, too.
    const parallel = await Promise.all(
      [1, 2, 3].map(() => answer(board, phone, 'cloud', { kind: 'word', text: 'Reuse' }, ids[1])),
    );
    expect(parallel.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    await answer(board, phone, 'cloud', { kind: 'word', text: 'Safety' }, ids[2]);
    // The third word's retry is not a fourth word.
    const late = await answer(board, phone, 'cloud', { kind: 'word', text: 'Safety' }, ids[2]);
    expect(late.statusCode).toBe(200);
    expect(late.json<WorkshopMine>().words).toEqual(['Energy', 'Reuse', 'Safety']);
    expect(count(fx.db, 'workshop_words')).toBeGreaterThanOrEqual(3);
    const stored = fx.db
      .prepare(
        `SELECT COUNT(*) AS n FROM workshop_words w JOIN workshop_sessions s ON s.id = w.session_id
         WHERE s.board_id = ?`,
      )
      .get(board.id) as { n: number };
    expect(stored.n).toBe(3);
    // Another device reusing the id is a conflict.
    const before = fingerprint();
    const stolen = await answer(board, other, 'cloud', { kind: 'word', text: 'Mine' }, ids[0]);
    expect([stolen.statusCode, errorCode(stolen)]).toEqual([409, 'conflict']);
    expect(fingerprint()).toBe(before);
  });

  it('count a device’s same word once, and a poll has no entries to hide', async () => {
    const board = fx.board();
    const [phone] = await phones(board, 1);
    if (!phone) throw new Error('phone');
    await start(board, await customTemplate(board, [CLOUD, POLL]));
    await answerOk(board, phone, 'cloud', { kind: 'word', text: 'Less waste' });
    const same = await answerOk(board, phone, 'cloud', { kind: 'word', text: ' LESS   waste' });
    expect(same.words).toEqual(['Less waste']);
    expect((await current(board)).live?.results).toEqual({
      kind: 'wordcloud',
      entries: 1,
      words: [{ key: 'less waste', text: 'Less waste', count: 1 }],
    });
    const missing = await fx.call(fx.lead, 'POST', url(board, '/current/hide'), {
      activityId: 'cloud',
      entry: 'not there',
    });
    expect([missing.statusCode, errorCode(missing)]).toEqual([404, 'not_found']);
    await act(board, 'next');
    const before = fingerprint();
    const onPoll = await fx.call(fx.lead, 'POST', url(board, '/current/hide'), {
      activityId: 'poll',
      entry: '0',
    });
    expect([onPoll.statusCode, errorCode(onPoll)]).toEqual([400, 'validation_failed']);
    const stale = await fx.call(fx.lead, 'POST', url(board, '/current/hide'), {
      activityId: 'cloud',
      entry: 'less waste',
    });
    expect([stale.statusCode, errorCode(stale)]).toEqual([409, 'activity_not_current']);
    expect(fingerprint()).toBe(before);
  });

  it('are limited per device: several a minute, not hundreds', async () => {
    const board = fx.board();
    const [phone] = await phones(board, 1);
    if (!phone) throw new Error('phone');
    await start(board, await customTemplate(board, [SCALE]));
    const limit = DEFAULT_RATE_LIMITS.workshop[0]?.max ?? 0;
    expect(limit).toBeGreaterThanOrEqual(10);
    const statuses: number[] = [];
    for (let i = 0; i < limit + 3; i += 1) {
      statuses.push(
        (await answer(board, phone, 'scale', { kind: 'scale', value: 1 + (i % 5) })).statusCode,
      );
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(limit);
    expect(statuses.slice(limit)).toEqual([429, 429, 429]);
  });
});

describe('the lead’s remote', () => {
  it('moves once on a double tap; the second tap gets 409 conflict', async () => {
    const board = fx.board();
    await start(board, await customTemplate(board, [POLL, SCALE, CLOUD]));
    const taps = await Promise.all([control(board, 'next', 0), control(board, 'next', 0)]);
    expect(taps.map((t) => t.statusCode).sort()).toEqual([200, 409]);
    expect(taps.map((t) => (t.statusCode === 409 ? errorCode(t) : 'ok')).sort()).toEqual([
      'conflict',
      'ok',
    ]);
    expect((await current(board)).live?.index).toBe(1);
    // Past either end, and a remote that fell behind, are conflicts too.
    expect((await control(board, 'back', 1)).statusCode).toBe(200);
    expect((await control(board, 'back', 0)).statusCode).toBe(409);
    expect((await control(board, 'reveal', 2)).statusCode).toBe(409);
    expect((await current(board)).live?.index).toBe(0);
  });

  it('resets the current activity’s answers, and nothing else', async () => {
    const board = fx.board();
    const [a, b] = await phones(board, 2);
    if (!a || !b) throw new Error('phones');
    await start(board, await customTemplate(board, [POLL, SCALE]));
    await answerOk(board, a, 'poll', { kind: 'choice', choices: [0] });
    await act(board, 'next');
    await answerOk(board, b, 'scale', { kind: 'scale', value: 3 });
    await act(board, 'close');
    const reset = await act(board, 'reset');
    expect(reset).toMatchObject({
      open: true,
      answered: 0,
      results: { kind: 'scale', counts: [0, 0, 0, 0, 0], average: null },
    });
    expect((await current(board, b)).mine.value).toBeNull();
    await act(board, 'back');
    expect((await current(board)).live).toMatchObject({
      answered: 1,
      results: { counts: [1, 0, 0] },
    });
  });

  it('starts no session for another board’s lead or a phone', async () => {
    const board = fx.board();
    const [phone] = await phones(board, 1);
    const before = fingerprint();
    const byPhone = await fx.call(phone ?? '', 'POST', url(board, '/sessions'), {
      templateId: EN,
    });
    expect(byPhone.statusCode).toBe(401);
    const unknown = await fx.call(fx.lead, 'POST', url(board, '/sessions'), {
      templateId: 'no-such-template',
    });
    expect([unknown.statusCode, errorCode(unknown)]).toEqual([404, 'not_found']);
    const notLive = await control(board, 'next', 0);
    expect([notLive.statusCode, errorCode(notLive)]).toEqual([409, 'workshop_not_live']);
    expect(fingerprint()).toBe(before);
  });
});

describe('live tallies', () => {
  it('go out coalesced while 300 phones answer at once, and end exact', async () => {
    const board = fx.board();
    const list = await phones(board, 300);
    await start(board, await customTemplate(board, [SCALE]));
    const changes = methodChanges(board);
    const answers = await Promise.all(
      list.map((phone, i) => answer(board, phone, 'scale', { kind: 'scale', value: 1 + (i % 5) })),
    );
    expect(answers.filter((r) => r.statusCode !== 200).map((r) => r.body)).toEqual([]);
    await waitFor(() => changes.list.at(-1)?.method.workshop?.answered === 300);
    // Nothing more goes out once the tallies stand.
    await new Promise((resolve) => setTimeout(resolve, 400));
    changes.stop();
    expect(changes.list.length).toBeGreaterThan(0);
    expect(changes.list.length).toBeLessThan(20);
    const seqs = changes.list.map((c) => c.seq);
    expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] ?? 0) + i));
    expect(changes.list.at(-1)?.method.workshop?.results).toEqual({
      kind: 'scale',
      counts: [60, 60, 60, 60, 60],
      average: 3,
    });
    expect(count(fx.db, 'workshop_choices')).toBeGreaterThanOrEqual(300);
    // A fresh snapshot agrees with the last change.
    const snapshot = await snapshotOf(board);
    expect(snapshot.seq).toBe(changes.list.at(-1)?.seq);
    expect(snapshot.method?.workshop).toEqual(changes.list.at(-1)?.method.workshop);
  });

  it('counts the phones connected now for the lead’s remote', async () => {
    const board = fx.board();
    const [a, b] = await phones(board, 2);
    if (!a || !b) throw new Error('phones');
    await start(board, await customTemplate(board, [POLL]));
    await fx.app.listen({ port: 0, host: '127.0.0.1' });
    const address = fx.app.server.address();
    if (!address || typeof address === 'string') throw new Error('no address');
    const baseUrl = `http://127.0.0.1:${address.port}`;
    const sockets: ClientSocket[] = [];
    try {
      // Phone A in two tabs, phone B, the wall and the lead: two phones.
      sockets.push(await openSocket(baseUrl, { boardId: board.id }, a));
      sockets.push(await openSocket(baseUrl, { boardId: board.id }, a));
      sockets.push(await openSocket(baseUrl, { boardId: board.id }, b));
      sockets.push(await openSocket(baseUrl, { displayKey: board.display_key }));
      sockets.push(await openSocket(baseUrl, { boardId: board.id }, fx.lead));
      expect((await current(board)).lead?.connected).toBe(2);
      // The phones see the session in their snapshot over the socket too.
      const phoneB = sockets[2];
      if (!phoneB) throw new Error('no socket');
      const sync = decodeSnapshotResult(await phoneB.emitWithAck('board:sync', {}));
      expect(sync.ok && sync.data.method?.workshop?.activity.id).toBe('poll');
      phoneB.close();
      await waitFor(() => fx.app.io.sockets.sockets.size === 4);
      expect((await current(board)).lead?.connected).toBe(1);
    } finally {
      for (const socket of sockets) socket.close();
    }
  });
});

describe('tallies a crash left unsent', () => {
  it('go out at the next start', async () => {
    // A batch window far longer than the test: the answer is stored but not yet sent.
    const { app, db } = await testApp({ tallyBatchMs: 600_000 });
    const board = createBoard(app, 'Line 9', 'en');
    const admin = await setupAdmin(app);
    const lead = await createLead(app, admin, [board.id], 'lead-crash');
    const started = await app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/workshop/sessions`,
      headers: { cookie: lead.cookie },
      payload: { templateId: EN },
    });
    expect(started.statusCode).toBe(201);
    await app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/workshop/current/control`,
      headers: { cookie: lead.cookie },
      payload: { action: 'next', index: 0 },
    });
    const phone = await joinPhone(app, board);
    const answered = await app.inject({
      method: 'POST',
      url: `/api/boards/${board.id}/workshop/answers`,
      headers: { cookie: phone },
      payload: {
        clientId: randomUUID(),
        activityId: 'meaning',
        answer: { kind: 'word', text: 'Energy' },
      },
    });
    expect(answered.statusCode).toBe(200);
    const sent = () =>
      db.prepare('SELECT answers_made, answers_sent FROM workshop_sessions').get() as {
        answers_made: number;
        answers_sent: number;
      };
    expect(sent()).toEqual({ answers_made: 1, answers_sent: 0 });
    const seqBefore = (await snapshotWith(app, board)).seq;

    // A second start on the same database (the first one "crashed" before its batch ran).
    const restarted = await testApp({ db });
    expect(sent()).toEqual({ answers_made: 1, answers_sent: 1 });
    const snapshot = await snapshotWith(restarted.app, board);
    expect(snapshot.seq).toBe(seqBefore + 1);
    expect(snapshot.method?.workshop?.results).toMatchObject({ kind: 'wordcloud', entries: 1 });
    await restarted.app.close();
    await app.close();
  });
});

async function snapshotWith(app: App, board: BoardRow): Promise<BoardSnapshot> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/boards/${board.id}/snapshot`,
    headers: { 'x-display-key': board.display_key },
  });
  return response.json<BoardSnapshot>();
}
