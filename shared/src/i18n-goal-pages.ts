import type { Language } from './domain.js';

/**
 * The goal pages' strings (the goal form, its SMART hints, the lists of goals), kept out of the
 * core table so an employee's first page does not download them: every module that uses one
 * imports the app's goal-page-messages module, which calls `registerMessages(GOAL_PAGE_MESSAGES)`.
 * What the board page and the wall show of a goal, and the labels errors name fields by, stay
 * in the core. The English table must have exactly the Swedish one's keys.
 */
const sv = {
  'goals.title': 'Våra mål',
  'goals.none': 'Inga mål än.',
  'goals.new': 'Nytt mål',
  'goals.hint': 'Tavlan har {count} aktiva mål. 3–5 mål brukar fungera bäst.',
  'goals.activate': 'Sätt upp på tavlan',
  'goals.achieve': 'Markera som uppnått',
  'goals.archive': 'Arkivera',
  'goals.toDraft': 'Gör till utkast',
  'goals.edit': 'Redigera',
  'goals.save': 'Spara målet',
  'goals.history': 'Mätvärden',
  'goals.baseline': 'Utgångsläge',
  'goals.noHistory': 'Inga mätvärden än.',
  'goals.measure': 'Nytt mätvärde',
  'goals.value': 'Värde ({unit})',
  'goals.note': 'Kommentar (valfri)',
  'goals.record': 'Spara mätvärdet',
  'goals.direction.decrease': 'Minska',
  'goals.direction.increase': 'Öka',
  'smart.S': 'Specifikt',
  'smart.M': 'Mätbart',
  'smart.A': 'Uppnåeligt',
  'smart.R': 'Relevant',
  'smart.T': 'Tidsatt',
  'smart.needed': 'Mätbart och Tidsatt krävs för att sätta upp målet på tavlan.',
};

export type GoalPageMessageKey = keyof typeof sv;

const en: Record<GoalPageMessageKey, string> = {
  'goals.title': 'Our goals',
  'goals.none': 'No goals yet.',
  'goals.new': 'New goal',
  'goals.hint': 'The board has {count} active goals. 3–5 goals usually work best.',
  'goals.activate': 'Put it on the board',
  'goals.achieve': 'Mark as achieved',
  'goals.archive': 'Archive',
  'goals.toDraft': 'Make it a draft',
  'goals.edit': 'Edit',
  'goals.save': 'Save the goal',
  'goals.history': 'Measurements',
  'goals.baseline': 'Baseline',
  'goals.noHistory': 'No measurements yet.',
  'goals.measure': 'New measurement',
  'goals.value': 'Value ({unit})',
  'goals.note': 'Note (optional)',
  'goals.record': 'Save the measurement',
  'goals.direction.decrease': 'Decrease',
  'goals.direction.increase': 'Increase',
  'smart.S': 'Specific',
  'smart.M': 'Measurable',
  'smart.A': 'Achievable',
  'smart.R': 'Relevant',
  'smart.T': 'Time-bound',
  'smart.needed': 'Measurable and Time-bound are needed to put the goal on the board.',
};

export const GOAL_PAGE_MESSAGES: Record<Language, Record<GoalPageMessageKey, string>> = { sv, en };
