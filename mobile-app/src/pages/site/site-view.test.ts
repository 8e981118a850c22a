import { describe, expect, it } from 'vitest';
import type { BoardOverview } from '@tavla/shared';
import {
  activityText,
  archivedText,
  goalsText,
  needsLook,
  participationText,
  roadmapText,
  screensText,
} from './site-view.js';

const base: BoardOverview = {
  id: 'board-0001',
  name: 'Linje 3',
  language: 'sv',
  screens: { live: 0, lastSeenAt: null },
  lastActivityAt: null,
  archivedAt: null,
  participation: {
    from: '2026-10-01',
    to: '2026-12-31',
    employees: null,
    activeDevices: 0,
    contributors: 0,
    percent: null,
    target: null,
    reached: null,
    suggestionsPerEmployeeYear: null,
  },
  goals: { onTrack: 0, atRisk: 0, offTrack: 0, unknown: 0 },
  roadmap: { done: 0, current: { step: 1, key: 'workshop', status: 'not_started' } },
};

describe('the overview’s words', () => {
  it('says how many screens are live, or since when none is', () => {
    expect(screensText('en', { ...base, screens: { live: 2, lastSeenAt: null } })).toBe(
      '2 screens live',
    );
    expect(screensText('sv', { ...base, screens: { live: 1, lastSeenAt: null } })).toBe(
      '1 skärm live',
    );
    expect(screensText('en', base)).toBe('No screen yet');
    expect(
      screensText('en', { ...base, screens: { live: 0, lastSeenAt: '2026-11-20T09:30:00Z' } }),
    ).toMatch(/^No screen since 20\/11\/2026, \d\d:30$/);
  });

  it('says the last change, participation, goals and the roadmap step', () => {
    expect(activityText('en', base)).toBe('No changes yet');
    expect(participationText('en', base)).toBe(
      'Participation this quarter: 0 devices (number of employees not set)',
    );
    expect(
      participationText('sv', {
        ...base,
        participation: { ...base.participation, contributors: 1 },
      }),
    ).toBe('Deltagande i kvartalet: 1 enhet (antal anställda saknas)');
    const counted = { ...base.participation, employees: 8, contributors: 1, percent: 12.5 };
    expect(participationText('sv', { ...base, participation: counted })).toBe(
      'Deltagande i kvartalet: 12,5 %',
    );
    expect(participationText('en', { ...base, participation: { ...counted, target: 25 } })).toBe(
      'Participation this quarter: 12.5 % (target 25 %)',
    );
    expect(goalsText('en', base)).toBe('No active goals');
    expect(
      goalsText('en', { ...base, goals: { onTrack: 2, atRisk: 1, offTrack: 0, unknown: 1 } }),
    ).toBe('Goals: 2 on track · 1 at risk · 0 behind');
    expect(roadmapText('en', base)).toBe('Roadmap: step 1 of 7, Workshop');
    expect(
      roadmapText('sv', {
        ...base,
        roadmap: { done: 5, current: { step: 6, key: 'execution', status: 'in_progress' } },
      }),
    ).toBe('Färdplan: steg 6 av 7, Genomförande');
    expect(roadmapText('en', { ...base, roadmap: { done: 7, current: null } })).toBe(
      'Roadmap: all seven steps done',
    );
  });

  it('marks a board without a live screen or with goals behind', () => {
    expect(needsLook(base)).toBe(true);
    const fine = { ...base, screens: { live: 1, lastSeenAt: null } };
    expect(needsLook(fine)).toBe(false);
    expect(needsLook({ ...fine, goals: { ...fine.goals, offTrack: 1 } })).toBe(true);
  });

  it('says an archived board is read-only, and never asks for a look at it', () => {
    expect(archivedText('en', base)).toBeNull();
    const archived = { ...base, archivedAt: '2026-11-20T09:30:00Z' };
    expect(archivedText('en', archived)).toMatch(
      /^Archived since 20\/11\/2026, \d\d:30 – read only$/,
    );
    expect(archivedText('sv', archived)).toMatch(/^Arkiverad sedan .* – kan bara läsas$/);
    // No screen and goals behind, but archived: nothing to look into.
    expect(needsLook({ ...archived, goals: { ...base.goals, offTrack: 2 } })).toBe(false);
  });
});
