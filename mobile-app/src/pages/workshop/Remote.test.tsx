import { renderToStaticMarkup } from 'react-dom/server';
import { Router } from 'wouter';
import { describe, expect, it } from 'vitest';
import type { Activity, WorkshopLive } from '@tavla/shared';
import { LiveWorkshopCard } from '../../components/LiveWorkshopCard.js';
import { IdeaRows, Remote } from './Remote.js';

// The remote's and the live card's markup for a given live state (no effects run here: the
// figures the remote asks the server for are not part of these checks).

const poll: Activity = {
  id: 'best',
  kind: 'poll',
  title: 'Which dimension are we best at?',
  text: '',
  options: ['Ecological', 'Economic', 'Social'],
  multiple: false,
  hideResults: true,
};
const liveWith = (activity: Activity, more: Partial<WorkshopLive> = {}): WorkshopLive => ({
  sessionId: 's1',
  title: 'Sustainability workshop',
  startedAt: '2026-12-01T08:00:00.000Z',
  index: 2,
  count: 12,
  activity,
  open: true,
  revealed: false,
  answered: 27,
  results: null,
  ...more,
});
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const button = (html: string, label: string) =>
  new RegExp(`<button[^>]*>${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</button>`).exec(
    html,
  )?.[0];

describe("the lead's remote", () => {
  it('shows where the session is and how many answered', () => {
    const html = renderToStaticMarkup(<Remote boardId="b1" live={liveWith(poll)} language="en" />);
    expect(text(html)).toContain('3 of 12');
    expect(text(html)).toContain('27 of … devices answered');
    expect(button(html, 'Reveal the results')).toBeDefined();
    expect(button(html, 'Close the question')).toBeDefined();
    expect(button(html, 'End the workshop')).toBeDefined();
  });

  it('cannot go on from the last activity nor back from the first', () => {
    const last = renderToStaticMarkup(
      <Remote boardId="b1" live={liveWith(poll, { index: 11 })} language="en" />,
    );
    expect(button(last, 'Next →')).toContain('disabled');
    expect(text(last)).toContain('This is the last activity.');
    const first = renderToStaticMarkup(
      <Remote boardId="b1" live={liveWith(poll, { index: 0 })} language="sv" />,
    );
    expect(button(first, '← Bakåt')).toContain('disabled');
    expect(button(first, 'Nästa →')).not.toContain('disabled');
  });

  it('offers to reopen a closed question and to hide each word of the cloud', () => {
    const words: Activity = { id: 'words', kind: 'wordcloud', title: 'What?', text: '' };
    const html = renderToStaticMarkup(
      <Remote
        boardId="b1"
        live={liveWith(words, {
          open: false,
          results: {
            kind: 'wordcloud',
            entries: 3,
            words: [
              { key: 'less waste', text: 'Less waste', count: 2 },
              { key: 'climate', text: 'Climate', count: 1 },
            ],
          },
        })}
        language="en"
      />,
    );
    expect(button(html, 'Reopen')).toBeDefined();
    expect(button(html, 'Close the question')).toBeUndefined();
    expect(html.match(/aria-label="Hide: /g)).toHaveLength(2);
  });

  it('marks an idea that already became a suggestion instead of offering it again', () => {
    const at = '2026-12-01T08:10:00.000Z';
    const html = renderToStaticMarkup(
      <IdeaRows
        ideas={[
          {
            id: 'i1',
            text: 'Doors',
            dimension: 'ecological',
            upvotes: 3,
            createdAt: at,
            suggestionId: 's9',
          },
          {
            id: 'i2',
            text: 'Car pool',
            dimension: 'social',
            upvotes: 1,
            createdAt: at,
            suggestionId: null,
          },
        ]}
        language="en"
        busy={false}
        onSuggest={() => undefined}
      />,
    );
    expect(html.match(/Make it a suggestion/g)).toHaveLength(1);
    expect(text(html)).toContain('✓ A suggestion on the board');
  });
});

describe('the live card on the board page', () => {
  const card = (live: WorkshopLive | null, lead: boolean) =>
    renderToStaticMarkup(
      <Router ssrPath="/b/b1">
        <LiveWorkshopCard boardId="b1" live={live} lead={lead} language="en" />
      </Router>,
    );
  it('shows the activity on now and opens the clicker, or the remote for a lead', () => {
    const html = card(liveWith(poll), false);
    expect(html).toContain('href="/m/b/b1/workshop"');
    expect(text(html)).toContain('Workshop running · 3 of 12');
    expect(text(html)).toContain('Which dimension are we best at?');
    expect(text(html)).toContain('Join in');
    expect(text(card(liveWith(poll), true))).toContain('The remote');
  });
  it('is not there while no workshop runs', () => {
    expect(card(null, false)).toBe('');
  });
});
