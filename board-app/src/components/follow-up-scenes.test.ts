import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { localDay } from '@tavla/shared/follow-up-rules';
import { EMPTY_METHOD_STATE } from '@tavla/shared/method';
import {
  previewActions,
  previewFollowUpLive,
  previewMeeting,
  previewParticipation,
} from '../preview/wall-fixtures-follow-up.js';
import { previewGoals, previewSuggestions } from '../preview/wall-fixtures-board.js';
import { FollowUpLiveScene } from './FollowUpLiveScene.js';
import { FollowUpScene } from './FollowUpScene.js';
import { MeetingScene } from './MeetingScene.js';

const NOW = new Date(2027, 2, 10, 10, 0);
const TODAY = localDay(NOW);
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ');
/** Characters a kiosk without an emoji or symbol font could not draw. */
const ODD = /[^\u0020-\u007e\u00a0-\u024f\u2010-\u2027\u2030-\u205e\s]/u;

describe('FollowUpScene', () => {
  it('says each action’s due state in words as well as colour, with owner and date', () => {
    const actions = previewActions('sv', NOW, 5);
    const html = renderToStaticMarkup(
      createElement(FollowUpScene, {
        followUp: { ...EMPTY_METHOD_STATE.followUp, actions },
        actions: actions.slice(0, 3),
        participation: previewParticipation('default', NOW),
        today: TODAY,
        language: 'sv',
      }),
    );
    expect(html.match(/data-due="red"/g)).toHaveLength(2);
    expect(html.match(/data-due="yellow"/g)).toHaveLength(1);
    expect(text(html)).toContain('Försenad');
    expect(text(html)).toContain('I dag');
    expect(text(html)).toContain('9 dagar sen');
    expect(text(html)).toContain('Anna-Karin Johansson-Lindqvist');
    expect(text(html)).toContain('14 av 40 anställda har bidragit');
    expect(text(html)).toContain('mål 20 %');
    expect(html).not.toMatch(ODD);
  });

  it('leaves the participation out when there is no target', () => {
    const html = renderToStaticMarkup(
      createElement(FollowUpScene, {
        followUp: EMPTY_METHOD_STATE.followUp,
        actions: [],
        participation: { ...previewParticipation('default', NOW)!, target: null },
        today: TODAY,
        language: 'en',
      }),
    );
    expect(text(html)).toContain('No open actions');
    expect(text(html)).not.toContain('contributed');
  });
});

describe('FollowUpLiveScene', () => {
  const props = (step: Parameters<typeof previewFollowUpLive>[2]) => {
    const live = previewFollowUpLive('en', NOW, step);
    return {
      live,
      view: step,
      page: 0,
      pages: 1,
      carried: previewActions('en', NOW, 3),
      decided: [],
      goals: previewGoals('en', NOW),
      suggestions: previewSuggestions('en', NOW),
      today: TODAY,
      now: NOW,
      language: 'en' as const,
      qr: () => null,
    };
  };

  it('shows only how many notes while people write, never their texts', () => {
    const html = text(renderToStaticMarkup(createElement(FollowUpLiveScene, props('write'))));
    expect(html).toContain('16 notes from 11 devices');
    expect(html).not.toContain('sliding doors');
  });

  it('shows the notes in two columns while voting, and how many devices voted', () => {
    const html = text(renderToStaticMarkup(createElement(FollowUpLiveScene, props('vote'))));
    expect(html).toContain('Went well');
    expect(html).toContain('Can be done better');
    expect(html).toContain('sliding doors');
    expect(html).toContain('14 devices have voted');
  });
});

describe('MeetingScene', () => {
  it('marks new and changed suggestions and shows how long the bottleneck waits', () => {
    const review = previewMeeting('sv', 'default', NOW, previewSuggestions('sv', NOW));
    const html = renderToStaticMarkup(
      createElement(MeetingScene, {
        review,
        failed: false,
        page: 1,
        pages: 3,
        today: TODAY,
        language: 'sv',
        qr: null,
      }),
    );
    expect(text(html)).toContain('Sedan förra tavelmötet');
    expect(text(html)).toContain('NY');
    expect(text(html)).toContain('ÄNDRAD');
    expect(text(html)).toContain('sida 2 av 3');
    expect(html).not.toMatch(ODD);
  });

  it('says so while the review is fetched, and when it could not be', () => {
    const base = {
      review: null,
      page: 0,
      pages: 1,
      today: TODAY,
      language: 'en' as const,
      qr: null,
    };
    expect(
      text(renderToStaticMarkup(createElement(MeetingScene, { ...base, failed: false }))),
    ).toContain('Fetching what happened');
    expect(
      text(renderToStaticMarkup(createElement(MeetingScene, { ...base, failed: true }))),
    ).toContain('Could not fetch');
  });
});
