import { describe, expect, it } from 'vitest';
import { SUGGESTION_STATUSES, type Language } from '@tavla/shared';
import { setupAdmin, testApp } from '../test-support/test-app.js';
import { DEMO_CONTENT } from './demo-content.js';
import { DEMO_DIMENSIONS, demoClock, fillDemoBoard } from './fill-demo-board.js';

const DAY_MS = 24 * 60 * 60 * 1000;

interface Export {
  suggestions: {
    status: string;
    dimension: string;
    votes: number;
    comments: number;
    createdAt: string;
    history: { to: string | null; at: string }[];
  }[];
  goals: { state: string; measurements: { date: string }[] }[];
  analysisRounds: { round: { finishedAt: string | null } }[];
  interestVotes: { closedAt: string | null; voters: number; dots: number }[];
  matrices: unknown[];
  workshopSessions: {
    endedAt: string | null;
    devices: number;
    activities: { answered: number }[];
  }[];
  announcements: { kind: string; acks: number }[];
  followUps: {
    endedAt: string | null;
    notes: { votes: number }[];
    newActions: unknown[];
    carried: { outcome: string | null }[];
    learning: string | null;
  }[];
}

/** The same shape (keys, list lengths, kinds of values) in both languages. */
function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shapeOf);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, v]) => [key, shapeOf(v)]),
    );
  }
  return typeof value === 'string' ? (value.trim() === '' ? 'blank' : 'text') : value;
}

describe('the demo content', () => {
  it('tells the same story in Swedish and English, with no blank text', () => {
    // The fill below runs in Swedish only (it takes minutes on a busy machine); the English
    // board differs only by these texts, so equal shapes mean the same board in English.
    expect(shapeOf(DEMO_CONTENT.en)).toEqual(shapeOf(DEMO_CONTENT.sv));
    expect(JSON.stringify(shapeOf(DEMO_CONTENT.sv))).not.toContain('blank');
  });
});

describe.each<Language>(['sv'])('npm run demo (%s)', (language) => {
  it('fills a new board with every step of the method, in the past', async () => {
    const now = new Date('2026-11-20T12:00:00.000Z');
    const clock = demoClock(() => now);
    const { app } = await testApp({ clock, rateLimits: 'off' });
    try {
      const demo = await fillDemoBoard({ app, clock, language, now });
      expect(demo.board.name).toBe(DEMO_CONTENT[language].boardName);
      expect(demo.board.language).toBe(language);
      // The demo leaves the clock at "now" and the lead signed out.
      expect(clock.now()).toEqual(now);
      const admin = await setupAdmin(app);
      const get = async <T>(path: string) => {
        const response = await app.inject({
          method: 'GET',
          url: `/api/boards/${demo.board.id}${path}`,
          headers: { cookie: admin },
        });
        expect(response.statusCode, response.body).toBe(200);
        return response.json<T>();
      };

      // Every roadmap step has content: six done, execution (always ongoing) under way.
      const { steps } = await get<{ steps: { key: string; status: string; summary: string }[] }>(
        '/roadmap',
      );
      expect(Object.fromEntries(steps.map((s) => [s.key, s.status]))).toEqual({
        workshop: 'done',
        analysis: 'done',
        materiality: 'done',
        goals: 'done',
        implementation: 'done',
        execution: 'in_progress',
        follow_up: 'done',
      });

      const board = await get<Export>('/export.json');
      // Suggestions in every status and dimension, with their history, votes and comments,
      // posted over the past weeks.
      expect(new Set(board.suggestions.map((s) => s.status))).toEqual(new Set(SUGGESTION_STATUSES));
      expect(new Set(board.suggestions.map((s) => s.dimension))).toEqual(new Set(DEMO_DIMENSIONS));
      expect(board.suggestions.filter((s) => s.history.length >= 3).length).toBeGreaterThanOrEqual(
        3,
      );
      // Every "me too" and comment the content gives, stored once.
      const content = DEMO_CONTENT[language].suggestions;
      expect(board.suggestions.reduce((n, s) => n + s.votes, 0)).toBe(
        content.reduce((n, s) => n + s.votes, 0),
      );
      expect(board.suggestions.reduce((n, s) => n + s.comments, 0)).toBe(
        content.reduce((n, s) => n + (s.comments?.length ?? 0), 0),
      );
      const ages = board.suggestions.map((s) => (now.getTime() - Date.parse(s.createdAt)) / DAY_MS);
      expect(Math.max(...ages)).toBeGreaterThan(60);
      expect(Math.min(...ages)).toBeGreaterThan(0);
      // Goals with a year of measurements.
      expect(board.goals).toHaveLength(4);
      for (const goal of board.goals) {
        expect(goal.state).toBe('active');
        expect(goal.measurements).toHaveLength(12);
        const dates = goal.measurements.map((m) => Date.parse(m.date)).sort((a, b) => a - b);
        expect(((dates.at(-1) ?? 0) - (dates[0] ?? 0)) / DAY_MS).toBeGreaterThanOrEqual(320);
      }
      // A finished analysis round, a closed interest vote with dots and its kept matrix.
      expect(board.analysisRounds.filter((r) => r.round.finishedAt !== null)).toHaveLength(1);
      expect(board.interestVotes).toMatchObject([{ voters: 14, dots: 70 }]);
      expect(board.interestVotes[0]?.closedAt).not.toBeNull();
      expect(board.matrices).toHaveLength(1);
      // The workshop, ended with answers.
      const [session] = board.workshopSessions;
      expect(session?.endedAt).not.toBeNull();
      expect(session?.devices).toBeGreaterThanOrEqual(10);
      expect(session?.activities.filter((a) => a.answered > 0).length).toBeGreaterThanOrEqual(7);
      // Announcements with acknowledgements: one per goal and a routine.
      expect(board.announcements.map((a) => a.kind).sort()).toEqual([
        'goal',
        'goal',
        'goal',
        'goal',
        'routine',
      ]);
      expect(board.announcements.every((a) => a.acks >= 10)).toBe(true);
      // Two ended follow-ups with notes, votes, actions and learning; the second reviewed the
      // first one's actions.
      expect(board.followUps).toHaveLength(2);
      for (const followUp of board.followUps) {
        expect(followUp.endedAt).not.toBeNull();
        expect(followUp.notes.length).toBeGreaterThanOrEqual(6);
        expect(followUp.notes.some((n) => n.votes > 0)).toBe(true);
        expect(followUp.newActions.length).toBeGreaterThanOrEqual(2);
        expect(followUp.learning).toBeTruthy();
      }
      const carried = board.followUps.flatMap((f) => f.carried.map((c) => c.outcome));
      expect(carried.sort()).toEqual(['done', 'ongoing']);
    } finally {
      await app.close();
    }
  }, 600_000);
});
