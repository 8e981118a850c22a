/**
 * Step 1 of the method, the workshop, as rules both the server and the screens need. A lead
 * runs a session of activities on the wall; every phone of the board is a clicker. The wire
 * shapes are in workshop-schemas.ts.
 */
export const ACTIVITY_KINDS = [
  /** Title, text and an optional photo: nothing to answer. */
  'slide',
  /** Up to `WORKSHOP_LIMITS.wordsPerDevice` short entries per device, merged into a cloud. */
  'wordcloud',
  /** Single or multiple choice; results hidden until the lead reveals them (by default). */
  'poll',
  /** 1–5: a big average and the distribution. */
  'scale',
  /** Single choice with a correct answer revealed when the lead closes it; no leaderboard. */
  'quiz',
  /** Ideas with upvotes; the top ones on the wall; a lead turns one into a real suggestion. */
  'ideas',
  /** The interest vote of the matrix (step 3), opened and closed from the session. */
  'interest_vote',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** The activities a device answers (the others only show something). */
export const ANSWERED_KINDS: readonly ActivityKind[] = [
  'wordcloud',
  'poll',
  'scale',
  'quiz',
  'ideas',
  'interest_vote',
];

export const WORKSHOP_LIMITS = {
  titleMax: 120,
  textMax: 600,
  optionMax: 80,
  optionsMin: 2,
  optionsMax: 6,
  activitiesMax: 40,
  templateNameMax: 80,
  /** Word cloud: entries per device per activity, and their length. */
  wordsPerDevice: 3,
  wordMax: 60,
  /** Idea board: an idea's length, upvotes per device per activity, ideas on the wall. */
  ideaMin: 3,
  ideaMax: 280,
  upvotesPerDevice: 3,
  ideasOnWall: 5,
  /** Most words the cloud sends to screens (the biggest ones). */
  cloudWordsMax: 40,
} as const;

/** The two scale questions kept as a pulse for the follow-up (step 7 draws their trend). */
export const PULSE_QUESTIONS = ['involved', 'contribute'] as const;
export type PulseQuestion = (typeof PULSE_QUESTIONS)[number];

/**
 * The key under which word-cloud entries merge: case, accents' composition and spacing do not
 * make two entries different ("Less  waste", "less waste " and "LESS WASTE" are one word).
 */
export function wordKey(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');
}

/** How an entry is shown: trimmed, inner spacing collapsed, the casing of its first writer. */
export function cleanEntry(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/** The average of a 1–5 distribution (`counts[0]` is the number of 1s), or null when empty. */
export function scaleAverage(counts: readonly number[]): number | null {
  let n = 0;
  let sum = 0;
  counts.forEach((count, i) => {
    n += count;
    sum += count * (i + 1);
  });
  return n === 0 ? null : sum / n;
}

/** An idea as the top list orders it: most upvotes first, then the earliest. */
export interface RankedIdea {
  upvotes: number;
  createdAt: string;
  id: string;
}
export function compareIdeas(a: RankedIdea, b: RankedIdea): number {
  if (a.upvotes !== b.upvotes) return b.upvotes - a.upvotes;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : 1;
}
