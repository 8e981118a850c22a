import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Action, FollowUpDetail, FollowUpLive, FollowUpSummary } from '@tavla/shared';
import { localDay, stepsOf } from '@tavla/shared/follow-up-rules';
import { DueChip, FollowUpRecord, NoteWriter } from './FollowUpParts.js';
import { PulseTrendChart } from './FollowUpsPages.js';
import { addDays } from './follow-up-view.js';
import { LiveFollowUpCard } from './LiveFollowUpCard.js';

// What the follow-up's screens show for given data, rendered as the server would (no effects).

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const today = localDay(new Date());

const action = (id: string, dueDate: string, more: Partial<Action> = {}): Action => ({
  id,
  text: `Action ${id}`,
  owner: 'Ali',
  dueDate,
  state: 'open',
  followUpId: 'fu1',
  createdAt: '2026-12-01T10:00:00.000Z',
  closedAt: null,
  ...more,
});

const detail: FollowUpDetail = {
  id: 'fu1',
  boardId: 'board_1',
  kind: 'quarterly',
  step: 'pulse',
  steps: [...stepsOf('quarterly')],
  startedAt: '2026-12-01T10:00:00.000Z',
  endedAt: '2026-12-01T10:40:00.000Z',
  carried: [{ action: action('old', '2026-11-20'), outcome: 'done' }],
  goals: [
    {
      goalId: 'g1',
      title: 'Less scrap',
      dimension: 'economic',
      percent: 45,
      previousPercent: 33,
      status: 'on_track',
      outcome: 'partly',
    },
  ],
  notes: [
    {
      id: 'n1',
      kind: 'went_well',
      text: 'Good talk',
      votes: 1,
      createdAt: '2026-12-01T10:05:00.000Z',
    },
    {
      id: 'n2',
      kind: 'went_well',
      text: 'Cleaner floor',
      votes: 3,
      createdAt: '2026-12-01T10:06:00.000Z',
    },
    {
      id: 'n3',
      kind: 'do_better',
      text: 'Start on time',
      votes: 2,
      createdAt: '2026-12-01T10:07:00.000Z',
    },
  ],
  writers: 3,
  voters: 3,
  newActions: [action('new', addDays(today, 7))],
  learning: 'Short meetings work',
  pulse: { respondents: 3, involved: null, contribute: null },
  analysis: null,
  nextDate: '2027-03-01',
};

describe('the kept record', () => {
  it('shows all six parts: actions, goals, notes by votes, new actions, learning, pulse', () => {
    const shown = text(renderToStaticMarkup(<FollowUpRecord detail={detail} language="en" />));
    expect(shown).toContain('Quarterly follow-up');
    expect(shown).toContain('Action old');
    expect(shown).toMatch(/Owner: Ali · Done/);
    expect(shown).toContain('Now 45%');
    expect(shown).toContain('Previous follow-up 33%');
    expect(shown).toContain('+12 percentage points');
    expect(shown).toMatch(/Did we get there\? Partly/);
    // Most voted first within each kind.
    expect(shown.indexOf('Cleaner floor')).toBeLessThan(shown.indexOf('Good talk'));
    expect(shown).toContain('3 votes');
    // One is said in the singular.
    expect(shown).toContain('1 vote ');
    expect(shown).not.toContain('1 votes');
    expect(shown).toContain('3 devices wrote, 3 voted');
    expect(shown).toContain('Action new');
    expect(shown).toContain('On time');
    expect(shown).toContain('Short meetings work');
    expect(shown).toContain('3 devices answered');
    expect(shown).toContain('too few answers');
    expect(shown).toContain('Next follow-up');
  });

  it('leaves out the goals and the pulse of a monthly one', () => {
    const monthly = { ...detail, kind: 'monthly' as const, steps: [...stepsOf('monthly')] };
    const shown = text(renderToStaticMarkup(<FollowUpRecord detail={monthly} language="sv" />));
    expect(shown).toContain('Månadsuppföljning');
    expect(shown).not.toContain('Nådde vi dit?');
    expect(shown).not.toContain('Pulsen');
  });
});

describe('a due date', () => {
  it('says its colour in words too', () => {
    const chip = (day: string) => renderToStaticMarkup(<DueChip dueDate={day} language="sv" />);
    expect(chip(addDays(today, 1))).toContain('due--green');
    expect(text(chip(addDays(today, 1)))).toContain('I tid');
    expect(text(chip(today))).toContain('Idag');
    expect(chip(addDays(today, -1))).toContain('due--red');
    expect(text(chip(addDays(today, -1)))).toContain('Försenad');
  });
});

describe('the board page card', () => {
  const live = (step: FollowUpLive['step']): FollowUpLive => ({
    id: 'fu1',
    kind: 'monthly',
    step,
    steps: [...stepsOf('monthly')],
    startedAt: '2026-12-01T10:00:00.000Z',
    notes: { wentWell: 0, doBetter: 0, writers: 0 },
    voters: 0,
    pulseRespondents: 0,
    shown: null,
    learning: null,
  });
  const card = (step: FollowUpLive['step'], lead = false) =>
    renderToStaticMarkup(
      <LiveFollowUpCard boardId="board_1" live={live(step)} lead={lead} language="sv" />,
    );

  it("shows only in the phones' steps, to the live page (a lead's: to the runner)", () => {
    expect(card('actions')).toBe('');
    expect(card('new_actions')).toBe('');
    expect(card('write')).toContain('href="/m/b/board_1/follow-up/live"');
    expect(text(card('write'))).toContain('Skriv vad som gick bra');
    expect(text(card('vote'))).toContain('Rösta på lapparna');
    expect(card('vote', true)).toContain('href="/m/b/board_1/follow-up"');
  });
});

describe('the note writer', () => {
  it('offers both kinds and the notes left', () => {
    const shown = renderToStaticMarkup(
      <NoteWriter boardId="board_1" followUpId="fu1" language="sv" serverCount={2} />,
    );
    expect(text(shown)).toContain('Gick bra');
    expect(text(shown)).toContain('Kan bli bättre');
    expect(text(shown)).toContain('4 lappar kvar att skriva');
    expect(shown).toContain('aria-pressed="true"');
  });

  it('says when all notes are written', () => {
    const shown = renderToStaticMarkup(
      <NoteWriter boardId="board_1" followUpId="fu1" language="en" serverCount={6} />,
    );
    expect(text(shown)).toContain('You have written all 6 notes.');
    expect(shown).not.toContain('<textarea');
  });
});

describe('the pulse trend', () => {
  const summary = (startedAt: string, involved: number | null): FollowUpSummary => ({
    id: startedAt,
    kind: 'quarterly',
    startedAt,
    endedAt: startedAt,
    learning: null,
    notes: 0,
    newActions: 0,
    pulse: { respondents: involved === null ? 2 : 7, involved, contribute: involved },
    nextDate: null,
  });

  it('draws both lines and names the latest means', () => {
    const shown = renderToStaticMarkup(
      <PulseTrendChart
        followUps={[
          summary('2026-09-01T10:00:00.000Z', 3.5),
          summary('2026-06-01T10:00:00.000Z', 3),
        ]}
        language="sv"
      />,
    );
    expect(shown.match(/<path /g)).toHaveLength(2);
    expect(text(shown)).toContain('Delaktig: 3,5');
  });

  it('says "too few answers" rather than draw nothing', () => {
    const shown = renderToStaticMarkup(
      <PulseTrendChart followUps={[summary('2026-06-01T10:00:00.000Z', null)]} language="en" />,
    );
    expect(text(shown)).toContain('No pulse with at least 5 answers yet.');
  });
});
