import { NUMBER_ABS_MAX } from './domain.js';

/**
 * What a person typed into a number field, read the way Swedes and English speakers write
 * numbers. One parser for every numeric field, so "11 800" and "4,5" mean the same
 * everywhere and nothing typed is silently dropped: it is a number, empty, or invalid.
 *
 * Accepted (after trimming spaces around it):
 * - an optional sign: `+`, `-` or the minus sign U+2212 (what `Intl` writes in Swedish);
 * - digits, optionally grouped by thousands with one space, no-break space (U+00A0) or narrow
 *   no-break space (U+202F) between groups: the first group has 1–3 digits, every later group
 *   exactly 3 ("11 800", "1 234 567"; not "1 2 3 4", not "1234 567");
 * - optionally a decimal mark, comma or point, followed by at least one digit ("4,5", "4.5",
 *   ",5"); no grouping after it.
 *
 * Refused, on purpose:
 * - a comma or point as thousands separator: "1,234" is one point two three four, as a Swede
 *   means it, and "1,234.5" or "1.234,5" (two kinds of mark) is refused, never guessed at;
 * - more than one decimal mark ("1,2,3"), a trailing mark ("4,"), letters ("12abc"), and
 *   exponents ("1e3"): no shop-floor reading is written that way, and on a phone "1e3" is far
 *   more likely a typo for 103 than a wish for 1000;
 * - anything non-finite, and magnitudes above `NUMBER_ABS_MAX` (what the server accepts).
 */
export type NumberInput =
  | { kind: 'number'; value: number }
  | { kind: 'empty' }
  /** `tooLarge`: a well-written number beyond ±`NUMBER_ABS_MAX`. */
  | { kind: 'invalid'; reason: 'notANumber' | 'tooLarge' };

/** Space-like characters that may separate groups of thousands. */
export const GROUP_SEPARATORS = [' ', '\u00a0', '\u202f'] as const;

const SEPARATOR = '[ \\u00a0\\u202f]';
const NUMBER = new RegExp(
  '^([+\\-\\u2212]?)' + // sign
    `(\\d{1,3}(?:${SEPARATOR}\\d{3})+|\\d*)` + // integer part, grouped or not
    '(?:([.,])(\\d+))?$', // decimal mark and fraction
);
/** Surrounding white space, including the no-break spaces a copied number may carry. */
const OUTER_SPACE = /^[\s\u00a0\u202f]+|[\s\u00a0\u202f]+$/g;

export function parseNumberInput(text: string): NumberInput {
  const trimmed = text.replace(OUTER_SPACE, '');
  if (trimmed === '') return { kind: 'empty' };
  const match = NUMBER.exec(trimmed);
  if (!match) return { kind: 'invalid', reason: 'notANumber' };
  const [, sign = '', integer = '', , fraction] = match;
  if (integer === '' && fraction === undefined) return { kind: 'invalid', reason: 'notANumber' };
  const canonical =
    (sign === '+' || sign === '' ? '' : '-') +
    (integer.replace(/\D/g, '') || '0') +
    (fraction === undefined ? '' : `.${fraction}`);
  const value = Number(canonical);
  if (!Number.isFinite(value) || Math.abs(value) > NUMBER_ABS_MAX) {
    return { kind: 'invalid', reason: 'tooLarge' };
  }
  // -0 is written "0" everywhere else; keep it out of stored values.
  return { kind: 'number', value: value === 0 ? 0 : value };
}

/**
 * A stored number written back into a field so that `parseNumberInput` reads the very same
 * value: every digit kept (no rounding, no exponent), a decimal comma and no-break-space
 * groups in Swedish, a decimal point and no grouping in English (a comma there would read as
 * a decimal mark).
 */
export function formatNumberInput(value: number, language: 'sv' | 'en'): string {
  const plain = plainDecimal(value);
  if (language === 'en') return plain;
  const [whole = '', fraction] = plain.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const digits = sign ? whole.slice(1) : whole;
  const grouped = digits.replace(/\B(?=(\d{3})+$)/g, '\u00a0');
  return `${sign}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

/** The shortest decimal that reads back as `value`, written out without an exponent. */
function plainDecimal(value: number): string {
  const text = String(value === 0 ? 0 : value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exponent) return text;
  const [, sign = '', lead = '', rest = '', power = '0'] = exponent;
  const digits = lead + rest;
  const point = 1 + Number(power); // where the decimal point falls in `digits`
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
