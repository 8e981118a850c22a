/**
 * Fills a new board with a year of the method, through the server's own routes: a lead and
 * a dozen phones do what they would have done, each on its day (the app's clock is moved to
 * it), so every row, event and change is exactly what real use makes. Used by `npm run demo`
 * (cli/demo.ts) and its test.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AnalysisCategoryId, Dimension, Language } from '@tavla/shared';
import { BUILTIN_TEMPLATE_IDS } from '@tavla/shared/workshop-template';
import type { App } from '../app.js';
import type { Clock } from '../lib/clock.js';
import type { BoardRow } from '../modules/boards/board-repository.js';
import { DEVICE_COOKIE } from '../modules/devices/device-service.js';
import { SESSION_COOKIE } from '../modules/accounts/account-service.js';
import { DEMO_CONTENT, type DemoFollowUp } from './demo-content.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const PHONES = 14;
const EMPLOYEES = 22;

/** A clock the demo sets to each day it plays, then back to the real time. */
export interface DemoClock extends Clock {
  set(at: Date): void;
}

export function demoClock(real: () => Date = () => new Date()): DemoClock & { release(): void } {
  let at: Date | null = null;
  return {
    now: () => at ?? real(),
    set(next: Date) {
      at = next;
    },
    release() {
      at = null;
    },
  };
}

export interface DemoBoard {
  board: BoardRow;
  leadUsername: string;
  leadPassword: string;
}

type Method = 'GET' | 'POST' | 'PUT';

/** How each analysis category stands: 0 (not started) to 1 (done well), for varied scores. */
const CATEGORY_LEVEL: Record<AnalysisCategoryId, number> = {
  energy_climate: 0.25,
  emissions: 0.5,
  chemicals_waste: 0.4,
  materials_circularity: 0.55,
  transport_suppliers: 0.7,
  strategy_followup: 0.45,
  resource_costs: 0.3,
  circular_business: 0.6,
  business_ethics: 0.85,
  innovation_improvement: 0.5,
  health_safety: 0.35,
  equality_inclusion: 0.75,
  fair_conditions: 0.9,
  skills_development: 0.6,
  involvement_dialogue: 0.5,
};

/** Where the phones put their five dots (the categories they care about most first). */
const DOTS: Partial<Record<AnalysisCategoryId, number>>[] = [
  { energy_climate: 2, health_safety: 2, chemicals_waste: 1 },
  { health_safety: 3, resource_costs: 2 },
  { energy_climate: 3, resource_costs: 1, involvement_dialogue: 1 },
  { chemicals_waste: 2, energy_climate: 2, health_safety: 1 },
  { resource_costs: 2, health_safety: 2, skills_development: 1 },
];

export async function fillDemoBoard(options: {
  app: App;
  clock: DemoClock;
  language: Language;
  /** "Now" for the demo: the content ends a few days before it. */
  now: Date;
}): Promise<DemoBoard> {
  const { app, clock, language, now } = options;
  const content = DEMO_CONTENT[language];
  const day = (daysAgo: number, hour = 9) => {
    const at = new Date(now.getTime() - daysAgo * DAY_MS);
    at.setUTCHours(hour, (daysAgo * 7) % 60, 0, 0);
    return at;
  };
  const dateOf = (daysAgo: number) => day(daysAgo).toISOString().slice(0, 10);
  const at = (daysAgo: number, hour?: number) => clock.set(day(daysAgo, hour));

  async function call<T>(who: string, method: Method, url: string, body?: unknown): Promise<T> {
    const response = await app.inject({
      method,
      url,
      headers: { cookie: who },
      ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    });
    if (response.statusCode >= 300) {
      throw new Error(`demo: ${method} ${url} answered ${response.statusCode}: ${response.body}`);
    }
    return (response.body === '' ? undefined : response.json()) as T;
  }

  // Day 400: the board, its lead and the phones of the team.
  at(400);
  const board = app.services.boards.create({ name: content.boardName, language });
  const base = `/api/boards/${board.id}`;
  const leadUsername = `demo-${board.id.slice(0, 6).toLowerCase()}`;
  const leadPassword = randomBytes(12).toString('base64url');
  await app.services.accounts.createLead({
    username: leadUsername,
    displayName: content.leadName,
    password: leadPassword,
    boardIds: [board.id],
  });
  // A session lasts 30 days: the lead signs in again whenever a month has passed.
  let leadCookie = '';
  let signedInAt = -Infinity;
  async function lead(): Promise<string> {
    if (clock.now().getTime() - signedInAt > 20 * DAY_MS) {
      const login = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: leadUsername, password: leadPassword },
      });
      const cookie = login.cookies.find((c) => c.name === SESSION_COOKIE);
      if (login.statusCode !== 200 || !cookie) throw new Error(`demo: sign-in ${login.body}`);
      leadCookie = `${SESSION_COOKIE}=${cookie.value}`;
      signedInAt = clock.now().getTime();
    }
    return leadCookie;
  }
  const phones: string[] = [];
  for (let i = 0; i < PHONES; i += 1) {
    const join = await app.inject({ method: 'GET', url: `/join/${board.join_token}` });
    const cookie = join.cookies.find((c) => c.name === DEVICE_COOKIE);
    if (join.statusCode !== 302 || !cookie) throw new Error(`demo: join ${join.statusCode}`);
    phones.push(`${DEVICE_COOKIE}=${cookie.value}`);
  }
  const phone = (i: number) => phones[i % phones.length] ?? '';
  await call(await lead(), 'PUT', `${base}/employees`, { employees: EMPLOYEES });

  // Step 2, days 395–392: the current-state analysis, every question answered.
  at(395);
  const bank = await call<{
    forms: {
      categories: { id: AnalysisCategoryId; questions: { id: string; type: string }[] }[];
    }[];
  }>(await lead(), 'GET', `${base}/analysis/questions`);
  const round = await call<{ id: string }>(await lead(), 'POST', `${base}/analysis/rounds`, {
    name: content.roundName,
  });
  let n = 0;
  for (const form of bank.forms) {
    for (const category of form.categories) {
      for (const question of category.questions) {
        n += 1;
        // Around the category's level, so categories differ and questions within one too.
        const level = Math.min(1, Math.max(0, CATEGORY_LEVEL[category.id] + ((n % 3) - 1) * 0.2));
        const value =
          question.type === 'yes_no'
            ? level >= 0.5
              ? 4
              : 0
            : question.type === 'yes_partly_no'
              ? Math.round(level * 2) * 2
              : Math.round(level * 4);
        await call(
          await lead(),
          'PUT',
          `${base}/analysis/rounds/${round.id}/answers/${question.id}`,
          {
            value,
          },
        );
      }
    }
  }
  at(392);
  await call(await lead(), 'POST', `${base}/analysis/rounds/${round.id}/finish`, {});

  // Step 1 and 3, day 385: the workshop, the phones as clickers, the interest vote in it.
  at(385, 13);
  const workshop = `${base}/workshop`;
  await call(await lead(), 'POST', `${workshop}/sessions`, {
    templateId: BUILTIN_TEMPLATE_IDS[language],
  });
  interface Live {
    index: number;
    count: number;
    activity: { id: string; kind: string; options?: string[]; correct?: number };
  }
  const live = async () =>
    (await call<{ live: Live | null }>(await lead(), 'GET', `${workshop}/current`)).live;
  const answer = (i: number, activityId: string, body: unknown) =>
    call(phone(i), 'POST', `${workshop}/answers`, {
      clientId: randomUUID(),
      activityId,
      answer: body,
    });
  for (let step = 0; step < 40; step += 1) {
    const current = await live();
    if (!current) break;
    const { activity } = current;
    const answering = PHONES - 2 - (step % 3);
    if (activity.kind === 'wordcloud') {
      for (let i = 0; i < answering; i += 1) {
        const words = content.workshopWords;
        await answer(i, activity.id, { kind: 'word', text: words[(i * 5) % words.length] });
      }
    } else if (activity.kind === 'quiz' || activity.kind === 'poll') {
      const options = activity.options?.length ?? 2;
      for (let i = 0; i < answering; i += 1) {
        // Most get the quiz right; the poll leans to one answer.
        const right = activity.correct ?? options - 1;
        const choice = i % 4 === 3 ? (right + 1) % options : right;
        await answer(i, activity.id, { kind: 'choice', choices: [choice] });
      }
      if (activity.kind === 'quiz') {
        await call(await lead(), 'POST', `${workshop}/current/control`, {
          action: 'reveal',
          index: current.index,
        });
      }
    } else if (activity.kind === 'scale') {
      for (let i = 0; i < answering; i += 1) {
        await answer(i, activity.id, { kind: 'scale', value: 3 + (i % 3 === 0 ? 1 : 0) });
      }
    } else if (activity.kind === 'interest_vote') {
      const vote = await call<{ vote: { id: string } | null }>(
        await lead(),
        'GET',
        `${base}/interest-votes/current`,
      );
      const voteId = vote.vote?.id ?? '';
      for (let i = 0; i < PHONES; i += 1) {
        await call(phone(i), 'PUT', `${base}/interest-votes/${voteId}/dots`, {
          dots: DOTS[i % DOTS.length],
        });
      }
      await call(await lead(), 'POST', `${workshop}/current/control`, {
        action: 'close',
        index: current.index,
      });
    } else if (activity.kind === 'ideas') {
      for (const [i, idea] of content.workshopIdeas.entries()) {
        await answer(i, activity.id, { kind: 'idea', text: idea.text, dimension: idea.dimension });
      }
      const { ideas } = await call<{ ideas: { id: string }[] }>(
        await lead(),
        'GET',
        `${workshop}/current/ideas`,
      );
      for (let i = 0; i < PHONES - 3; i += 1) {
        const idea = ideas[i % 3];
        if (idea) await answer(i + 3, activity.id, { kind: 'upvote', ideaId: idea.id, on: true });
      }
      const best = ideas[0];
      if (best) await call(await lead(), 'POST', `${workshop}/ideas/${best.id}/suggestion`);
    }
    // After the last activity the lead ends the session; its results are kept.
    const action = current.index + 1 >= current.count ? 'end' : 'next';
    await call(await lead(), 'POST', `${workshop}/current/control`, {
      action,
      index: current.index,
    });
  }
  // Step 4, day 380: the SMART goals, active, measured every month since.
  at(380);
  const goalIds: string[] = [];
  for (const goal of content.goals) {
    const created = await call<{ id: string }>(await lead(), 'POST', `${base}/goals`, {
      title: goal.title,
      description: goal.description,
      dimension: goal.dimension,
      focusArea: goal.focusArea,
      metric: goal.metric,
      unit: goal.unit,
      baselineValue: goal.baseline,
      baselineDate: dateOf(380),
      targetValue: goal.target,
      direction: goal.target < goal.baseline ? 'decrease' : 'increase',
      deadline: dateOf(-60),
      responsible: goal.responsible,
      achievableConfirmed: true,
      achievableNote: goal.achievableNote,
    });
    await call(await lead(), 'PUT', `${base}/goals/${created.id}/state`, { state: 'active' });
    goalIds.push(created.id);
  }

  // Step 5, day 378: each goal announced and a routine, acknowledged by the phones.
  at(378);
  const announcements: { id: string; version: number }[] = [];
  const publish = async (body: Record<string, unknown>) =>
    announcements.push(
      await call<{ id: string; version: number }>(await lead(), 'POST', `${base}/announcements`, {
        photoId: null,
        requiresAck: true,
        pinnedDays: 14,
        ...body,
      }),
    );
  for (const [i, goal] of content.goals.entries()) {
    await publish({
      kind: 'goal',
      title: goal.title,
      text: goal.announcement,
      goalId: goalIds[i] ?? null,
    });
  }
  await publish({
    kind: 'routine',
    title: content.routine.title,
    text: content.routine.text,
    goalId: null,
  });
  for (const [a, announcement] of announcements.entries()) {
    for (let i = 0; i < PHONES - 2 - (a % 3); i += 1) {
      at(378 - (i % 4), 7 + (i % 8));
      await call(phone(i), 'POST', `${base}/announcements/${announcement.id}/acknowledgement`, {
        version: announcement.version,
      });
    }
  }

  // The measurements: one a month, the latest a few days ago.
  for (let month = 0; month < 12; month += 1) {
    const daysAgo = 340 - month * 30;
    at(daysAgo, 14);
    for (const [g, goal] of content.goals.entries()) {
      await call(await lead(), 'POST', `${base}/goals/${goalIds[g] ?? ''}/measurements`, {
        value: goal.monthly[month] ?? goal.baseline,
        date: dateOf(daysAgo),
        note: '',
      });
    }
  }

  // Step 7, the first follow-up, a quarter ago.
  await followUp(content.followUps[0], 95, 'quarterly');

  // Step 6: the suggestions of the last months, with votes, comments and the lead's decisions.
  interface Posted {
    id: string;
    daysAgo: number;
  }
  const posted: Posted[] = [];
  const events: { daysAgo: number; hour: number; run: () => Promise<unknown> }[] = [];
  for (const [s, suggestion] of content.suggestions.entries()) {
    at(suggestion.daysAgo, 8 + (s % 7));
    const author = phone(s);
    const created = await call<{ id: string }>(author, 'POST', `${base}/suggestions`, {
      id: randomUUID(),
      text: suggestion.text,
      dimension: suggestion.dimension,
      authorName: suggestion.authorName ?? null,
    });
    posted.push({ id: created.id, daysAgo: suggestion.daysAgo });
    const goalId = suggestion.goal === undefined ? undefined : goalIds[suggestion.goal];
    if (goalId) {
      events.push({
        daysAgo: suggestion.daysAgo - 1,
        hour: 15,
        run: async () =>
          call(await lead(), 'PUT', `${base}/suggestions/${created.id}/goal`, { goalId }),
      });
    }
    for (let v = 0; v < suggestion.votes; v += 1) {
      events.push({
        daysAgo: Math.max(0, suggestion.daysAgo - 1 - (v % 5)),
        hour: 10 + (v % 6),
        run: () =>
          call(phone(s + 1 + v), 'PUT', `${base}/suggestions/${created.id}/vote`, { voted: true }),
      });
    }
    for (const [c, comment] of (suggestion.comments ?? []).entries()) {
      events.push({
        daysAgo: suggestion.daysAgo - comment.after,
        hour: 12,
        run: () =>
          call(phone(s + 3 + c), 'POST', `${base}/suggestions/${created.id}/comments`, {
            id: randomUUID(),
            text: comment.text,
            authorName: comment.authorName ?? null,
          }),
      });
    }
    for (const move of suggestion.path) {
      // A duplicate points at the suggestion it repeats.
      const original =
        move.status === 'duplicate' && suggestion.duplicateOf !== undefined
          ? posted[suggestion.duplicateOf]?.id
          : undefined;
      events.push({
        daysAgo: suggestion.daysAgo - move.after,
        hour: 15,
        run: async () =>
          call(await lead(), 'PUT', `${base}/suggestions/${created.id}/status`, {
            status: move.status,
            ...(move.note ? { note: move.note } : {}),
            ...(original ? { duplicateOf: original } : {}),
          }),
      });
    }
  }
  // Everything that happened to them, in the order it happened.
  events.sort((a, b) => b.daysAgo - a.daysAgo || a.hour - b.hour);
  for (const event of events) {
    at(event.daysAgo, event.hour);
    await event.run();
  }

  // Step 7 again, ten days ago: last quarter's actions reviewed, new ones decided.
  await followUp(content.followUps[1], 10, 'quarterly');

  async function followUp(notes: DemoFollowUp, daysAgo: number, kind: 'quarterly') {
    at(daysAgo, 13);
    const url = `${base}/follow-ups`;
    interface Detail {
      id: string;
      step: string;
      carried: { action: { id: string } }[];
      notes: { id: string; kind: string }[];
    }
    const started = await call<Detail>(await lead(), 'POST', url, { kind });
    const move = async (to: string) => {
      const now = await call<Detail>(await lead(), 'GET', `${url}/${started.id}`);
      return call<Detail>(await lead(), 'PUT', `${url}/${started.id}/step`, {
        step: to,
        from: now.step,
      });
    };
    for (const [i, { action }] of started.carried.entries()) {
      await call(await lead(), 'PUT', `${url}/${started.id}/actions/${action.id}`, {
        outcome: i === 0 ? 'done' : 'ongoing',
      });
    }
    await move('goals');
    for (const [g, goalId] of goalIds.entries()) {
      await call(await lead(), 'PUT', `${url}/${started.id}/goals/${goalId}`, {
        outcome: g === 2 ? 'partly' : g === 3 ? 'no' : 'yes',
      });
    }
    await move('write');
    const written = [
      ...notes.wentWell.map((text) => ({ kind: 'went_well', text })),
      ...notes.doBetter.map((text) => ({ kind: 'do_better', text })),
    ];
    for (const [i, note] of written.entries()) {
      await call(phone(i), 'POST', `${url}/${started.id}/notes`, { id: randomUUID(), ...note });
    }
    const voting = await move('vote');
    const ids = voting.notes.map((note) => note.id);
    for (let i = 0; i < PHONES - 3; i += 1) {
      const mine = [ids[i % 3], ids[(i % 2) + 3], ids[ids.length - 1 - (i % 2)]];
      await call(phone(i), 'PUT', `${url}/${started.id}/votes`, {
        noteIds: [...new Set(mine.filter((id): id is string => id !== undefined))],
      });
    }
    await move('new_actions');
    for (const [i, action] of notes.actions.entries()) {
      await call(await lead(), 'POST', `${url}/${started.id}/new-actions`, {
        text: action.text,
        owner: action.owner,
        dueDate: dateOf(daysAgo - 21 - i * 14),
      });
    }
    await move('learning');
    await call(await lead(), 'PUT', `${url}/${started.id}/learning`, { learning: notes.learning });
    await move('pulse');
    for (let i = 0; i < PHONES - 4; i += 1) {
      await call(phone(i), 'PUT', `${url}/${started.id}/pulse`, {
        involved: 3 + (i % 3 === 0 ? 1 : 0) + (daysAgo < 30 && i % 2 === 0 ? 1 : 0),
        contribute: 3 + (i % 4 === 0 ? 1 : 0),
      });
    }
    at(daysAgo, 14);
    await call(await lead(), 'POST', `${url}/${started.id}/end`, {
      nextDate: dateOf(daysAgo - 90),
    });
  }

  // The lead's last session ends; the lead signs in again with the printed password.
  clock.set(now);
  await call(await lead(), 'POST', '/api/auth/logout');
  app.services.tallies.flush();
  app.services.voterCounts.flush();
  app.services.workshopTallies.flush();
  app.services.ackCounts.flush();
  return { board, leadUsername, leadPassword };
}

/** The dimensions, for the test's check that every one has suggestions. */
export const DEMO_DIMENSIONS: readonly Dimension[] = ['ecological', 'economic', 'social'];
