/**
 * What the demo board says, in Swedish and English: a packing and cold-storage hall of a food
 * factory a year into the method. Every text is something a team there could have written;
 * the numbers (days ago, votes) place it in time.
 */
import type { Dimension, Language, SuggestionStatus } from '@tavla/shared';

export interface DemoSuggestion {
  text: string;
  dimension: Dimension;
  authorName?: string;
  /** Posted this many days before now. */
  daysAgo: number;
  /** The lead's decisions, in order, each a number of days after the post. */
  path: { status: SuggestionStatus; after: number; note?: string }[];
  /** Phones that say "me too". */
  votes: number;
  comments?: { text: string; authorName?: string; after: number }[];
  /** Index into `goals` of the goal it serves. */
  goal?: number;
  /** Index into `suggestions` (an earlier one) of the one this repeats. */
  duplicateOf?: number;
}

export interface DemoGoal {
  title: string;
  description: string;
  dimension: Dimension;
  focusArea: string;
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  responsible: string;
  achievableNote: string;
  /** Twelve monthly measurements, the oldest first, the last one a few days ago. */
  monthly: number[];
  /** What the announcement of the goal says. */
  announcement: string;
}

export interface DemoFollowUp {
  wentWell: string[];
  doBetter: string[];
  actions: { text: string; owner: string }[];
  learning: string;
}

export interface DemoContent {
  boardName: string;
  leadName: string;
  roundName: string;
  suggestions: DemoSuggestion[];
  goals: DemoGoal[];
  routine: { title: string; text: string };
  workshopWords: string[];
  workshopIdeas: { text: string; dimension: Dimension }[];
  followUps: [DemoFollowUp, DemoFollowUp];
}

const SV: DemoContent = {
  boardName: 'Demo: Packning och kyllager',
  leadName: 'Demo-teamledare',
  roundName: 'Nulägesanalys förra hösten',
  suggestions: [
    {
      text: 'Automatiska skjutdörrar till frysrummet så att kylan stannar inne',
      dimension: 'ecological',
      authorName: 'Aino',
      daysAgo: 64,
      path: [
        { status: 'under_review', after: 2 },
        { status: 'planned', after: 9, note: 'Offert från dörrleverantören väntas vecka 12.' },
        { status: 'in_progress', after: 30 },
        { status: 'done', after: 58, note: 'Dörrarna är på plats. Mät kylans el nästa månad.' },
      ],
      votes: 11,
      comments: [
        { text: 'Dörren står öppen halva passet när truckarna kör in', after: 1 },
        { text: 'Går det att få en med radarsensor?', authorName: 'Jonas', after: 4 },
      ],
      goal: 0,
    },
    {
      text: 'Stäng av tryckluften i hall 2 över helgerna – läckorna kostar',
      dimension: 'economic',
      daysAgo: 55,
      path: [
        { status: 'under_review', after: 1 },
        { status: 'in_progress', after: 6, note: 'Underhåll sätter en timer på kompressorn.' },
        { status: 'done', after: 20 },
      ],
      votes: 8,
      comments: [{ text: 'Vi hör läckan vid pall 14 ända från fikarummet', after: 3 }],
      goal: 0,
    },
    {
      text: 'Läcksök tryckluftsnätet med ultraljud en gång i kvartalet',
      dimension: 'economic',
      authorName: 'Per',
      daysAgo: 41,
      path: [
        { status: 'under_review', after: 2 },
        { status: 'planned', after: 8, note: 'Första ronden bokad med underhåll.' },
      ],
      votes: 6,
      goal: 0,
    },
    {
      text: 'LED-belysning i lagret och rörelsevakter i gångarna',
      dimension: 'ecological',
      daysAgo: 48,
      path: [
        { status: 'under_review', after: 3 },
        { status: 'planned', after: 10 },
        { status: 'in_progress', after: 25, note: 'Gång A–C klara, D–F nästa vecka.' },
      ],
      votes: 9,
      comments: [{ text: 'Bra, det är mörkt vid port 3 på natten', authorName: 'Sara', after: 5 }],
      goal: 0,
    },
    {
      text: 'Sortera wellpappen från inleveranser och sälj den',
      dimension: 'economic',
      daysAgo: 38,
      path: [
        { status: 'under_review', after: 1 },
        { status: 'done', after: 16, note: 'Ny balpress vid port 2, hämtas varannan vecka.' },
      ],
      votes: 7,
      goal: 1,
    },
    {
      text: 'Fler sorteringskärl vid packlinje 3, plasten hamnar i brännbart',
      dimension: 'ecological',
      authorName: 'Leila',
      daysAgo: 27,
      path: [
        { status: 'under_review', after: 1 },
        { status: 'in_progress', after: 5 },
      ],
      votes: 5,
      goal: 1,
    },
    {
      text: 'Ståmattor vid packstation 4, ryggen tar stryk',
      dimension: 'social',
      authorName: 'Jonas',
      daysAgo: 45,
      path: [
        { status: 'under_review', after: 1 },
        { status: 'done', after: 12 },
      ],
      votes: 10,
      comments: [{ text: 'Samma vid station 5!', after: 2 }],
      goal: 2,
    },
    {
      text: 'Skyddsskor med bättre grepp till kyllagret, det är halt vid porten',
      dimension: 'social',
      daysAgo: 20,
      path: [
        { status: 'under_review', after: 1 },
        { status: 'planned', after: 4, note: 'Provpar beställda i tre storlekar.' },
      ],
      votes: 12,
      comments: [
        { text: 'Jag halkade i tisdags, inget hände men nästan', after: 1 },
        { text: 'Vinterskor med dubb finns hos leverantören', authorName: 'Mats', after: 6 },
      ],
      goal: 2,
    },
    {
      text: 'Gemensam fika med underhåll en gång i månaden',
      dimension: 'social',
      authorName: 'Sara',
      daysAgo: 33,
      path: [{ status: 'done', after: 7, note: 'Första fikan blev av, nästa 14:e.' }],
      votes: 6,
    },
    {
      text: 'Schemalägg laddningen av truckarna till natten när elen är billig',
      dimension: 'economic',
      daysAgo: 16,
      path: [{ status: 'under_review', after: 2 }],
      votes: 4,
      goal: 0,
    },
    {
      text: 'Matsvinnet från kantinen kan gå till biogas i stället för restavfall',
      dimension: 'ecological',
      daysAgo: 12,
      path: [],
      votes: 3,
      goal: 1,
    },
    {
      text: 'Kortare introduktion för sommarvikarier med film på telefonen',
      dimension: 'social',
      authorName: 'Emma',
      daysAgo: 9,
      path: [],
      votes: 2,
    },
    {
      text: 'Returpallar från kunden i stället för nya engångspallar',
      dimension: 'economic',
      daysAgo: 6,
      path: [],
      votes: 3,
      goal: 1,
    },
    {
      text: 'Värmen från kylkompressorerna kunde värma omklädningsrummen',
      dimension: 'ecological',
      daysAgo: 3,
      path: [],
      votes: 1,
    },
    {
      text: 'Byt alla lysrör i kontoret till LED',
      dimension: 'ecological',
      daysAgo: 30,
      path: [
        {
          status: 'not_doing',
          after: 5,
          note: 'Kontoret byter fastighet i vår; lagret går först.',
        },
      ],
      votes: 2,
    },
    {
      text: 'LED-lampor i lagret också',
      dimension: 'ecological',
      daysAgo: 29,
      path: [{ status: 'duplicate', after: 2 }],
      votes: 0,
      duplicateOf: 3,
    },
  ],
  goals: [
    {
      title: 'Minska elförbrukningen i kyllagret med 15 %',
      description: 'Kylan står för hälften av hallens el. Dörrar, läckor och ljus först.',
      dimension: 'ecological',
      focusArea: 'Energi',
      metric: 'El till kyllager och tryckluft per vecka',
      unit: 'kWh',
      baseline: 5200,
      target: 4420,
      responsible: 'Karin (underhåll)',
      achievableNote: 'Energikartläggningen visar 20 % möjlig besparing.',
      monthly: [5180, 5150, 5090, 5020, 4990, 4930, 4880, 4820, 4760, 4700, 4640, 4590],
      announcement:
        'Vi ska minska elen i kyllagret med 15 % till i höst. Stäng dörrarna, anmäl läckor.',
    },
    {
      title: 'Minst 70 % av avfallet sorteras rätt',
      description: 'Wellpapp, plast och matavfall ska inte hamna i brännbart.',
      dimension: 'ecological',
      focusArea: 'Avfall',
      metric: 'Andel sorterat avfall per månad',
      unit: '%',
      baseline: 48,
      target: 70,
      responsible: 'Leila',
      achievableNote: 'Kärl och balpress finns; det handlar om vana.',
      monthly: [49, 51, 53, 52, 56, 58, 60, 61, 63, 64, 66, 67],
      announcement: 'Sortera wellpapp, plast och matavfall. Kärlen står vid varje packlinje.',
    },
    {
      title: 'Inga halkolyckor i kyllagret',
      description: 'Tillbud och olyckor i kyllager och vid portar.',
      dimension: 'social',
      focusArea: 'Arbetsmiljö',
      metric: 'Tillbud och olyckor per månad',
      unit: 'st',
      baseline: 6,
      target: 0,
      responsible: 'Skyddsombud Mats',
      achievableNote: 'Skor, mattor och städrutin vid portarna.',
      monthly: [6, 5, 5, 4, 4, 3, 3, 2, 2, 2, 1, 1],
      announcement: 'Ny rutin: halkskydd vid portarna och skyddsskor med grepp i kyllagret.',
    },
    {
      title: 'Spara 200 000 kr på förpackningsmaterial',
      description: 'Returpallar, rätt kartongstorlek och mindre sträckfilm.',
      dimension: 'economic',
      focusArea: 'Material',
      metric: 'Besparing hittills i år',
      unit: 'kr',
      baseline: 0,
      target: 200000,
      responsible: 'Per (inköp)',
      achievableNote: 'Kunden har sagt ja till returpallar.',
      monthly: [
        8000, 15000, 26000, 38000, 52000, 61000, 77000, 90000, 104000, 118000, 130000, 141000,
      ],
      announcement: 'Målet: 200 000 kr mindre på förpackningar. Tips på besparingar tas emot!',
    },
  ],
  routine: {
    title: 'Skyddsskor i kyllagret',
    text: 'Från måndag bär alla skyddsskor med halkskydd i kyllagret. Skorna hämtas hos Mats.',
  },
  workshopWords: ['energi', 'framtid', 'miljö', 'arbetsmiljö', 'mindre svinn', 'ansvar'],
  workshopIdeas: [
    { text: 'Stäng frysrummets dörr automatiskt', dimension: 'ecological' },
    { text: 'Sälj wellpappen i stället för att betala för den', dimension: 'economic' },
    { text: 'Bättre skor i kyllagret', dimension: 'social' },
    { text: 'Laga tryckluftsläckorna', dimension: 'economic' },
  ],
  followUps: [
    {
      wentWell: [
        'Balpressen för wellpapp',
        'Vi pratar mer om el än förut',
        'Ståmattorna vid station 4',
      ],
      doBetter: [
        'Dörren till frysen står fortfarande öppen',
        'Sorteringen på natten',
        'Svar på förslag dröjer',
      ],
      actions: [
        { text: 'Skyltar vid alla sorteringskärl', owner: 'Leila' },
        { text: 'Svara på nya förslag inom en vecka', owner: 'Teamledaren' },
      ],
      learning: 'Små saker som syns på tavlan blir gjorda fortare.',
    },
    {
      wentWell: [
        'Skjutdörrarna till frysrummet',
        'Elen går ner varje månad',
        'Fikan med underhåll',
        'Snabba svar på förslagen',
      ],
      doBetter: [
        'Halkan vid port 3 på vintern',
        'Plasten vid packlinje 3',
        'Nattskiftet ser sällan tavlan',
      ],
      actions: [
        { text: 'Provköra halkskydd vid port 3', owner: 'Mats' },
        { text: 'Sorteringskärl för plast vid packlinje 3', owner: 'Leila' },
        { text: 'Tavlan på skärmen i nattskiftets fikarum', owner: 'Karin' },
      ],
      learning: 'När vi mäter varje månad ser alla att det lönar sig.',
    },
  ],
};

const EN: DemoContent = {
  boardName: 'Demo: Packing and cold store',
  leadName: 'Demo team lead',
  roundName: 'Current-state analysis last autumn',
  suggestions: [
    {
      text: 'Automatic sliding doors on the freezer room to keep the cold in',
      dimension: 'ecological',
      authorName: 'Aino',
      daysAgo: 64,
      path: [
        { status: 'under_review', after: 2 },
        { status: 'planned', after: 9, note: 'Quote from the door supplier due in week 12.' },
        { status: 'in_progress', after: 30 },
        {
          status: 'done',
          after: 58,
          note: 'Doors fitted. We measure the cooling power next month.',
        },
      ],
      votes: 11,
      comments: [
        { text: 'The door stays open half the shift when the forklifts drive in', after: 1 },
        { text: 'Could we get one with a radar sensor?', authorName: 'Jonas', after: 4 },
      ],
      goal: 0,
    },
    {
      text: 'Switch off the compressed air in hall 2 at weekends – the leaks cost money',
      dimension: 'economic',
      daysAgo: 55,
      path: [
        { status: 'under_review', after: 1 },
        { status: 'in_progress', after: 6, note: 'Maintenance fits a timer on the compressor.' },
        { status: 'done', after: 20 },
      ],
      votes: 8,
      comments: [{ text: 'You can hear the leak at pallet 14 from the break room', after: 3 }],
      goal: 0,
    },
    {
      text: 'Ultrasound leak check of the compressed-air network every quarter',
      dimension: 'economic',
      authorName: 'Per',
      daysAgo: 41,
      path: [
        { status: 'under_review', after: 2 },
        { status: 'planned', after: 8, note: 'First round booked with maintenance.' },
      ],
      votes: 6,
      goal: 0,
    },
    {
      text: 'LED lighting in the warehouse and motion sensors in the aisles',
      dimension: 'ecological',
      daysAgo: 48,
      path: [
        { status: 'under_review', after: 3 },
        { status: 'planned', after: 10 },
        { status: 'in_progress', after: 25, note: 'Aisles A–C done, D–F next week.' },
      ],
      votes: 9,
      comments: [{ text: 'Good, it is dark at gate 3 at night', authorName: 'Sara', after: 5 }],
      goal: 0,
    },
    {
      text: 'Sort the cardboard from incoming deliveries and sell it',
      dimension: 'economic',
      daysAgo: 38,
      path: [
        { status: 'under_review', after: 1 },
        { status: 'done', after: 16, note: 'New baler at gate 2, collected every other week.' },
      ],
      votes: 7,
      goal: 1,
    },
    {
      text: 'More sorting bins at packing line 3, the plastic ends up in general waste',
      dimension: 'ecological',
      authorName: 'Leila',
      daysAgo: 27,
      path: [
        { status: 'under_review', after: 1 },
        { status: 'in_progress', after: 5 },
      ],
      votes: 5,
      goal: 1,
    },
    {
      text: 'Anti-fatigue mats at packing station 4, our backs suffer',
      dimension: 'social',
      authorName: 'Jonas',
      daysAgo: 45,
      path: [
        { status: 'under_review', after: 1 },
        { status: 'done', after: 12 },
      ],
      votes: 10,
      comments: [{ text: 'Same at station 5!', after: 2 }],
      goal: 2,
    },
    {
      text: 'Safety shoes with better grip for the cold store, it is slippery at the gate',
      dimension: 'social',
      daysAgo: 20,
      path: [
        { status: 'under_review', after: 1 },
        { status: 'planned', after: 4, note: 'Trial pairs ordered in three sizes.' },
      ],
      votes: 12,
      comments: [
        { text: 'I slipped on Tuesday, nothing happened but it was close', after: 1 },
        { text: 'The supplier has winter shoes with studs', authorName: 'Mats', after: 6 },
      ],
      goal: 2,
    },
    {
      text: 'A coffee break with maintenance once a month',
      dimension: 'social',
      authorName: 'Sara',
      daysAgo: 33,
      path: [{ status: 'done', after: 7, note: 'The first one happened, next on the 14th.' }],
      votes: 6,
    },
    {
      text: 'Charge the forklifts at night when electricity is cheap',
      dimension: 'economic',
      daysAgo: 16,
      path: [{ status: 'under_review', after: 2 }],
      votes: 4,
      goal: 0,
    },
    {
      text: 'Canteen food waste could go to biogas instead of general waste',
      dimension: 'ecological',
      daysAgo: 12,
      path: [],
      votes: 3,
      goal: 1,
    },
    {
      text: 'A shorter induction for summer temps, with a video on the phone',
      dimension: 'social',
      authorName: 'Emma',
      daysAgo: 9,
      path: [],
      votes: 2,
    },
    {
      text: 'Returnable pallets from the customer instead of new one-way pallets',
      dimension: 'economic',
      daysAgo: 6,
      path: [],
      votes: 3,
      goal: 1,
    },
    {
      text: 'Heat from the refrigeration compressors could warm the changing rooms',
      dimension: 'ecological',
      daysAgo: 3,
      path: [],
      votes: 1,
    },
    {
      text: 'Replace every fluorescent tube in the office with LED',
      dimension: 'ecological',
      daysAgo: 30,
      path: [
        {
          status: 'not_doing',
          after: 5,
          note: 'The office moves building in spring; the warehouse goes first.',
        },
      ],
      votes: 2,
    },
    {
      text: 'LED lamps in the warehouse too',
      dimension: 'ecological',
      daysAgo: 29,
      path: [{ status: 'duplicate', after: 2 }],
      votes: 0,
      duplicateOf: 3,
    },
  ],
  goals: [
    {
      title: 'Cut the cold store’s electricity by 15 %',
      description: 'Cooling is half the hall’s electricity. Doors, leaks and lights first.',
      dimension: 'ecological',
      focusArea: 'Energy',
      metric: 'Electricity for cold store and compressed air per week',
      unit: 'kWh',
      baseline: 5200,
      target: 4420,
      responsible: 'Karin (maintenance)',
      achievableNote: 'The energy audit shows 20 % possible savings.',
      monthly: [5180, 5150, 5090, 5020, 4990, 4930, 4880, 4820, 4760, 4700, 4640, 4590],
      announcement:
        'We cut the cold store’s electricity by 15 % by autumn. Close the doors, report leaks.',
    },
    {
      title: 'At least 70 % of our waste sorted right',
      description: 'Cardboard, plastic and food waste stay out of general waste.',
      dimension: 'ecological',
      focusArea: 'Waste',
      metric: 'Share of waste sorted per month',
      unit: '%',
      baseline: 48,
      target: 70,
      responsible: 'Leila',
      achievableNote: 'Bins and the baler are there; it is a habit.',
      monthly: [49, 51, 53, 52, 56, 58, 60, 61, 63, 64, 66, 67],
      announcement: 'Sort cardboard, plastic and food waste. There are bins at every packing line.',
    },
    {
      title: 'No slips in the cold store',
      description: 'Near misses and accidents in the cold store and at the gates.',
      dimension: 'social',
      focusArea: 'Safety',
      metric: 'Near misses and accidents per month',
      unit: 'incidents',
      baseline: 6,
      target: 0,
      responsible: 'Safety rep Mats',
      achievableNote: 'Shoes, mats and a cleaning routine at the gates.',
      monthly: [6, 5, 5, 4, 4, 3, 3, 2, 2, 2, 1, 1],
      announcement:
        'New routine: anti-slip at the gates and safety shoes with grip in the cold store.',
    },
    {
      title: 'Save 200,000 SEK on packaging',
      description: 'Returnable pallets, the right box sizes and less stretch film.',
      dimension: 'economic',
      focusArea: 'Materials',
      metric: 'Savings so far this year',
      unit: 'SEK',
      baseline: 0,
      target: 200000,
      responsible: 'Per (purchasing)',
      achievableNote: 'The customer agreed to returnable pallets.',
      monthly: [
        8000, 15000, 26000, 38000, 52000, 61000, 77000, 90000, 104000, 118000, 130000, 141000,
      ],
      announcement: 'The goal: 200,000 SEK less on packaging. Ideas for savings are welcome!',
    },
  ],
  routine: {
    title: 'Safety shoes in the cold store',
    text: 'From Monday everyone wears anti-slip safety shoes in the cold store. Collect yours from Mats.',
  },
  workshopWords: ['energy', 'future', 'environment', 'safety', 'less waste', 'responsibility'],
  workshopIdeas: [
    { text: 'Close the freezer door automatically', dimension: 'ecological' },
    { text: 'Sell the cardboard instead of paying to get rid of it', dimension: 'economic' },
    { text: 'Better shoes in the cold store', dimension: 'social' },
    { text: 'Fix the compressed-air leaks', dimension: 'economic' },
  ],
  followUps: [
    {
      wentWell: [
        'The cardboard baler',
        'We talk about electricity more than before',
        'The mats at station 4',
      ],
      doBetter: [
        'The freezer door still stays open',
        'Sorting on the night shift',
        'Answers to suggestions take long',
      ],
      actions: [
        { text: 'Signs at every sorting bin', owner: 'Leila' },
        { text: 'Answer new suggestions within a week', owner: 'The team lead' },
      ],
      learning: 'Small things that show on the board get done faster.',
    },
    {
      wentWell: [
        'The freezer room’s sliding doors',
        'Electricity goes down every month',
        'The coffee with maintenance',
        'Quick answers to suggestions',
      ],
      doBetter: [
        'Slippery at gate 3 in winter',
        'The plastic at packing line 3',
        'The night shift rarely sees the board',
      ],
      actions: [
        { text: 'Trial anti-slip mats at gate 3', owner: 'Mats' },
        { text: 'Plastic bins at packing line 3', owner: 'Leila' },
        { text: 'The board on the screen in the night shift’s break room', owner: 'Karin' },
      ],
      learning: 'When we measure every month, everyone sees that it pays off.',
    },
  ],
};

export const DEMO_CONTENT: Record<Language, DemoContent> = { sv: SV, en: EN };
