import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import {
  ActivitySchema,
  EditTemplateBodySchema,
  type Activity,
  type WorkshopLive,
  type WorkshopMine,
} from '@tavla/shared';
import { ACTIVITY_KINDS } from '@tavla/shared/workshop';
import {
  addOption,
  alreadySent,
  cleanTemplate,
  cloudStep,
  formatAverage,
  ideaToSend,
  mineFor,
  moveItem,
  newActivity,
  newActivityId,
  NO_ANSWERS,
  quizOutcome,
  remoteControls,
  removeOption,
  sameChoices,
  share,
  templateProblems,
  toggleChoice,
  votesLeft,
  wordsLeft,
  wordToSend,
  workshopScreen,
} from './workshop-view.js';

const poll: Activity = {
  id: 'best',
  kind: 'poll',
  title: 'Which dimension are we best at?',
  text: '',
  options: ['Ecological', 'Economic', 'Social'],
  multiple: false,
  hideResults: true,
};
const quiz: Activity = {
  id: 'q1',
  kind: 'quiz',
  title: 'How much energy does an open freezer door waste?',
  text: '',
  options: ['A little', 'Some', 'A lot'],
  correct: 2,
};

const liveWith = (activity: Activity, more: Partial<WorkshopLive> = {}): WorkshopLive => ({
  sessionId: 's1',
  title: 'Sustainability workshop',
  startedAt: '2026-12-01T08:00:00.000Z',
  index: 3,
  count: 12,
  activity,
  open: true,
  revealed: false,
  answered: 0,
  results: null,
  ...more,
});
const mine = (more: Partial<WorkshopMine>): WorkshopMine => ({
  ...NO_ANSWERS,
  activityId: 'best',
  ...more,
});

describe('which workshop screen shows', () => {
  const live = liveWith(poll);
  it('waits until it knows who is looking and has the board', () => {
    expect(workshopScreen({ viewer: 'loading', known: true, live, sawLive: false })).toBe(
      'loading',
    );
    expect(workshopScreen({ viewer: 'other', known: false, live: null, sawLive: false })).toBe(
      'loading',
    );
  });
  it('gives a lead the remote while live and the templates otherwise', () => {
    expect(workshopScreen({ viewer: 'lead', known: true, live, sawLive: true })).toBe('remote');
    expect(workshopScreen({ viewer: 'lead', known: true, live: null, sawLive: true })).toBe(
      'start',
    );
  });
  it('gives a phone the clicker, then "it ended" once the session it followed is over', () => {
    expect(workshopScreen({ viewer: 'other', known: true, live, sawLive: false })).toBe('clicker');
    expect(workshopScreen({ viewer: 'other', known: true, live: null, sawLive: true })).toBe(
      'ended',
    );
    expect(workshopScreen({ viewer: 'other', known: true, live: null, sawLive: false })).toBe(
      'none',
    );
  });
});

describe("a device's answers", () => {
  it('counts only the answers to the activity on now', () => {
    const earlier = mine({ activityId: 'words', words: ['less waste'] });
    expect(mineFor(earlier, 'best')).toBe(NO_ANSWERS);
    expect(mineFor(earlier, 'words')).toBe(earlier);
    expect(mineFor(null, 'best')).toBe(NO_ANSWERS);
  });
  it('says how many words and upvotes are left, never below zero', () => {
    expect(wordsLeft(NO_ANSWERS)).toBe(3);
    expect(wordsLeft(mine({ words: ['a', 'b'] }))).toBe(1);
    expect(wordsLeft(mine({ words: ['a', 'b', 'c', 'd'] }))).toBe(0);
    expect(votesLeft(mine({ upvotedIdeaIds: ['i1'] }))).toBe(2);
    expect(votesLeft(mine({ upvotedIdeaIds: ['i1', 'i2', 'i3'] }))).toBe(0);
  });
  it('sends a word trimmed with its spacing collapsed, and nothing empty or too long', () => {
    expect(wordToSend('  less   waste ')).toBe('less waste');
    expect(wordToSend('   ')).toBeNull();
    expect(wordToSend('x'.repeat(60))).toBe('x'.repeat(60));
    expect(wordToSend('x'.repeat(61))).toBeNull();
  });
  it('knows a word the device already sent, whatever its casing or spacing', () => {
    const sent = mine({ words: ['Less waste'] });
    expect(alreadySent('  less   WASTE ', sent)).toBe(true);
    expect(alreadySent('less water', sent)).toBe(false);
  });
  it('posts an idea of 3 to 280 characters', () => {
    expect(ideaToSend(' ab ')).toBeNull();
    expect(ideaToSend(' Sliding doors on the freezer room ')).toBe(
      'Sliding doors on the freezer room',
    );
    expect(ideaToSend('x'.repeat(281))).toBeNull();
  });
  it('takes a single choice alone and toggles a multiple one', () => {
    expect(toggleChoice([0], 2, false)).toEqual([2]);
    expect(toggleChoice([2], 0, true)).toEqual([0, 2]);
    expect(toggleChoice([0, 2], 2, true)).toEqual([0]);
    expect(sameChoices([2, 0], [0, 2])).toBe(true);
    expect(sameChoices([0], [0, 2])).toBe(false);
  });
  it("tells right from wrong only once the quiz's answer is out", () => {
    expect(quizOutcome(null, mine({ choices: [2] }))).toBeNull();
    expect(quizOutcome(2, mine({ choices: [2] }))).toBe('right');
    expect(quizOutcome(2, mine({ choices: [0] }))).toBe('wrong');
    expect(quizOutcome(2, NO_ANSWERS)).toBe('none');
  });
});

describe("the remote's controls", () => {
  it('goes back and on only where there is an activity', () => {
    expect(remoteControls(liveWith(poll, { index: 0 }))).toMatchObject({ back: false, next: true });
    expect(remoteControls(liveWith(poll, { index: 11 }))).toMatchObject({
      back: true,
      next: false,
    });
  });
  it('reveals a hidden poll once, and closes or reopens what takes answers', () => {
    expect(remoteControls(liveWith(poll))).toMatchObject({
      reveal: true,
      close: true,
      reopen: false,
    });
    expect(remoteControls(liveWith(poll, { revealed: true })).reveal).toBe(false);
    expect(remoteControls(liveWith({ ...poll, hideResults: false })).reveal).toBe(false);
    expect(remoteControls(liveWith(quiz, { open: false }))).toMatchObject({
      reveal: false,
      close: false,
      reopen: true,
      reset: true,
    });
  });
  it('has nothing to close or reset on a slide, and no reset of the interest vote', () => {
    const slide: Activity = { id: 'intro', kind: 'slide', title: 'Hi', text: '', photoId: null };
    expect(remoteControls(liveWith(slide))).toMatchObject({
      close: false,
      reopen: false,
      reset: false,
    });
    const vote: Activity = { id: 'vote', kind: 'interest_vote', title: 'Vote', text: '' };
    expect(remoteControls(liveWith(vote))).toMatchObject({ close: true, reset: false });
    expect(remoteControls(liveWith(vote, { open: false }))).toMatchObject({
      close: false,
      reopen: false,
    });
  });
});

describe('results as they read', () => {
  it('gives whole percentages of the voters, 0 when nobody answered', () => {
    expect(share(1, 3)).toBe(33);
    expect(share(2, 3)).toBe(67);
    expect(share(0, 0)).toBe(0);
  });
  it("writes a scale's average with one decimal in the language's way", () => {
    expect(formatAverage('sv', 3.44)).toBe('3,4');
    expect(formatAverage('en', 3.45)).toBe('3.5');
    expect(formatAverage('en', 4)).toBe('4.0');
    expect(formatAverage('sv', null)).toBe('–');
  });
  it('sizes cloud words from 1 to 5 by their count', () => {
    expect(cloudStep(1, 10)).toBe(1);
    expect(cloudStep(10, 10)).toBe(5);
    expect(cloudStep(5, 9)).toBe(3);
    expect(cloudStep(1, 1)).toBe(3);
  });
});

describe('the template editor', () => {
  it('gives a new activity an id no other activity has', () => {
    const activities = [newActivity('poll', 'poll-2'), newActivity('slide', 'intro')];
    expect(newActivityId(activities, 'poll')).toBe('poll-3');
    expect(newActivityId(activities, 'interest_vote')).toBe('interest-vote-3');
  });
  it('makes every kind of activity in the wire shape once it has a title', () => {
    for (const kind of ACTIVITY_KINDS) {
      const activity = { ...newActivity(kind, `${kind.replace('_', '-')}-1`), title: 'A title' };
      const filled = 'options' in activity ? { ...activity, options: ['Yes', 'No'] } : activity;
      expect(Value.Check(ActivitySchema, filled), kind).toBe(true);
    }
  });
  it('moves an activity up and down, and not past either end', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
  it("keeps a quiz's right answer on the same option when another is removed", () => {
    expect(removeOption(quiz, 0)).toMatchObject({ options: ['Some', 'A lot'], correct: 1 });
    expect(removeOption(quiz, 2)).toMatchObject({ options: ['A little', 'Some'], correct: 0 });
    const two = { ...quiz, options: ['Yes', 'No'] };
    expect(removeOption(two, 0)).toBe(two);
    const six = { ...quiz, options: ['1', '2', '3', '4', '5', '6'] };
    expect(addOption(six)).toBe(six);
    expect(addOption(quiz).options).toEqual(['A little', 'Some', 'A lot', '']);
  });
  it('names what keeps a template from being saved', () => {
    const body = {
      name: ' ',
      minutes: 700,
      activities: [
        { ...poll, options: ['Yes', ' '] },
        { ...quiz, title: '' },
      ],
    };
    expect(templateProblems(body).map((p) => [p.key, p.params])).toEqual([
      ['workshop.edit.problem.name', undefined],
      ['workshop.edit.problem.minutes', undefined],
      ['workshop.edit.problem.options', { n: 1, min: 2, max: 6 }],
      ['workshop.edit.problem.title', { n: 2 }],
    ]);
    expect(templateProblems({ name: 'Ours', minutes: 60, activities: [] })).toEqual([
      { key: 'workshop.edit.problem.empty' },
    ]);
  });
  it('sends a template that passes the server’s schema, trimmed', () => {
    const body = {
      name: ' Our workshop ',
      minutes: 45,
      activities: [{ ...poll, title: ' Best? ', options: [' Ecological ', 'Social'] }],
    };
    expect(templateProblems(body)).toEqual([]);
    const sent = cleanTemplate(body);
    expect(sent.name).toBe('Our workshop');
    expect(sent.activities[0]).toMatchObject({ title: 'Best?', options: ['Ecological', 'Social'] });
    expect(Value.Check(EditTemplateBodySchema, sent)).toBe(true);
  });
});
