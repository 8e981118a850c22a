import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_CATEGORY_TEXT } from './analysis-categories.js';
import { ANALYSIS_QUESTION_BANK } from './analysis-questions.js';
import { LocalTextSchema, QuestionId } from './method-schemas.js';
import { ANALYSIS_CATEGORIES, ANALYSIS_CATEGORY_LIST, ANSWER_TYPES } from './method.js';
import type { LocalText } from './method.js';

/** A wall label and a radar spoke have room for about this many characters. */
const MAX_NAME_LENGTH = 24;
const QUESTIONS_PER_CATEGORY = 4;

const allQuestions = ANALYSIS_CATEGORY_LIST.flatMap(({ id }) =>
  ANALYSIS_QUESTION_BANK[id].map((question) => ({ categoryId: id, question })),
);

function expectGoodText(text: LocalText, where: string) {
  expect(Value.Check(LocalTextSchema, text), `${where} fits LocalTextSchema`).toBe(true);
  for (const language of ['sv', 'en'] as const) {
    expect(text[language].trim(), `${where}.${language} has words`).not.toBe('');
    expect(text[language], `${where}.${language} has no stray spaces`).toBe(text[language].trim());
  }
}

describe('the analysis categories', () => {
  it('have words for exactly the fifteen categories of the contract', () => {
    expect(Object.keys(ANALYSIS_CATEGORY_TEXT).sort()).toEqual(
      ANALYSIS_CATEGORY_LIST.map((c) => c.id).sort(),
    );
    expect(ANALYSIS_CATEGORY_LIST).toHaveLength(15);
    for (const ids of Object.values(ANALYSIS_CATEGORIES)) expect(ids).toHaveLength(5);
  });

  it('have a short name and one explaining sentence in both languages', () => {
    for (const { id } of ANALYSIS_CATEGORY_LIST) {
      const { name, explain } = ANALYSIS_CATEGORY_TEXT[id];
      expectGoodText(name, `${id}.name`);
      expectGoodText(explain, `${id}.explain`);
      expect(name.sv.length, `${id}.name.sv is short`).toBeLessThanOrEqual(MAX_NAME_LENGTH);
      expect(name.en.length, `${id}.name.en is short`).toBeLessThanOrEqual(MAX_NAME_LENGTH);
      for (const language of ['sv', 'en'] as const) {
        // One sentence: it ends with a full stop and has no other sentence end inside.
        expect(explain[language], `${id}.explain.${language} is one sentence`).toMatch(
          /^[^.!?]+\.$/,
        );
      }
    }
  });

  it('have names that tell them apart', () => {
    for (const language of ['sv', 'en'] as const) {
      const names = ANALYSIS_CATEGORY_LIST.map(
        ({ id }) => ANALYSIS_CATEGORY_TEXT[id].name[language],
      );
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe('the question bank', () => {
  it('has four questions in each of the fifteen categories, sixty in all', () => {
    expect(Object.keys(ANALYSIS_QUESTION_BANK).sort()).toEqual(
      ANALYSIS_CATEGORY_LIST.map((c) => c.id).sort(),
    );
    for (const { id } of ANALYSIS_CATEGORY_LIST) {
      expect(ANALYSIS_QUESTION_BANK[id], id).toHaveLength(QUESTIONS_PER_CATEGORY);
    }
    expect(allQuestions).toHaveLength(60);
  });

  it('gives every question a unique id of the form <categoryId>.<slug>', () => {
    const ids = allQuestions.map(({ question }) => question.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { categoryId, question } of allQuestions) {
      expect(question.id).toMatch(/^[a-z_]+\.[a-z0-9_]+$/);
      expect(question.id.startsWith(`${categoryId}.`), `${question.id} is in ${categoryId}`).toBe(
        true,
      );
      expect(Value.Check(QuestionId, question.id), `${question.id} is a valid QuestionId`).toBe(
        true,
      );
    }
  });

  it('gives every question a valid answer type, and uses all three', () => {
    for (const { question } of allQuestions) {
      expect(ANSWER_TYPES, question.id).toContain(question.type);
    }
    const used = new Set(allQuestions.map(({ question }) => question.type));
    expect([...used].sort()).toEqual([...ANSWER_TYPES].sort());
  });

  it('has a question and a help text in both languages, within the schema limits', () => {
    for (const { question } of allQuestions) {
      expectGoodText(question.text, `${question.id}.text`);
      expectGoodText(question.help, `${question.id}.help`);
      for (const language of ['sv', 'en'] as const) {
        expect(question.text[language], `${question.id}.text.${language} asks`).toMatch(/\?$/);
        expect(
          question.help[language],
          `${question.id}.help.${language} differs from the text`,
        ).not.toBe(question.text[language]);
      }
    }
  });

  it('asks every question only once', () => {
    for (const language of ['sv', 'en'] as const) {
      const texts = allQuestions.map(({ question }) => question.text[language].toLowerCase());
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});
