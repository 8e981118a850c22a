import type { Language, Suggestion } from '@tavla/shared';
import type { Participation } from '@tavla/shared/analytics';
import { localDay, stepsOf, type FollowUpStep } from '@tavla/shared/follow-up-rules';
import type {
  Action,
  FollowUpLive,
  FollowUpState,
  MeetingReview,
  Note,
} from '@tavla/shared/follow-ups';

/**
 * Step 7 in the wall's preview fixtures: open actions due in good time, today and overdue (with
 * long texts and long owners), a live follow-up in each of its steps with many long notes, the
 * board meeting's "since last time" with more rows than fit one page, and this quarter's
 * participation against a target.
 */

/** The live follow-up's views the preview can show (`voted`: the notes with their votes). */
export const PREVIEW_STEPS = [
  'actions',
  'goals',
  'write',
  'vote',
  'voted',
  'new_actions',
  'learning',
  'pulse',
] as const;
export type PreviewStep = (typeof PREVIEW_STEPS)[number];

const at = (now: Date, minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();
const dayOf = (now: Date, days: number) => {
  const date = new Date(now);
  date.setDate(date.getDate() + days);
  return localDay(date);
};

const ACTION_TEXTS: Record<Language, string[]> = {
  sv: [
    'Laga tryckluftsläckorna vid station 4 och 7 och mät förbrukningen före och efter',
    'Beställ returlådor till våra tre största kunder och räkna kartongen vi sparar',
    'Sätt upp en gemensam verktygstavla vid linje 2',
    'Boka en ergonomisk genomgång av packstationen med företagshälsovården',
    'Byt lysrören i lagret mot LED med rörelsevakt',
    'Gör en samåkningslista för nattskiftet',
  ],
  en: [
    'Fix the compressed-air leaks at stations 4 and 7 and measure the use before and after',
    'Order returnable crates for our three largest customers and count the cardboard we save',
    'Put up a shared tool board at line 2',
    'Book an ergonomic review of the packing station with occupational health',
    'Replace the warehouse fluorescent tubes with LEDs and motion sensors',
    'Make a car-sharing list for the night shift',
  ],
};
const OWNERS = [
  'Anna-Karin Johansson-Lindqvist',
  'Mohammed',
  'Underhåll / Maintenance',
  'Eva och Li Wei',
  'Kristoffer Wallenberg-Nyström',
  'Teamledaren',
];

/** Open actions: two overdue, one due today, the rest in good time (soonest due first). */
export function previewActions(
  language: Language,
  now: Date,
  count: number,
  followUpId: string | null = 'follow-up-0001',
): Action[] {
  const offsets = [-9, -1, 0, 1, 6, 14, 21, 30, 45, 60, 75, 90];
  return offsets.slice(0, count).map((offset, i) => ({
    id: `action-${String(i + 1).padStart(4, '0')}`,
    text: ACTION_TEXTS[language][i % ACTION_TEXTS[language].length] ?? '',
    owner: OWNERS[i % OWNERS.length] ?? '',
    dueDate: dayOf(now, offset),
    state: i % 3 === 1 ? 'ongoing' : 'open',
    followUpId,
    createdAt: at(now, -40 * 24 * 60),
    closedAt: null,
  }));
}

const NOTE_TEXTS: Record<Language, { went_well: string[]; do_better: string[] }> = {
  sv: {
    went_well: [
      'Skjutdörrarna till frysrummet är på plats och kylan stannar inne',
      'Alla på nattskiftet vet nu var verktygen finns',
      'Vi sorterar plasten separat sedan i mars',
      'Bra genomgång av de nya rutinerna på tavelmötet',
      'Färre tryckluftsläckor, man hör skillnaden när linjen står',
      'Fler förslag från lagret än någonsin',
      'Returlådorna fungerar för den största kunden',
      'Snabba beslut på förslagen i april',
    ],
    do_better: [
      'Förslagen väntar för länge på beslut, några har stått sedan januari utan att någon svarat',
      'Vi behöver mäta energin varje vecka, inte varje månad',
      'Packstationen är fortfarande tung för axlarna',
      'Mer information till dem som inte var på mötet',
      'Svårt att hinna skriva under rasten',
      'Vi glömmer att följa upp åtgärderna mellan mötena',
      'Skärmen vid linje 2 syns dåligt från truckarna',
      'Fler borde få vara med och bestämma målen',
    ],
  },
  en: {
    went_well: [
      'The sliding doors on the freezer room are in and the cold stays in',
      'Everyone on the night shift now knows where the tools are',
      'We have sorted the plastic separately since March',
      'A good run-through of the new routines at the board meeting',
      'Fewer compressed-air leaks, you can hear the difference when the line stops',
      'More suggestions from the warehouse than ever',
      'The returnable crates work for the largest customer',
      'Quick decisions on the suggestions in April',
    ],
    do_better: [
      'Suggestions wait too long for a decision, some have been there since January without anyone answering',
      'We need to measure the energy every week, not every month',
      'The packing station is still hard on the shoulders',
      'More information for those who were not at the meeting',
      'Hard to find time to write during the break',
      'We forget to follow up the actions between meetings',
      'The screen at line 2 is hard to see from the forklifts',
      'More people should get to decide the goals',
    ],
  },
};

function previewNotes(language: Language, now: Date, votes: boolean): Note[] {
  return (['went_well', 'do_better'] as const).flatMap((kind) =>
    NOTE_TEXTS[language][kind].map((text, i) => ({
      id: `${kind}-${i + 1}`,
      kind,
      text,
      votes: votes ? Math.max(0, (kind === 'do_better' ? 9 : 7) - i) : null,
      createdAt: at(now, -20 + i),
    })),
  );
}

const LEARNING: Record<Language, string> = {
  sv: 'Det som mäts varje vecka blir gjort: små åtgärder med en ansvarig och ett datum går fortare än stora planer.',
  en: 'What is measured every week gets done: small actions with an owner and a date move faster than big plans.',
};

/** The live follow-up (quarterly, so every step) in `step`. */
export function previewFollowUpLive(
  language: Language,
  now: Date,
  step: PreviewStep,
): FollowUpLive {
  const real: FollowUpStep = step === 'voted' ? 'new_actions' : step;
  const order: readonly string[] = stepsOf('quarterly');
  const shownFrom = order.indexOf('vote');
  const index = order.indexOf(real);
  return {
    id: 'follow-up-live',
    kind: 'quarterly',
    step: real,
    steps: [...stepsOf('quarterly')],
    startedAt: at(now, -25),
    notes: { wentWell: 8, doBetter: 8, writers: 11 },
    voters: index >= shownFrom ? 14 : 0,
    pulseRespondents: step === 'pulse' ? 9 : 0,
    shown: index >= shownFrom ? previewNotes(language, now, index > shownFrom) : null,
    learning: index >= order.indexOf('learning') ? LEARNING[language] : null,
  };
}

/** The method state's step-7 part for `scene` (and the live step). */
export function previewFollowUpState(
  scene: string,
  language: Language,
  variant: string,
  now: Date,
  step: PreviewStep,
): FollowUpState {
  const empty = variant === 'empty';
  const live = scene === 'follow_up_live' ? previewFollowUpLive(language, now, step) : null;
  let actions = empty ? [] : previewActions(language, now, variant === 'many' ? 12 : 5);
  if (live && (step === 'new_actions' || step === 'learning' || step === 'pulse')) {
    // The three decided at this follow-up, after those carried over to it.
    actions = [
      ...actions.slice(0, 2),
      ...previewActions(language, now, 3, live.id).map((action, i) => ({
        ...action,
        id: `action-new-${i}`,
        dueDate: dayOf(now, [0, 7, 30][i] ?? 30),
      })),
    ];
  }
  return {
    meeting: {
      live:
        scene === 'meeting'
          ? { id: 'meeting-0001', startedAt: at(now, -5), since: at(now, -7 * 24 * 60) }
          : null,
      slot: { weekday: 1, time: '09:30', minutes: 15 },
    },
    live,
    actions,
    latest: empty
      ? null
      : {
          id: 'follow-up-0001',
          endedAt: at(now, -30 * 24 * 60),
          learning: LEARNING[language],
          nextDate: dayOf(now, 12),
        },
  };
}

/** This quarter's participation: 14 of 40 against a 20 % target (or none, or no employees). */
export function previewParticipation(variant: string, now: Date): Participation | null {
  if (variant === 'empty') return null;
  const employees = variant === 'noEmployees' ? null : 40;
  const contributors = variant === 'many' ? 6 : 14;
  const percent = employees === null ? null : Math.round((contributors / employees) * 1000) / 10;
  return {
    from: dayOf(now, -50),
    to: localDay(now),
    employees,
    activeDevices: 31,
    contributors,
    percent,
    target: 20,
    reached: percent === null ? null : percent >= 20,
    suggestionsPerEmployeeYear: employees === null ? null : 2.4,
  };
}

/** The board meeting's "since last time" over the preview's suggestions and goals. */
export function previewMeeting(
  language: Language,
  variant: string,
  now: Date,
  suggestions: readonly Suggestion[],
): MeetingReview {
  const empty = variant === 'empty';
  const review = (s: Suggestion) => ({
    id: s.id,
    text: s.text,
    dimension: s.dimension,
    status: s.status,
    createdAt: s.createdAt,
    votes: s.votes,
    goalId: s.goalId,
  });
  const pick = (from: number, count: number) =>
    empty ? [] : suggestions.slice(from, from + count);
  const sv = language === 'sv';
  return {
    meeting: { id: 'meeting-0001', startedAt: at(now, -5), endedAt: null },
    since: at(now, -7 * 24 * 60),
    until: now.toISOString(),
    previousMeetingAt: variant === 'first' ? null : at(now, -7 * 24 * 60),
    newSuggestions: pick(0, 6).map(review),
    statusChanges: pick(14, 5).map((s) => ({
      suggestion: review(s),
      from: 'new' as const,
      to: s.status === 'new' ? ('under_review' as const) : s.status,
      at: at(now, -2 * 24 * 60),
    })),
    done: empty ? 0 : 3,
    measurements: empty
      ? []
      : [1, 2, 3, 4].map((i) => ({
          goalId: 'goal-0001',
          goalTitle: sv ? 'Energi per producerad enhet' : 'Energy per unit produced',
          unit: 'kWh',
          value: 100 - i,
          measuredOn: dayOf(now, -i),
        })),
    goals: empty
      ? []
      : [
          {
            goalId: 'goal-0001',
            title: sv
              ? 'Minska energiförbrukningen per producerad enhet i hela fabriken'
              : 'Cut the energy used per unit produced across the whole plant',
            dimension: 'ecological',
            then: 'on_track',
            now: 'at_risk',
            changed: true,
          },
          {
            goalId: 'goal-0002',
            title: sv ? 'Färre arbetsskador' : 'Fewer injuries at work',
            dimension: 'social',
            then: null,
            now: 'on_track',
            changed: true,
          },
          {
            goalId: 'goal-0003',
            title: sv ? 'Mindre kartong' : 'Less cardboard',
            dimension: 'economic',
            then: 'on_track',
            now: 'on_track',
            changed: false,
          },
        ],
    waiting: pick(6, 5).map((s, i) => ({ suggestion: review(s), days: 8 + i * 6 })),
    overdueActions: empty ? [] : previewActions(language, now, 2),
  };
}
