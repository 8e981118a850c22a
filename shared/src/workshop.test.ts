import { Compile } from 'typebox/compile';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanEntry, compareIdeas, scaleAverage, wordKey, WORKSHOP_LIMITS } from './workshop.js';
import {
  WorkshopAnswerBodySchema,
  WorkshopTemplateSchema,
  type Activity,
} from './workshop-schemas.js';
import { BUILTIN_TEMPLATE_IDS, BUILTIN_TEMPLATES, builtinTemplate } from './workshop-template.js';

describe('word-cloud entries', () => {
  it('merge regardless of case and spacing', () => {
    expect(wordKey('Less  waste')).toBe('less waste');
    expect(wordKey(' less waste ')).toBe('less waste');
    expect(wordKey('LESS\twaste')).toBe('less waste');
    expect(wordKey('ÅTERVINNING')).toBe(wordKey('återvinning'));
    // A decomposed å (a + ring) is the same word as the composed one.
    expect(wordKey('a\u030Atervinning')).toBe(wordKey('återvinning'));
    expect(wordKey('less waste')).not.toBe(wordKey('lesswaste'));
  });

  it('are shown trimmed with the inner spacing collapsed, keeping their case', () => {
    expect(cleanEntry('  Less   Waste ')).toBe('Less Waste');
  });

  it('have a key that does not change when taken again, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: WORKSHOP_LIMITS.wordMax }), (text) => {
        const key = wordKey(text);
        expect(wordKey(key)).toBe(key);
        expect(wordKey(text.toUpperCase())).toBe(wordKey(text.toLowerCase()));
      }),
    );
  });
});

describe('scale averages', () => {
  it('average a 1–5 distribution, null when nobody answered', () => {
    expect(scaleAverage([0, 0, 0, 0, 0])).toBeNull();
    expect(scaleAverage([1, 0, 0, 0, 1])).toBe(3);
    expect(scaleAverage([0, 0, 0, 0, 4])).toBe(5);
    expect(scaleAverage([2, 1, 0, 0, 0])).toBeCloseTo(4 / 3);
  });
});

describe('the idea ranking', () => {
  it('puts most upvotes first, then the earliest, then the id', () => {
    const ideas = [
      { id: 'c', upvotes: 1, createdAt: '2026-01-01T10:00:00.000Z' },
      { id: 'b', upvotes: 3, createdAt: '2026-01-01T10:05:00.000Z' },
      { id: 'a', upvotes: 1, createdAt: '2026-01-01T09:00:00.000Z' },
      { id: 'd', upvotes: 1, createdAt: '2026-01-01T09:00:00.000Z' },
    ];
    expect([...ideas].sort(compareIdeas).map((idea) => idea.id)).toEqual(['b', 'a', 'd', 'c']);
  });
});

describe('the built-in workshop template', () => {
  const check = Compile(WorkshopTemplateSchema);

  it('exists in Swedish and English and fits the template schema', () => {
    expect(BUILTIN_TEMPLATES.map((t) => [t.id, t.language])).toEqual([
      [BUILTIN_TEMPLATE_IDS.sv, 'sv'],
      [BUILTIN_TEMPLATE_IDS.en, 'en'],
    ]);
    for (const template of BUILTIN_TEMPLATES) {
      expect([...check.Errors(template)], template.id).toEqual([]);
      expect(template.builtIn).toBe(true);
      expect(template.minutes).toBeGreaterThanOrEqual(45);
      expect(template.minutes).toBeLessThanOrEqual(75);
      expect(builtinTemplate(template.id)).toBe(template);
    }
  });

  it('has the same activities in both languages, differing only in words', () => {
    const shape = (activity: Activity) => {
      switch (activity.kind) {
        case 'poll':
          return [
            activity.id,
            activity.kind,
            activity.options.length,
            activity.multiple,
            activity.hideResults,
          ];
        case 'quiz':
          return [activity.id, activity.kind, activity.options.length, activity.correct];
        case 'scale':
          return [activity.id, activity.kind, activity.pulse];
        case 'slide':
          return [activity.id, activity.kind, activity.photoId];
        default:
          return [activity.id, activity.kind];
      }
    };
    const [sv, en] = BUILTIN_TEMPLATES;
    expect(sv?.activities.map(shape)).toEqual(en?.activities.map(shape));
    // Every translated text really is translated.
    sv?.activities.forEach((activity, i) => {
      expect(activity.title).not.toBe(en?.activities[i]?.title);
    });
  });

  it('holds what the method’s workshop asks for', () => {
    const en = BUILTIN_TEMPLATES.find((t) => t.language === 'en');
    const activities = en?.activities ?? [];
    const kinds = new Set(activities.map((a) => a.kind));
    expect([...kinds].sort()).toEqual(
      ['ideas', 'interest_vote', 'poll', 'quiz', 'scale', 'slide', 'wordcloud'].sort(),
    );
    expect(activities.find((a) => a.kind === 'wordcloud')?.title).toBe(
      'What does sustainability mean to you?',
    );
    const poll = activities.find((a) => a.kind === 'poll');
    expect(poll).toMatchObject({ title: 'Which dimension are we best at?', hideResults: true });
    const pulses = activities.flatMap((a) => (a.kind === 'scale' ? [[a.pulse, a.title]] : []));
    expect(pulses).toEqual([
      ['involved', 'Do you feel involved in our sustainability work?'],
      ['contribute', 'Do you know how you are expected to contribute?'],
    ]);
    const quizzes = activities.filter((a) => a.kind === 'quiz');
    expect(quizzes.length).toBeGreaterThanOrEqual(2);
    expect(quizzes.length).toBeLessThanOrEqual(3);
    for (const quiz of quizzes) {
      if (quiz.correct === null) throw new Error('a quiz needs its answer');
      expect(quiz.correct).toBeLessThan(quiz.options.length);
    }
    const slides = activities
      .filter((a) => a.kind === 'slide')
      .map((a) => a.text)
      .join(' ');
    for (const word of ['Ecological', 'Economic', 'Social', 'sliding doors on the freezer room']) {
      expect(slides.toLowerCase()).toContain(word.toLowerCase());
    }
    // Unique activity ids: a lead hides entries and phones answer by them.
    expect(new Set(activities.map((a) => a.id)).size).toBe(activities.length);
  });
});

describe('an answer body', () => {
  const check = Compile(WorkshopAnswerBodySchema);
  const clientId = '00000000-0000-4000-8000-000000000001';
  it('takes the five kinds of answer and refuses a word over 60 characters', () => {
    for (const answer of [
      { kind: 'choice', choices: [0] },
      { kind: 'scale', value: 5 },
      { kind: 'word', text: 'less waste' },
      { kind: 'idea', text: 'Close the freezer door', dimension: 'ecological' },
      { kind: 'upvote', ideaId: 'abcdefgh12', on: true },
    ]) {
      expect(check.Check({ clientId, activityId: 'meaning', answer }), answer.kind).toBe(true);
    }
    expect(
      check.Check({
        clientId,
        activityId: 'meaning',
        answer: { kind: 'word', text: 'x'.repeat(61) },
      }),
    ).toBe(false);
    expect(
      check.Check({ clientId, activityId: 'meaning', answer: { kind: 'scale', value: 6 } }),
    ).toBe(false);
  });
});
