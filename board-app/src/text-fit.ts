/**
 * Line breaking for text drawn in SVG on the wall (chart labels), where the browser does not
 * wrap. Widths are estimated from DejaVu Sans, the first font of the wall's stack and one of the
 * widest, so an estimate errs on the wide side for the fallbacks.
 */

export type FontWeight = 'normal' | 'bold';

// Advance widths per 1000 em units, measured in Chromium from DejaVu Sans Book and Bold.
// prettier-ignore
const WIDTHS: Record<FontWeight, Record<string, number>> = {
  bold: {
    a: 675, b: 716, c: 593, d: 716, e: 678, f: 435, g: 716, h: 712, i: 343, j: 343, k: 665,
    l: 343, m: 1042, n: 712, o: 687, p: 716, q: 716, r: 493, s: 595, t: 478, u: 712, v: 652,
    w: 924, x: 645, y: 652, z: 582, å: 675, ä: 675, ö: 687, é: 678, ü: 712,
    A: 774, B: 762, C: 734, D: 830, E: 683, F: 683, G: 821, H: 837, I: 372, J: 372, K: 775,
    L: 637, M: 995, N: 837, O: 850, P: 733, Q: 850, R: 770, S: 720, T: 682, U: 812, V: 774,
    W: 1103, X: 771, Y: 724, Z: 725, Å: 774, Ä: 774, Ö: 850, É: 683, Ü: 812,
    '0': 696, '1': 696, '2': 696, '3': 696, '4': 696, '5': 696, '6': 696, '7': 696, '8': 696,
    '9': 696, ' ': 348, '&': 872, ',': 380, '.': 380, '-': 415, '–': 500, '%': 1002, '+': 838,
    '/': 365, '(': 457, ')': 457, "'": 306, '’': 380, ':': 400, '?': 580, '!': 456,
  },
  normal: {
    a: 613, b: 635, c: 550, d: 635, e: 615, f: 352, g: 635, h: 634, i: 278, j: 278, k: 579,
    l: 278, m: 974, n: 634, o: 612, p: 635, q: 635, r: 411, s: 521, t: 392, u: 634, v: 592,
    w: 818, x: 592, y: 592, z: 525, å: 613, ä: 613, ö: 612, é: 615, ü: 634,
    A: 684, B: 686, C: 698, D: 770, E: 632, F: 575, G: 775, H: 752, I: 295, J: 295, K: 656,
    L: 557, M: 863, N: 748, O: 787, P: 603, Q: 787, R: 695, S: 635, T: 611, U: 732, V: 684,
    W: 989, X: 685, Y: 611, Z: 685, Å: 684, Ä: 684, Ö: 787, É: 632, Ü: 732,
    '0': 636, '1': 636, '2': 636, '3': 636, '4': 636, '5': 636, '6': 636, '7': 636, '8': 636,
    '9': 636, ' ': 318, '&': 780, ',': 318, '.': 318, '-': 361, '–': 500, '%': 950, '+': 838,
    '/': 337, '(': 390, ')': 390, "'": 275, '’': 318, ':': 337, '?': 531, '!': 401,
  },
};
/** A character outside the table: a full em, as wide as a wide capital or an ideograph. */
const UNKNOWN_WIDTH = 1000;

/** The estimated width of `text` in px at `fontSize` px. */
export function textWidth(text: string, fontSize: number, weight: FontWeight = 'bold'): number {
  const table = WIDTHS[weight];
  let units = 0;
  for (const char of text) units += table[char] ?? UNKNOWN_WIDTH;
  return (units / 1000) * fontSize;
}

const VOWELS = new Set('aeiouyåäöéüAEIOUYÅÄÖÉÜ');
const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);
const isVowel = (char: string | undefined) => char !== undefined && VOWELS.has(char);

/**
 * Where a long word may be hyphenated. Swedish compounds often join at a linking "s"
 * (kompetens|utveckling, resurs|kostnader): a break after an "s" that follows a consonant is a
 * `joint`, preferred to a `syllable` start (a consonant before a vowel). Both parts keep at
 * least three letters. Indexes count characters.
 */
export function hyphenationPoints(word: string): { joints: number[]; syllables: number[] } {
  // By code point: enough for the names charts show (no emoji or combining marks).
  const chars = Array.from(word);
  const joints: number[] = [];
  const syllables: number[] = [];
  for (let i = 3; i <= chars.length - 3; i += 1) {
    const before = chars[i - 1];
    const after = chars[i];
    if (!isLetter(before) || !isLetter(after)) continue;
    if (before === 's' && isLetter(chars[i - 2]) && !isVowel(chars[i - 2])) joints.push(i);
    else if (!isVowel(after) && isVowel(chars[i + 1])) syllables.push(i);
  }
  return { joints, syllables };
}

/**
 * Breaks `text` into lines no wider than `maxWidth` (estimated), at spaces first. A word that
 * does not fit on a line of its own is hyphenated (see `hyphenationPoints`), and as a last
 * resort split where it must. Nothing is ever dropped or cut off.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  weight: FontWeight = 'bold',
): string[] {
  const fits = (line: string) => textWidth(line, fontSize, weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter((word) => word !== '');
  for (const word of words) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    let rest = word;
    while (!fits(rest)) {
      const [head, tail] = splitWord(rest, fits);
      lines.push(head);
      rest = tail;
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * A word that is too long, as a first part with its hyphen and the rest: at the latest joint
 * whose part fits; else at the earliest syllable start that leaves a rest short enough for one
 * line (för-bättringar, Lika-behandling); else at the latest syllable start that fits; else as
 * late as fits.
 */
function splitWord(word: string, fits: (line: string) => boolean): [string, string] {
  const chars = Array.from(word);
  const head = (i: number) => `${chars.slice(0, i).join('')}-`;
  const tail = (i: number) => chars.slice(i).join('');
  const { joints, syllables } = hyphenationPoints(word);
  const joint = joints.filter((i) => fits(head(i))).pop();
  if (joint !== undefined) return [head(joint), tail(joint)];
  const fitting = syllables.filter((i) => fits(head(i)));
  const syllable = fitting.find((i) => fits(tail(i))) ?? fitting.pop();
  if (syllable !== undefined) return [head(syllable), tail(syllable)];
  // No good point fits: cut as late as possible (at least one character per line).
  let cut = 1;
  while (cut < chars.length - 1 && fits(head(cut + 1))) cut += 1;
  return [head(cut), tail(cut)];
}

/** The soft hyphen: invisible unless the browser breaks the line there (then a "-"). */
export const SOFT_HYPHEN = '\u00ad';

/**
 * `text` with soft hyphens at the hyphenation points (see `hyphenationPoints`) of its words of
 * `minLength` letters or more, so a narrow column breaks a long Swedish compound where a reader
 * expects it (Samåknings-lista) instead of anywhere. Shorter words and the rest stay as they are.
 */
export function softHyphenate(text: string, minLength = 9): string {
  return text.replace(/\p{L}+/gu, (word) => {
    const chars = Array.from(word);
    if (chars.length < minLength) return word;
    const { joints, syllables } = hyphenationPoints(word);
    const points = new Set([...joints, ...syllables]);
    return chars.map((char, i) => (points.has(i) ? `${SOFT_HYPHEN}${char}` : char)).join('');
  });
}

/**
 * The font size (rem) at which `text` fits `widthRem` on one line: `maxRem` when it fits, else
 * smaller, but never under `minRem` (a figure then wraps rather than being cut). For the big
 * numbers of the goals scene, where a value must never be cut.
 */
export function fitFigure(text: string, widthRem: number, maxRem: number, minRem: number): number {
  const perRem = textWidth(text, 1, 'bold');
  if (perRem <= 0) return maxRem;
  // Round down to a quarter rem, and keep a small margin for the estimate.
  const fitting = Math.floor(((widthRem * 0.96) / perRem) * 4) / 4;
  return Math.max(minRem, Math.min(maxRem, fitting));
}
