import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Activity, WorkshopLive, WorkshopMine } from '@tavla/shared';
import { ActivityBody } from './Clicker.js';
import { NO_ANSWERS } from './workshop-view.js';
import { WorkshopResults } from './WorkshopResults.js';

// What a phone shows for each kind of activity, rendered as the server would (no effects run:
// these check the markup from a given live state and this device's answers, not the network).

const liveWith = (activity: Activity, more: Partial<WorkshopLive> = {}): WorkshopLive => ({
  sessionId: 's1',
  title: 'Hållbarhetsworkshop',
  startedAt: '2026-12-01T08:00:00.000Z',
  index: 0,
  count: 12,
  activity,
  open: true,
  revealed: false,
  answered: 0,
  results: null,
  ...more,
});
const ignore = () => undefined;
const render = (
  live: WorkshopLive,
  mine: WorkshopMine = NO_ANSWERS,
  language: 'sv' | 'en' = 'en',
) =>
  renderToStaticMarkup(
    <ActivityBody boardId="board_1" live={live} mine={mine} onMine={ignore} language={language} />,
  );
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const words: Activity = { id: 'words', kind: 'wordcloud', title: 'What is it?', text: '' };
const poll: Activity = {
  id: 'best',
  kind: 'poll',
  title: 'Best?',
  text: '',
  options: ['Ecological', 'Economic', 'Social'],
  multiple: false,
  hideResults: true,
};
const quiz: Activity = {
  id: 'q1',
  kind: 'quiz',
  title: 'Freezer door?',
  text: '',
  options: ['A little', 'A lot'],
  correct: null,
};

describe('the clicker', () => {
  it('takes up to three words and says how many are left', () => {
    const html = render(liveWith(words), {
      ...NO_ANSWERS,
      activityId: 'words',
      words: ['Less waste'],
    });
    expect(html).toContain('maxLength="60"');
    expect(text(html)).toContain('You can send 2 more.');
    expect(text(html)).toContain('Less waste');
    const full = render(liveWith(words), {
      ...NO_ANSWERS,
      activityId: 'words',
      words: ['a', 'b', 'c'],
    });
    expect(full).not.toContain('<input');
    expect(text(full)).toContain('You have sent all your 3 answers.');
  });

  it('shows the word cloud once the screens may', () => {
    const html = render(
      liveWith(words, {
        results: {
          kind: 'wordcloud',
          entries: 5,
          words: [
            { key: 'less waste', text: 'Less waste', count: 4 },
            { key: 'climate', text: 'Climate', count: 1 },
          ],
        },
      }),
    );
    expect(html).toContain('cloud__word--5');
    expect(html).toContain('cloud__word--1');
  });

  it("marks the device's poll choice, and keeps results back until revealed", () => {
    const html = render(liveWith(poll, { answered: 7 }), {
      ...NO_ANSWERS,
      activityId: 'best',
      choices: [1],
    });
    expect(html.match(/aria-pressed="true"/g)).toHaveLength(1);
    expect(text(html)).toContain('7 devices have answered');
    expect(text(html)).toContain('The results show when the lead reveals them.');
    const shown = render(
      liveWith(poll, { revealed: true, results: { kind: 'poll', counts: [1, 2, 1], voters: 4 } }),
      { ...NO_ANSWERS, activityId: 'best', choices: [1] },
    );
    expect(text(shown)).toContain('50% · 2');
    expect(text(shown)).toContain('Your choice');
  });

  it('sends a multiple choice with one tap after choosing', () => {
    const html = render(liveWith({ ...poll, multiple: true }));
    expect(text(html)).toContain('Send my choices');
  });

  it('shows no buttons on a closed question, and says so', () => {
    const html = render(liveWith(poll, { open: false }));
    expect(html).not.toContain('class="choice"');
  });

  it("tells after a quiz closes whether the device's answer was right", () => {
    const closed = liveWith(
      { ...quiz, correct: 1 },
      {
        open: false,
        results: { kind: 'quiz', counts: [3, 5], voters: 8, correct: 1 },
      },
    );
    expect(text(render(closed, { ...NO_ANSWERS, activityId: 'q1', choices: [1] }, 'sv'))).toContain(
      'Rätt svar!',
    );
    const wrong = text(render(closed, { ...NO_ANSWERS, activityId: 'q1', choices: [0] }));
    expect(wrong).toContain('Not right this time.');
    expect(wrong).toContain('The right answer: A lot');
    // While open, nothing gives the answer away.
    expect(text(render(liveWith(quiz)))).not.toContain('right answer');
  });

  it('shows five big buttons and the words for 1 and 5 on a scale', () => {
    const html = render(
      liveWith({
        id: 'involved',
        kind: 'scale',
        title: 'Involved?',
        text: '',
        low: 'Not at all',
        high: 'Very much',
        pulse: 'involved',
      }),
      { ...NO_ANSWERS, activityId: 'involved', value: 4 },
    );
    expect(html.match(/class="scale-button"/g)).toHaveLength(5);
    expect(text(html)).toContain('Not at all');
    expect(text(html)).toContain('Your answer: 4');
  });

  it('posts ideas with a dimension and shows the votes left', () => {
    const html = render(liveWith({ id: 'ideas', kind: 'ideas', title: 'Ideas', text: '' }), {
      ...NO_ANSWERS,
      activityId: 'ideas',
      upvotedIdeaIds: ['i1', 'i2'],
    });
    expect(html).toContain('name="dimension"');
    expect(text(html)).toContain('1 of 3 votes left');
  });

  it('hands the interest vote over to the vote page', () => {
    const html = render(liveWith({ id: 'vote', kind: 'interest_vote', title: 'Vote', text: '' }));
    expect(html).toContain('href="/m/b/board_1/vote"');
  });

  it("shows a slide's photo", () => {
    const html = render(
      liveWith({
        id: 'doors',
        kind: 'slide',
        title: 'Doors',
        text: 'Cold stays in',
        photoId: 'ph_1',
      }),
    );
    expect(html).toContain('src="/photos/ph_1.webp"');
  });
});

describe('the results', () => {
  it("draws a scale's average and distribution", () => {
    const html = renderToStaticMarkup(
      <WorkshopResults
        activity={{
          id: 's',
          kind: 'scale',
          title: 'S',
          text: '',
          low: 'No',
          high: 'Yes',
          pulse: null,
        }}
        results={{ kind: 'scale', counts: [0, 1, 1, 2, 0], average: 3.25 }}
        language="sv"
      />,
    );
    expect(text(html)).toContain('3,3');
    expect(text(html)).toContain('4 enheter har svarat');
  });
});
