import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUMBER_ABS_MAX } from './domain.js';
import { formatNumberInput, GROUP_SEPARATORS, parseNumberInput } from './number-input.js';

/** Characters to build test strings from (all single UTF-16 units, so splitting is safe). */
const chars = (text: string) => Array.from(text);
const DIGITS = chars('0123456789');

const valueOf = (text: string) => {
  const parsed = parseNumberInput(text);
  return parsed.kind === 'number' ? parsed.value : parsed.kind;
};

describe('parseNumberInput', () => {
  it.each([
    ['11 800', 11800],
    ['11\u00a0800', 11800],
    ['11\u202f800', 11800],
    ['1 234 567', 1234567],
    ['4,5', 4.5],
    ['4.5', 4.5],
    ['-3,25', -3.25],
    ['\u22123,25', -3.25],
    ['1 234,5', 1234.5],
    ['+2', 2],
    [',5', 0.5],
    ['-.5', -0.5],
    ['007', 7],
    ['1234567', 1234567],
    ['  12,5\u00a0', 12.5],
    ['-0', 0],
    ['1,234', 1.234],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumberInput(text)).toEqual({ kind: 'number', value });
  });

  it.each(['', '   ', '\u00a0'])('calls %j empty, which a required field refuses', (text) => {
    expect(parseNumberInput(text)).toEqual({ kind: 'empty' });
  });

  it.each([
    '1,2,3',
    '1.2.3',
    '12abc',
    'abc',
    '1 2 3 4',
    '1234 567',
    '12 34',
    '1  234',
    '1 234 5',
    '1,234.5',
    '1.234,5',
    '1 234,567 8',
    '4,',
    '4.',
    '.',
    ',',
    '-',
    '+',
    '--3',
    '+-3',
    '- 3',
    '3-',
    '1e3',
    '1E3',
    'Infinity',
    'NaN',
    '0x10',
    '1_000',
    '١٢',
    '１２',
    '12 %',
  ])('refuses %j', (text) => {
    expect(parseNumberInput(text)).toEqual({ kind: 'invalid', reason: 'notANumber' });
  });

  it('refuses numbers beyond what the server stores, saying they are too large', () => {
    expect(parseNumberInput('1 000 000 000 000')).toEqual({ kind: 'number', value: 1e12 });
    expect(parseNumberInput('1 000 000 000 001')).toEqual({ kind: 'invalid', reason: 'tooLarge' });
    expect(parseNumberInput('-9'.padEnd(400, '9'))).toEqual({
      kind: 'invalid',
      reason: 'tooLarge',
    });
  });
});

// ── Properties ──────────────────────────────────────────────────────────────────────────

/** A number as parts: sign, integer digits (no leading zeros unless "0") and fraction digits. */
const numberParts = fc.record({
  negative: fc.boolean(),
  integer: fc.oneof(
    fc.constant('0'),
    fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.string({ unit: fc.constantFrom(...DIGITS) }))
      .map(([first, rest]) => `${first}${rest.slice(0, 11)}`),
  ),
  fraction: fc.option(fc.string({ unit: fc.constantFrom(...DIGITS), minLength: 1 }), {
    nil: undefined,
  }),
});
type Parts = typeof numberParts extends fc.Arbitrary<infer T> ? T : never;

const canonical = ({ negative, integer, fraction }: Parts) =>
  Number(`${negative ? '-' : ''}${integer}${fraction === undefined ? '' : `.${fraction}`}`);

/** Splits digits into thousands from the right: "1234567" → ["1", "234", "567"]. */
const thousands = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, '|').split('|');

describe('parseNumberInput, as properties', () => {
  it('reads every way a Swede or an English speaker writes a number as that number', () => {
    fc.assert(
      fc.property(
        numberParts,
        fc.constantFrom('', '+'),
        fc.constantFrom('-', '\u2212'),
        fc.constantFrom(',', '.'),
        fc.boolean(),
        fc.array(fc.constantFrom(...GROUP_SEPARATORS), { minLength: 4, maxLength: 4 }),
        fc.constantFrom('', ' ', '\u00a0'),
        (parts, plus, minus, mark, grouped, separators, padding) => {
          const sign = parts.negative ? minus : plus;
          const groups = grouped ? thousands(parts.integer) : [parts.integer];
          const integer = groups.reduce(
            (text, group, i) => text + (separators[i - 1] ?? ' ') + group,
          );
          const fraction = parts.fraction === undefined ? '' : `${mark}${parts.fraction}`;
          const text = `${padding}${sign}${integer}${fraction}${padding}`;
          const expected = canonical(parts);
          expect(valueOf(text)).toBe(expected === 0 ? 0 : expected);
        },
      ),
    );
  });

  it('reads back what Intl writes in Swedish', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 4 }),
        (scaled, decimals) => {
          const value = scaled / 10 ** decimals;
          const text = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 4 }).format(value);
          expect(valueOf(text)).toBe(value === 0 ? 0 : value);
        },
      ),
    );
  });

  it('reads back every finite stored number it writes into a field, in both languages', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -NUMBER_ABS_MAX, max: NUMBER_ABS_MAX, noNaN: true }),
        fc.constantFrom('sv' as const, 'en' as const),
        (value, language) => {
          expect(valueOf(formatNumberInput(value, language))).toBe(value === 0 ? 0 : value);
        },
      ),
    );
  });

  it('refuses thousands in groups other than threes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom(...DIGITS), minLength: 1 }), {
          minLength: 2,
          maxLength: 5,
        }),
        fc.constantFrom(...GROUP_SEPARATORS),
        (groups, separator) => {
          fc.pre(groups.slice(1).some((g) => g.length !== 3) || (groups[0]?.length ?? 0) > 3);
          expect(parseNumberInput(groups.join(separator)).kind).toBe('invalid');
        },
      ),
    );
  });

  it('refuses a number with a letter or a symbol in it, wherever it is', () => {
    fc.assert(
      fc.property(
        numberParts,
        fc.constantFrom(...chars('aeEx%$€_/*#=:;\'"()')),
        fc.nat(),
        (parts, junk, at) => {
          const text = `${parts.negative ? '-' : ''}${parts.integer}${
            parts.fraction === undefined ? '' : `,${parts.fraction}`
          }`;
          const position = at % (text.length + 1);
          const spoiled = text.slice(0, position) + junk + text.slice(position);
          expect(parseNumberInput(spoiled).kind).toBe('invalid');
        },
      ),
    );
  });

  it('refuses two decimal marks, of either kind', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 3, maxLength: 4 }),
        fc.array(fc.constantFrom(',', '.'), { minLength: 3, maxLength: 3 }),
        (numbers, marks) => {
          const text = numbers.reduce((all, n, i) => `${all}${marks[i - 1] ?? ','}${n}`, '');
          expect(parseNumberInput(text).kind).toBe('invalid');
        },
      ),
    );
  });

  it('never throws, and anything it accepts is a finite number within bounds', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: fc.constantFrom(...chars('0123456789 ,.-+\u00a0\u202f\u2212e')) }),
        ),
        (text) => {
          const parsed = parseNumberInput(text);
          if (parsed.kind === 'number') {
            expect(Number.isFinite(parsed.value)).toBe(true);
            expect(Math.abs(parsed.value)).toBeLessThanOrEqual(NUMBER_ABS_MAX);
            expect(Object.is(parsed.value, -0)).toBe(false);
          }
        },
      ),
    );
  });
});

describe('formatNumberInput', () => {
  it('writes Swedish with a decimal comma and grouped thousands, English plainly', () => {
    expect(formatNumberInput(11800.5, 'sv')).toBe('11\u00a0800,5');
    expect(formatNumberInput(-1234567, 'sv')).toBe('-1\u00a0234\u00a0567');
    expect(formatNumberInput(11800.5, 'en')).toBe('11800.5');
    expect(formatNumberInput(1e-7, 'sv')).toBe('0,0000001');
    expect(formatNumberInput(-1.5e-9, 'en')).toBe('-0.0000000015');
    expect(formatNumberInput(-0, 'sv')).toBe('0');
  });
});
