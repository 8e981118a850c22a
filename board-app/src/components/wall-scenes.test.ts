import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import {
  previewAnnouncements,
  previewGoals,
  previewWorkshop,
} from '../preview/wall-fixtures-board.js';
import { AnnouncementsScene } from './AnnouncementsScene.js';
import { Celebration } from './Celebration.js';
import { GoalTile } from './GoalTile.js';
import { WorkshopScene } from './WorkshopScene.js';

const NOW = new Date('2027-03-10T10:00:00.000Z');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ');
/** Characters a kiosk without an emoji or symbol font could not draw. */
const ODD = /[^\u0020-\u007e\u00a0-\u024f\u2010-\u2027\u2030-\u205e\s]/u;

describe('AnnouncementsScene', () => {
  const [routine, goal, information] = previewAnnouncements('sv', NOW);
  it('says how many devices acknowledged, of about how many, never people', () => {
    const html = renderToStaticMarkup(
      createElement(AnnouncementsScene, {
        announcement: routine ?? null,
        employees: 40,
        language: 'sv',
      }),
    );
    expect(text(html)).toContain('27 av cirka 40 enheter');
    expect(text(html)).toContain('Rutin');
    const en = renderToStaticMarkup(
      createElement(AnnouncementsScene, {
        announcement: routine ?? null,
        employees: null,
        language: 'en',
      }),
    );
    expect(text(en)).toContain('27 devices');
    expect(text(en)).not.toMatch(/about|people/);
    const one = renderToStaticMarkup(
      createElement(AnnouncementsScene, {
        announcement: goal ?? null,
        employees: null,
        language: 'en',
      }),
    );
    expect(text(one)).toContain('1 device ');
  });

  it('shows a meeting record and no count for one that needs no acknowledgement', () => {
    const html = renderToStaticMarkup(
      createElement(AnnouncementsScene, {
        announcement: information ?? null,
        employees: 40,
        language: 'en',
      }),
    );
    expect(text(html)).toContain('No acknowledgement needed');
    expect(text(html)).toContain('14 present');
    expect(html).not.toContain('ack__count');
  });

  it('shows its photo from the server’s photo route', () => {
    if (!routine) throw new Error('no fixture');
    const html = renderToStaticMarkup(
      createElement(AnnouncementsScene, {
        announcement: { ...routine, photoId: 'Zx9kQ2v9XyZp4LmN7tR1sW' },
        employees: 40,
        language: 'sv',
      }),
    );
    expect(html).toContain('src="/photos/Zx9kQ2v9XyZp4LmN7tR1sW.webp"');
  });
});

describe('WorkshopScene', () => {
  const render = (activity: Parameters<typeof previewWorkshop>[0], language: 'sv' | 'en' = 'en') =>
    renderToStaticMarkup(
      createElement(WorkshopScene, {
        live: previewWorkshop(activity, language, NOW),
        vote: {
          id: 'vote-1',
          status: 'open',
          voters: 9,
          openedAt: NOW.toISOString(),
          closedAt: null,
        },
        language,
        qr: null,
      }),
    );

  it('shows a hidden poll’s options and only how many answered', () => {
    const html = render('pollHidden');
    expect(text(html)).toContain('37 devices have answered');
    expect(text(html)).toContain('The results show when the lead reveals them.');
    expect(html).not.toContain('wk-bar__figure');
  });

  it('shows a revealed poll’s bars with shares', () => {
    expect(text(render('poll'))).toMatch(/57 %/);
  });

  it('marks the correct quiz answer only once the question is closed', () => {
    expect(render('quiz')).not.toContain('wk-bar--correct');
    expect(text(render('quiz'))).toContain('The correct answer shows when the question closes.');
    const closed = render('quizClosed');
    expect(closed).toContain('wk-bar wk-bar--correct');
    expect(text(closed)).toContain('Correct answer');
  });

  it('shows a scale’s average and distribution, the cloud, the top ideas and the vote', () => {
    expect(text(render('scale', 'sv'))).toContain('3,4');
    const cloud = render('wordcloud');
    expect(cloud.match(/wk-cloud__word/g)?.length).toBeGreaterThan(10);
    expect(text(cloud)).toContain('96 words');
    const ideas = render('ideas');
    expect(ideas.match(/class="wk-idea"/g)).toHaveLength(5);
    expect(text(render('interest_vote'))).toContain('9 have voted');
    for (const activity of [
      'slide',
      'wordcloud',
      'poll',
      'scale',
      'quizClosed',
      'ideas',
    ] as const) {
      expect(text(render(activity)), activity).not.toMatch(ODD);
    }
  });
});

describe('GoalTile and Celebration', () => {
  it('show a goal’s value, target and unit in full, and celebrate without emoji', () => {
    const goals = previewGoals('sv', NOW);
    const goal = goals[1];
    if (!goal) throw new Error('no fixture');
    const html = renderToStaticMarkup(
      createElement(GoalTile, { goal, suggestions: [], language: 'sv', now: NOW, widthRem: 35 }),
    );
    expect(text(html)).toContain('1 098 765,43');
    expect(text(html)).toContain('987 654,32');
    expect(text(html)).toContain('kg CO2e per ton');
    const party = renderToStaticMarkup(
      createElement(Celebration, {
        what: { kind: 'goal', id: 'g', text: 'Mindre avfall' },
        language: 'sv',
      }),
    );
    expect(text(party)).toContain('Målet är nått!');
    expect(text(party)).not.toMatch(ODD);
    expect(party).toContain('<svg');
  });
});
