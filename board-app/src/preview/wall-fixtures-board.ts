import type { Goal, Language, Suggestion } from '@tavla/shared';
import type { Announcement } from '@tavla/shared/announcements';
import type { Dimension, SuggestionStatus } from '@tavla/shared/domain';
import type { WorkshopLive } from '@tavla/shared/workshop-schemas';

/**
 * The board part of the wall's preview fixtures: the hard case the wall must stay readable in
 * (40 suggestions with long texts and long names, 5 goals with large values and long units),
 * current announcements, and a live workshop session on each kind of activity.
 */

export const PREVIEW_ACTIVITIES = [
  'slide',
  'wordcloud',
  'poll',
  'pollHidden',
  'scale',
  'quiz',
  'quizClosed',
  'ideas',
  'interest_vote',
] as const;
export type PreviewActivity = (typeof PREVIEW_ACTIVITIES)[number];

/** A small photo drawn here (the preview has no server to serve real ones). */
function photo(hue: number): { url: string; thumbUrl: string } {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 120"><rect width="160" height="120" fill="hsl(${hue} 45% 55%)"/><circle cx="120" cy="30" r="16" fill="hsl(${hue} 80% 85%)"/><path d="M0 120 L55 50 L95 95 L120 70 L160 120 Z" fill="hsl(${hue} 40% 30%)"/></svg>`;
  const url = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  return { url, thumbUrl: url };
}

const TEXTS: Record<Language, string[]> = {
  sv: [
    'Automatiska skjutdörrar till frysrummet så att kylan stannar inne när vi kör in med truck flera gånger i timmen',
    'Byt lysrören i lagret mot LED med rörelsevakt, lamporna lyser hela natten fast ingen är där',
    'Samåkningslista för nattskiftet så att fler kan åka tillsammans från Centralstationen',
    'Sortera plastemballaget från leverantörerna separat, i dag går allt i brännbart',
    'Tryckluftsläckor vid station 4 och 7 – man hör dem tydligt när linjen står stilla',
    'Gemensam verktygstavla vid linje 2 så att vi slipper leta efter momentnycklar',
    'Ergonomisk genomgång av packstationen, många har ont i axlarna efter passet',
    'Returlådor i stället för engångskartong till våra tre största kunder',
  ],
  en: [
    'Automatic sliding doors on the freezer room so the cold stays in when the forklift drives through several times an hour',
    'Replace the warehouse fluorescent tubes with LEDs and motion sensors, the lights burn all night with nobody there',
    'A car-sharing list for the night shift so more of us can ride together from the central station',
    'Sort the suppliers’ plastic packaging separately, today everything goes into combustible waste',
    'Compressed-air leaks at stations 4 and 7 – you can hear them clearly whenever the line stops',
    'A shared tool board at line 2 so that we stop searching for the torque wrenches',
    'An ergonomic review of the packing station, many have sore shoulders after the shift',
    'Returnable crates instead of single-use cardboard for our three largest customers',
  ],
};
const NAMES = [
  'Anna-Karin Johansson-Lindqvist',
  'Mohammed Al-Rashid',
  null,
  'Maximilian Bergström-Andersson',
  'Eva',
  null,
  'Kristoffer Wallenberg-Nyström',
  'Li Wei',
];
const DIMENSIONS: Dimension[] = ['ecological', 'economic', 'social'];
/** 40 suggestions across the five columns: 12 new, 8 in review, 7 planned, 6 in progress, 7 done. */
const SPREAD: [SuggestionStatus, number][] = [
  ['new', 12],
  ['under_review', 8],
  ['planned', 7],
  ['in_progress', 6],
  ['done', 7],
];

export function previewSuggestions(language: Language, now: Date): Suggestion[] {
  const suggestions: Suggestion[] = [];
  let n = 0;
  for (const [status, count] of SPREAD) {
    for (let i = 0; i < count; i += 1) {
      n += 1;
      // The newest first: a few posted this morning, the rest over the last weeks.
      const created = new Date(now.getTime() - (n < 4 ? n * 40 : n * 9 * 60) * 60_000);
      // Done ones were finished over the last days; the others moved an hour after posting.
      const changed =
        status === 'done'
          ? new Date(now.getTime() - (i + 1) * 20 * 3_600_000)
          : new Date(Math.min(now.getTime(), created.getTime() + i * 3_600_000));
      const text = TEXTS[language][n % TEXTS[language].length] ?? '';
      suggestions.push({
        id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
        boardId: 'board-0001',
        text: n % 3 === 0 ? `${text}. ${text}` : text,
        dimension: DIMENSIONS[n % 3] ?? 'social',
        authorName: NAMES[n % NAMES.length] ?? null,
        status,
        statusNote: null,
        duplicateOf: null,
        statusChangedAt: (status === 'new' ? created : changed).toISOString(),
        votes: (n * 7) % 23,
        comments: n % 4,
        goalId: n % 5 === 0 ? `goal-000${(n % 4) + 1}` : null,
        photo: n % 4 === 1 ? photo((n * 47) % 360) : null,
        createdAt: created.toISOString(),
        updatedAt: changed.toISOString(),
        seq: n,
      });
    }
  }
  return suggestions;
}

const day = (now: Date, days: number) =>
  new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);

export function previewGoals(language: Language, now: Date): Goal[] {
  const sv = language === 'sv';
  const goal = (
    i: number,
    fields: Pick<Goal, 'title' | 'dimension' | 'unit' | 'baselineValue' | 'targetValue'> & {
      values: number[];
      direction: 'increase' | 'decrease';
    },
  ): Goal => ({
    id: `goal-000${i}`,
    boardId: 'board-0001',
    title: fields.title,
    description: '',
    dimension: fields.dimension,
    focusArea: '',
    metric: '',
    unit: fields.unit,
    baselineValue: fields.baselineValue,
    baselineDate: day(now, -200),
    targetValue: fields.targetValue,
    direction: fields.direction,
    deadline: day(now, 120 + i * 40),
    responsible: '',
    achievableConfirmed: true,
    achievableNote: '',
    state: 'active',
    stateChangedAt: now.toISOString(),
    createdAt: now.toISOString(),
    origin: null,
    measurements: fields.values.map((value, j) => ({
      id: `m-${i}-${j}`,
      goalId: `goal-000${i}`,
      value,
      date: day(now, -180 + j * 45),
      note: '',
      recordedBy: 'lead',
      createdAt: now.toISOString(),
    })),
    seq: 100 + i,
  });
  return [
    goal(1, {
      title: sv
        ? 'Mindre energi per tillverkad enhet i hela monteringshallen'
        : 'Less energy per produced unit in the whole assembly hall',
      dimension: 'ecological',
      unit: 'kWh',
      baselineValue: 12_500,
      targetValue: 10_000,
      direction: 'decrease',
      values: [12_100, 11_400, 10_900],
    }),
    goal(2, {
      title: sv ? 'Mindre avfall till deponi' : 'Less waste to landfill',
      dimension: 'ecological',
      unit: sv ? 'kg CO2e per ton' : 'kg CO2e per tonne',
      baselineValue: 1_234_567.89,
      targetValue: 987_654.32,
      direction: 'decrease',
      values: [1_200_000, 1_150_400.5, 1_098_765.43],
    }),
    goal(3, {
      title: sv ? 'Lägre kassationskostnad' : 'Lower scrap cost',
      dimension: 'economic',
      unit: sv ? 'kr/månad' : 'SEK/month',
      baselineValue: 486_000,
      targetValue: 250_000,
      direction: 'decrease',
      values: [470_000, 455_500],
    }),
    goal(4, {
      title: sv ? 'Fler förslag per medarbetare och år' : 'More suggestions per employee and year',
      dimension: 'social',
      unit: sv ? 'förslag per person och år' : 'suggestions per person and year',
      baselineValue: 0.5,
      targetValue: 2,
      direction: 'increase',
      values: [0.8, 1.25, 1.6],
    }),
    goal(5, {
      title: sv ? 'Lägre sjukfrånvaro' : 'Lower sick leave',
      dimension: 'social',
      unit: '%',
      baselineValue: 6.5,
      targetValue: 4,
      direction: 'decrease',
      values: [],
    }),
  ];
}

export function previewAnnouncements(language: Language, now: Date): Announcement[] {
  const sv = language === 'sv';
  const at = (hours: number) => new Date(now.getTime() - hours * 3_600_000).toISOString();
  const base = {
    goalId: null,
    pinnedDays: 7,
    version: 1,
    pinnedUntil: new Date(now.getTime() + 5 * 86_400_000).toISOString(),
    retiredAt: null,
    meetings: [],
  };
  return [
    {
      ...base,
      id: 'announcement-0001',
      kind: 'routine',
      title: sv
        ? 'Ny rutin: frysrumsdörren stängs efter varje truckpassage'
        : 'New routine: the freezer room door is closed after every forklift pass',
      text: sv
        ? 'Från måndag stänger den som kör in med truck dörren direkt efter sig. Skjutdörrarna kommer i mars; fram till dess är det vår gemensamma rutin. Ett larm piper om dörren står öppen längre än 30 sekunder.'
        : 'From Monday whoever drives a forklift in closes the door right behind them. The sliding doors arrive in March; until then this is our shared routine. An alarm beeps if the door stays open longer than 30 seconds.',
      photoId: null,
      requiresAck: true,
      publishedAt: at(30),
      changedAt: at(30),
      acks: 27,
    },
    {
      ...base,
      id: 'announcement-0002',
      kind: 'goal',
      goalId: 'goal-0001',
      title: sv
        ? 'Vårt mål: 10 000 kWh per tillverkad enhet till december'
        : 'Our goal: 10 000 kWh per produced unit by December',
      text: sv
        ? 'Vi mäter varje månad. Alla förslag som sparar energi kopplas till målet.'
        : 'We measure every month. Every suggestion that saves energy is linked to the goal.',
      photoId: null,
      requiresAck: true,
      publishedAt: at(50),
      changedAt: at(50),
      acks: 1,
    },
    {
      ...base,
      id: 'announcement-0003',
      kind: 'information',
      title: sv
        ? 'Tavelmöte flyttas till torsdagar kl. 9.30'
        : 'Board meetings move to Thursdays at 9.30',
      text: sv
        ? 'Samma plats, vid tavlan i monteringshallen.'
        : 'Same place, at the board in the assembly hall.',
      photoId: null,
      requiresAck: false,
      publishedAt: at(70),
      changedAt: at(70),
      acks: 0,
      meetings: [{ at: at(20), present: 14 }],
    },
  ];
}

export function previewWorkshop(
  activity: PreviewActivity,
  language: Language,
  now: Date,
): WorkshopLive {
  const sv = language === 'sv';
  const base = {
    sessionId: 'session-0001',
    title: sv ? 'Hållbarhetsworkshop' : 'Sustainability workshop',
    startedAt: new Date(now.getTime() - 20 * 60_000).toISOString(),
    count: 12,
    open: true,
    revealed: false,
    answered: 37,
  };
  const options = sv
    ? [
        'Ekologisk hållbarhet',
        'Ekonomisk hållbarhet',
        'Social hållbarhet – arbetsmiljö och trivsel på jobbet',
      ]
    : [
        'Ecological sustainability',
        'Economic sustainability',
        'Social sustainability – working environment and wellbeing at work',
      ];
  switch (activity) {
    case 'slide':
      return {
        ...base,
        index: 2,
        answered: 0,
        activity: {
          id: 'slide-doors',
          kind: 'slide',
          title: sv ? 'Så gjorde ett annat företag' : 'What another company did',
          text: sv
            ? 'Ett mejeri satte automatiska skjutdörrar på frysrummet. Kylan stannar inne, energin per liter sjönk med 12 procent och ingen behöver längre springa och stänga efter trucken.'
            : 'A dairy put automatic sliding doors on its freezer room. The cold stays in, the energy per litre fell by 12 per cent and nobody has to run and close the door behind the forklift any more.',
          photoId: 'Zx9kQ2v9XyZp4LmN7tR1sW',
        },
        results: null,
      };
    case 'wordcloud': {
      const words = sv
        ? [
            'miljö',
            'framtiden',
            'mindre avfall',
            'trivsel',
            'ansvar',
            'energi',
            'återvinning',
            'barnen',
            'ekonomi',
            'arbetsmiljö',
            'klimatet',
            'långsiktighet',
            'sortera rätt',
            'kollektivtrafik',
            'samarbete',
            'respekt',
            'hälsa',
            'resurser',
            'kvalitet',
            'tänka efter före',
            'lokalt',
            'spara',
            'glädje',
            'trygghet',
          ]
        : [
            'environment',
            'the future',
            'less waste',
            'wellbeing',
            'responsibility',
            'energy',
            'recycling',
            'our children',
            'economy',
            'working environment',
            'climate',
            'long-term thinking',
            'sorting right',
            'public transport',
            'teamwork',
            'respect',
            'health',
            'resources',
            'quality',
            'think ahead',
            'local',
            'saving',
            'joy',
            'safety',
          ];
      return {
        ...base,
        index: 0,
        activity: {
          id: 'cloud',
          kind: 'wordcloud',
          title: sv ? 'Vad betyder hållbarhet för dig?' : 'What does sustainability mean to you?',
          text: '',
        },
        results: {
          kind: 'wordcloud',
          entries: 96,
          words: words.map((text, i) => ({
            key: text.toLowerCase(),
            text,
            count: Math.max(1, Math.round(24 / (i + 1)) + (i % 3)),
          })),
        },
      };
    }
    case 'poll':
    case 'pollHidden':
      return {
        ...base,
        index: 6,
        revealed: activity === 'poll',
        activity: {
          id: 'poll-best',
          kind: 'poll',
          title: sv ? 'Vilken dimension är vi bäst på?' : 'Which dimension are we best at?',
          text: '',
          options,
          multiple: false,
          hideResults: true,
        },
        results: activity === 'poll' ? { kind: 'poll', counts: [9, 21, 7], voters: 37 } : null,
      };
    case 'scale':
      return {
        ...base,
        index: 7,
        activity: {
          id: 'pulse-involved',
          kind: 'scale',
          title: sv
            ? 'Känner du dig delaktig i vårt hållbarhetsarbete?'
            : 'Do you feel involved in our sustainability work?',
          text: '',
          low: sv ? 'Inte alls' : 'Not at all',
          high: sv ? 'Helt och hållet' : 'Completely',
          pulse: 'involved',
        },
        results: { kind: 'scale', counts: [2, 5, 11, 13, 6], average: 3.4 },
      };
    case 'quiz':
    case 'quizClosed': {
      const closed = activity === 'quizClosed';
      return {
        ...base,
        index: 4,
        open: !closed,
        activity: {
          id: 'quiz-1',
          kind: 'quiz',
          title: sv
            ? 'Hur mycket av industrins energi går till tryckluft?'
            : 'How much of industry’s energy goes to compressed air?',
          text: '',
          options: sv
            ? ['Omkring 1 procent', 'Omkring 10 procent', 'Omkring 40 procent']
            : ['About 1 per cent', 'About 10 per cent', 'About 40 per cent'],
          correct: closed ? 1 : null,
        },
        results: closed ? { kind: 'quiz', counts: [6, 19, 12], voters: 37, correct: 1 } : null,
      };
    }
    case 'ideas': {
      const ideas = sv
        ? [
            'Stäng av kompressorn på helger och röda dagar',
            'Cykelställ med tak vid personalingången',
            'Byt till återanvändbara handskar i monteringen där det går',
            'Månadens förbättring på tavelmötet, med fika',
            'Solceller på lagrets tak – taket ligger rakt i söder och är nyrenoverat',
          ]
        : [
            'Turn the compressor off at weekends and on holidays',
            'Covered bicycle racks at the staff entrance',
            'Switch to reusable gloves in assembly wherever possible',
            'Improvement of the month at the board meeting, with coffee',
            'Solar panels on the warehouse roof – it faces due south and was just renovated',
          ];
      return {
        ...base,
        index: 11,
        activity: {
          id: 'ideas',
          kind: 'ideas',
          title: sv ? 'Idétavlan: vad kan vi göra?' : 'Idea board: what can we do?',
          text: '',
        },
        results: {
          kind: 'ideas',
          count: 23,
          top: ideas.map((text, i) => ({
            id: `idea-000${i + 1}`,
            text,
            dimension: DIMENSIONS[i % 3] ?? 'social',
            upvotes: 31 - i * 6,
            createdAt: new Date(now.getTime() - i * 60_000).toISOString(),
            suggestionId: null,
          })),
        },
      };
    }
    case 'interest_vote':
      return {
        ...base,
        index: 9,
        activity: {
          id: 'vote',
          kind: 'interest_vote',
          title: sv ? 'Intresseomröstning' : 'Interest vote',
          text: '',
        },
        results: null,
      };
  }
}
