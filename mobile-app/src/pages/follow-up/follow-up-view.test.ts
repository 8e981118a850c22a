import { describe, expect, it } from 'vitest';
import type { FollowUpLive, FollowUpSummary, Note } from '@tavla/shared';
import { FOLLOW_UP_LIMITS, stepsOf } from '@tavla/shared/follow-up-rules';
import {
  addDays,
  byVotes,
  counted,
  dueOf,
  formatMean,
  formatPoints,
  goalChange,
  notesByKind,
  notesLeft,
  noteToSend,
  pathOf,
  phoneScreen,
  pulseText,
  pulseTrend,
  stepPlace,
  toggleVote,
  votesLeft,
} from './follow-up-view.js';

const note = (id: string, kind: Note['kind'], votes: number | null, minute = 0): Note => ({
  id,
  kind,
  text: `note ${id}`,
  votes,
  createdAt: `2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z`,
});

const live = (step: FollowUpLive['step']): FollowUpLive => ({
  id: 'fu1',
  kind: 'quarterly',
  step,
  steps: [...stepsOf('quarterly')],
  startedAt: '2026-12-01T10:00:00.000Z',
  notes: { wentWell: 0, doBetter: 0, writers: 0 },
  voters: 0,
  pulseRespondents: 0,
  shown: null,
  learning: null,
});

describe('the runner', () => {
  it('says where a step is: "step 3 of 7", with the steps before and after', () => {
    expect(stepPlace(stepsOf('quarterly'), 'write')).toEqual({
      index: 3,
      count: 7,
      previous: 'goals',
      next: 'vote',
    });
    expect(stepPlace(stepsOf('monthly'), 'actions')).toEqual({
      index: 1,
      count: 5,
      previous: null,
      next: 'write',
    });
    expect(stepPlace(stepsOf('monthly'), 'learning').next).toBeNull();
  });

  it("reads a goal's change in percentage points, only with both figures", () => {
    expect(goalChange(45, 33)).toBe(12);
    expect(goalChange(30, 35)).toBe(-5);
    expect(goalChange(45, null)).toBeNull();
    expect(goalChange(null, 20)).toBeNull();
    expect(formatPoints('en', 12)).toBe('+12');
    expect(formatPoints('sv', -5)).toBe('−5');
    expect(formatPoints('sv', 0)).toBe('±0');
  });
});

describe('counts', () => {
  it('say one in the singular and more in the plural, in both languages', () => {
    expect(counted('sv', 'votes', 1)).toBe('1 röst');
    expect(counted('sv', 'votes', 3)).toBe('3 röster');
    expect(counted('sv', 'votes', 0)).toBe('0 röster');
    expect(counted('sv', 'devices', 1)).toBe('1 enhet');
    expect(counted('en', 'actions', 1)).toBe('1 new action');
    expect(counted('en', 'notes', 1200)).toBe('1,200 notes');
  });
});

describe('notes', () => {
  it('groups them by kind, keeping their order', () => {
    const groups = notesByKind([
      note('a', 'went_well', null),
      note('b', 'do_better', null),
      note('c', 'went_well', null),
    ]);
    expect(groups.went_well.map((n) => n.id)).toEqual(['a', 'c']);
    expect(groups.do_better.map((n) => n.id)).toEqual(['b']);
  });

  it('puts the most voted first, ties oldest first, and leaves hidden ones out', () => {
    const notes = [
      note('a', 'went_well', 1, 1),
      note('b', 'went_well', 3, 2),
      note('c', 'do_better', 1, 0),
      { ...note('d', 'do_better', 9, 3), hidden: true },
    ];
    expect(byVotes(notes).map((n) => n.id)).toEqual(['b', 'c', 'a']);
  });

  it('sends a trimmed text of 2 to 200 characters only', () => {
    expect(noteToSend('  Bra möte  ')).toBe('Bra möte');
    expect(noteToSend(' x ')).toBeNull();
    expect(noteToSend('x'.repeat(FOLLOW_UP_LIMITS.noteMax + 1))).toBeNull();
    expect(notesLeft(2)).toBe(FOLLOW_UP_LIMITS.notesPerDevice - 2);
    expect(notesLeft(99)).toBe(0);
  });
});

describe('votes', () => {
  it('gives a vote on a tap and takes it back on the next, up to three', () => {
    let chosen: string[] = [];
    chosen = toggleVote(chosen, 'a');
    chosen = toggleVote(chosen, 'b');
    expect(votesLeft(chosen)).toBe(1);
    chosen = toggleVote(chosen, 'c');
    expect(votesLeft(chosen)).toBe(0);
    expect(toggleVote(chosen, 'd')).toEqual(['a', 'b', 'c']);
    chosen = toggleVote(chosen, 'b');
    expect(chosen).toEqual(['a', 'c']);
    expect(votesLeft(chosen)).toBe(1);
  });
});

describe('actions', () => {
  it('names the due colour in words: green before the day, yellow on it, red after', () => {
    expect(dueOf('2026-12-10', '2026-12-09')).toEqual({
      colour: 'green',
      word: 'followUp.due.green',
    });
    expect(dueOf('2026-12-10', '2026-12-10')).toEqual({
      colour: 'yellow',
      word: 'followUp.due.yellow',
    });
    expect(dueOf('2026-12-10', '2026-12-11')).toEqual({ colour: 'red', word: 'followUp.due.red' });
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDays('2028-02-20', 10)).toBe('2028-03-01');
  });
});

describe("a phone's screen", () => {
  it("answers in write, vote and pulse, watches the wall in the lead's steps", () => {
    expect(phoneScreen({ known: false, live: live('write'), sawLive: false })).toBe('loading');
    expect(phoneScreen({ known: true, live: live('write'), sawLive: true })).toBe('write');
    expect(phoneScreen({ known: true, live: live('vote'), sawLive: true })).toBe('vote');
    expect(phoneScreen({ known: true, live: live('pulse'), sawLive: true })).toBe('pulse');
    expect(phoneScreen({ known: true, live: live('goals'), sawLive: true })).toBe('watch');
    expect(phoneScreen({ known: true, live: null, sawLive: true })).toBe('ended');
    expect(phoneScreen({ known: true, live: null, sawLive: false })).toBe('none');
  });
});

describe('the pulse', () => {
  it("asks the workshop's two questions in the phone's language", () => {
    expect(pulseText('sv', 'involved').title).toBe(
      'Känner du dig delaktig i vårt hållbarhetsarbete?',
    );
    expect(pulseText('en', 'contribute')).toEqual({
      title: 'Do you know how you are expected to contribute?',
      low: 'Not at all',
      high: 'Completely',
    });
  });

  const summary = (
    id: string,
    startedAt: string,
    involved: number | null,
    contribute: number | null,
  ): FollowUpSummary => ({
    id,
    kind: 'quarterly',
    startedAt,
    endedAt: startedAt,
    learning: null,
    notes: 0,
    newActions: 0,
    pulse: { respondents: involved === null ? 3 : 6, involved, contribute },
    nextDate: null,
  });

  it('draws the means oldest first, 5 at the top and 1 at the bottom, skipping too few answers', () => {
    const trend = pulseTrend(
      [
        summary('c', '2026-09-01T10:00:00.000Z', 5, 3),
        summary('b', '2026-06-01T10:00:00.000Z', null, null),
        summary('a', '2026-03-01T10:00:00.000Z', 1, 2),
      ],
      100,
      50,
      0,
    );
    expect(trend?.dates).toEqual(['2026-03-01T10:00:00.000Z', '2026-09-01T10:00:00.000Z']);
    expect(trend?.involved).toEqual([
      { x: 0, y: 50, value: 1 },
      { x: 100, y: 0, value: 5 },
    ]);
    expect(trend?.contribute.map((p) => p.y)).toEqual([37.5, 25]);
    expect(pathOf(trend?.involved ?? [])).toBe('M0.0 50.0 L100.0 0.0');
  });

  it('has no trend while no follow-up has a mean', () => {
    expect(pulseTrend([summary('a', '2026-03-01T10:00:00.000Z', null, null)], 100, 50)).toBeNull();
    expect(pulseTrend([], 100, 50)).toBeNull();
    expect(pathOf([])).toBe('');
  });

  it('centres a single follow-up', () => {
    const trend = pulseTrend([summary('a', '2026-03-01T10:00:00.000Z', 3, null)], 100, 50, 0);
    expect(trend?.involved).toEqual([{ x: 50, y: 25, value: 3 }]);
    expect(trend?.contribute).toEqual([]);
  });

  it('writes a mean with one decimal in the language', () => {
    expect(formatMean('sv', 3.8)).toBe('3,8');
    expect(formatMean('en', 4)).toBe('4.0');
  });
});
