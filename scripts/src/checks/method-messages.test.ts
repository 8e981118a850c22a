import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '@tavla/shared/i18n';
import { ANALYTICS_MESSAGES } from '@tavla/shared/i18n-analytics';
import { ANNOUNCEMENT_MESSAGES } from '@tavla/shared/i18n-announcements';
import { MEETING_MESSAGES } from '@tavla/shared/i18n-meeting';
import { FOLLOW_UP_MESSAGES } from '@tavla/shared/i18n-follow-up';
import { METHOD_MESSAGES } from '@tavla/shared/i18n-method';
import { WALL_SETTINGS_MESSAGES } from '@tavla/shared/i18n-wall-settings';
import { WALL_MESSAGES } from '@tavla/shared/i18n-wall';
import { WALL_FOLLOW_UP_MESSAGES } from '@tavla/shared/i18n-wall-follow-up';
import { WORKSHOP_MESSAGES } from '@tavla/shared/i18n-workshop';
import { REPORT_MESSAGES } from '@tavla/shared/i18n-report';
import { EXPORT_MESSAGES } from '@tavla/shared/i18n-export';
import { POSTER_MESSAGES } from '@tavla/shared/i18n-poster';
import { ACCOUNT_MESSAGES } from '@tavla/shared/i18n-accounts';
import { GOAL_PAGE_MESSAGES } from '@tavla/shared/i18n-goal-pages';
import { SITE_MESSAGES } from '@tavla/shared/i18n-site';
import { TRIAGE_MESSAGES } from '@tavla/shared/i18n-triage';
import { BOARD_SETTINGS_MESSAGES } from '@tavla/shared/i18n-board-settings';
import { PEOPLE_MESSAGES } from '@tavla/shared/i18n-people';
import { OWN_SUGGESTION_MESSAGES } from '@tavla/shared/i18n-own-suggestions';

/**
 * The method's strings (i18n-method.ts), the wall settings' (i18n-wall-settings.ts), the
 * announcements' (i18n-announcements.ts), the workshop's (i18n-workshop.ts) and the wall's
 * (i18n-wall.ts) are not in the core table, so the phone's first page does not download them; `t()` finds them only once
 * `registerMessages(…)` ran. This keeps every source file that uses one of them registering
 * them first (through the app's `…-messages` module, or a call of its own), so no screen ever
 * shows a raw key.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const coreKeys = Object.keys(MESSAGES.sv);

/** Each table registered on use, and what in a source file registers it. */
const TABLES = [
  {
    name: 'the method strings',
    messages: METHOD_MESSAGES,
    registers: /method-messages\.js'|registerMessages\(METHOD_MESSAGES\)/,
  },
  {
    name: 'the wall settings strings',
    messages: WALL_SETTINGS_MESSAGES,
    registers: /wall-settings-messages\.js'|registerMessages\(WALL_SETTINGS_MESSAGES\)/,
  },
  {
    name: 'the announcement strings',
    messages: ANNOUNCEMENT_MESSAGES,
    registers: /announcement-messages\.js'|registerMessages\(ANNOUNCEMENT_MESSAGES\)/,
  },
  {
    name: 'the analytics strings',
    messages: ANALYTICS_MESSAGES,
    registers: /analytics-messages\.js'|registerMessages\(ANALYTICS_MESSAGES\)/,
  },
  {
    name: 'the workshop strings',
    messages: WORKSHOP_MESSAGES,
    registers: /workshop-messages\.js'|registerMessages\(WORKSHOP_MESSAGES\)/,
  },
  {
    name: 'the wall strings',
    messages: WALL_MESSAGES,
    registers: /wall-messages\.js'|registerMessages\(WALL_MESSAGES\)/,
  },
  {
    name: 'the board meeting strings',
    messages: MEETING_MESSAGES,
    registers: /meeting-messages\.js'|registerMessages\(MEETING_MESSAGES\)/,
  },
  {
    name: 'the follow-up strings',
    messages: FOLLOW_UP_MESSAGES,
    registers: /[^-]follow-up-messages\.js'|registerMessages\(FOLLOW_UP_MESSAGES\)/,
  },
  {
    name: 'the report strings',
    messages: REPORT_MESSAGES,
    registers: /report-messages\.js'|registerMessages\(REPORT_MESSAGES\)/,
  },
  {
    // The server reads the CSV headers straight from the table (`EXPORT_MESSAGES[language]`).
    name: 'the export strings',
    messages: EXPORT_MESSAGES,
    registers: /export-messages\.js'|registerMessages\(EXPORT_MESSAGES\)|EXPORT_MESSAGES\[/,
  },
  {
    name: 'the wall follow-up strings',
    messages: WALL_FOLLOW_UP_MESSAGES,
    registers: /wall-follow-up-messages\.js'|registerMessages\(WALL_FOLLOW_UP_MESSAGES\)/,
  },
  {
    name: 'the QR poster strings',
    messages: POSTER_MESSAGES,
    registers: /poster-messages\.js'|registerMessages\(POSTER_MESSAGES\)/,
  },
  {
    name: 'the site strings',
    messages: SITE_MESSAGES,
    registers: /site-messages\.js'|registerMessages\(SITE_MESSAGES\)/,
  },
  {
    name: 'the triage strings',
    messages: TRIAGE_MESSAGES,
    registers: /triage-messages\.js'|registerMessages\(TRIAGE_MESSAGES\)/,
  },
  {
    name: 'the board settings strings',
    messages: BOARD_SETTINGS_MESSAGES,
    registers: /board-settings-messages\.js'|registerMessages\(BOARD_SETTINGS_MESSAGES\)/,
  },
  {
    name: 'the people and audit log strings',
    messages: PEOPLE_MESSAGES,
    registers: /people-messages\.js'|registerMessages\(PEOPLE_MESSAGES\)/,
  },
  {
    name: 'the own-suggestion strings',
    messages: OWN_SUGGESTION_MESSAGES,
    registers: /own-suggestion-messages\.js'|registerMessages\(OWN_SUGGESTION_MESSAGES\)/,
  },
  {
    name: 'the sign-in and admin strings',
    messages: ACCOUNT_MESSAGES,
    registers: /account-messages\.js'|registerMessages\(ACCOUNT_MESSAGES\)/,
  },
  {
    name: 'the goal pages strings',
    messages: GOAL_PAGE_MESSAGES,
    registers: /goal-page-messages\.js'|registerMessages\(GOAL_PAGE_MESSAGES\)/,
  },
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The keys of a table a file names: as literals, or as the fixed start of a template. */
function keysUsed(text: string, tableKeys: readonly string[]): string[] {
  const literals = [...text.matchAll(/'([a-z][A-Za-z_]*(?:\.[A-Za-z_]+)+)'/g)].map((m) => m[1]);
  const templates = [...text.matchAll(/`([a-z][A-Za-z_]*\.[A-Za-z_.]*)\$\{/g)].map((m) => m[1]);
  return [
    ...literals.filter((key) => key !== undefined && tableKeys.includes(key)),
    ...templates.filter(
      (start) =>
        start !== undefined &&
        tableKeys.some((key) => key.startsWith(start)) &&
        !coreKeys.some((key) => key.startsWith(start)),
    ),
  ].filter((key): key is string => key !== undefined);
}
const files = ['mobile-app/src', 'board-app/src', 'server/src'].flatMap((dir) =>
  sources(join(root, dir)),
);

describe.each(TABLES)('$name', ({ messages, registers }) => {
  const tableKeys = Object.keys(messages.sv);
  const otherKeys = TABLES.filter((table) => table.messages !== messages).flatMap((table) =>
    Object.keys(table.messages.sv),
  );

  it('are in one table only, with the same keys in both languages', () => {
    expect(tableKeys.filter((key) => coreKeys.includes(key))).toEqual([]);
    expect(tableKeys.filter((key) => otherKeys.includes(key))).toEqual([]);
    expect(Object.keys(messages.en).sort()).toEqual([...tableKeys].sort());
    expect(Object.values(messages.en).filter((text) => text.trim() === '')).toEqual([]);
  });

  it('are registered by every source file that uses them', () => {
    const unregistered = files.filter((file) => {
      const text = readFileSync(file, 'utf8');
      return keysUsed(text, tableKeys).length > 0 && !registers.test(text);
    });
    expect(unregistered.map((file) => file.slice(root.length))).toEqual([]);
  });
});

describe('the check of the registered tables', () => {
  it('sees what it looks for', () => {
    const methodKeys = Object.keys(METHOD_MESSAGES.sv);
    expect(keysUsed("t(language, 'vote.close') `roadmap.step.${key}`", methodKeys)).toEqual([
      'vote.close',
      'roadmap.step.',
    ]);
    const wallKeys = Object.keys(WALL_SETTINGS_MESSAGES.sv);
    expect(
      keysUsed("t(language, 'wallSettings.save') `wallSettings.scene.${scene}`", wallKeys),
    ).toEqual(['wallSettings.save', 'wallSettings.scene.']);
    const announcementKeys = Object.keys(ANNOUNCEMENT_MESSAGES.sv);
    expect(keysUsed("t(language, 'announcements.retire')", announcementKeys)).toEqual([
      'announcements.retire',
    ]);
    const workshopKeys = Object.keys(WORKSHOP_MESSAGES.sv);
    expect(
      keysUsed(
        "t(language, 'workshop.remote.next') `workshop.kind.${activity.kind}`",
        workshopKeys,
      ),
    ).toEqual(['workshop.remote.next', 'workshop.kind.']);
    const wallSceneKeys = Object.keys(WALL_MESSAGES.sv);
    expect(
      keysUsed("t(language, 'wall.scene.goals') `wall.announcements.kind.${kind}`", wallSceneKeys),
    ).toEqual(['wall.scene.goals', 'wall.announcements.kind.']);
  });
});

describe('the workshop strings', () => {
  it('are all used by some screen', () => {
    const workshopKeys = Object.keys(WORKSHOP_MESSAGES.sv);
    const used = new Set(
      files.flatMap((file) => keysUsed(readFileSync(file, 'utf8'), workshopKeys)),
    );
    const unused = workshopKeys.filter(
      (key) =>
        !used.has(key) && ![...used].some((start) => start.endsWith('.') && key.startsWith(start)),
    );
    expect(unused).toEqual([]);
  });
});
