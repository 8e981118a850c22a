import { describe, expect, it } from 'vitest';
import {
  fitFigure,
  hyphenationPoints,
  SOFT_HYPHEN,
  softHyphenate,
  textWidth,
  wrapText,
} from './text-fit.js';

describe('textWidth', () => {
  it('follows DejaVu Sans: bold is wider, and it grows with the size', () => {
    // Measured in Chromium: "Kompetensutveckling" in bold 28 px DejaVu Sans is 342.6 px.
    expect(textWidth('Kompetensutveckling', 28)).toBeCloseTo(342.6, 0);
    expect(textWidth('Kompetensutveckling', 28, 'normal')).toBeLessThan(
      textWidth('Kompetensutveckling', 28),
    );
    expect(textWidth('abc', 56)).toBeCloseTo(2 * textWidth('abc', 28));
  });

  it('counts an unknown character as wide rather than narrow', () => {
    expect(textWidth('漢', 10)).toBeGreaterThanOrEqual(textWidth('M', 10));
  });
});

describe('hyphenationPoints', () => {
  it('prefers the linking s of a Swedish compound', () => {
    expect(hyphenationPoints('Kompetensutveckling').joints).toEqual([9]);
    expect(hyphenationPoints('Resurskostnader').joints).toEqual([6]);
  });

  it('keeps three letters on each side', () => {
    const { joints, syllables } = hyphenationPoints('Likabehandling');
    for (const i of [...joints, ...syllables]) {
      expect(i).toBeGreaterThanOrEqual(3);
      expect(i).toBeLessThanOrEqual('Likabehandling'.length - 3);
    }
  });
});

describe('wrapText', () => {
  const strip = (lines: string[]) =>
    lines
      .map((line) => line.replace(/-$/, ''))
      .join('')
      .replace(/\s/g, '');

  it('keeps a text that fits on one line', () => {
    expect(wrapText('Energi & klimat', 1000, 30)).toEqual(['Energi & klimat']);
  });

  it('breaks at spaces, every line within the width', () => {
    const lines = wrapText('Strategi & uppföljning', 250, 30);
    expect(lines).toEqual(['Strategi &', 'uppföljning']);
    for (const line of lines) expect(textWidth(line, 30)).toBeLessThanOrEqual(250);
  });

  it('hyphenates a compound at its joint, and drops nothing', () => {
    expect(wrapText('Kompetensutveckling', 220, 30)).toEqual(['Kompetens-', 'utveckling']);
    expect(wrapText('Resurskostnader', 200, 30)).toEqual(['Resurs-', 'kostnader']);
    const narrow = wrapText('Likabehandling och inkludering', 120, 30);
    for (const line of narrow) expect(textWidth(line, 30)).toBeLessThanOrEqual(120);
    expect(strip(narrow)).toBe('Likabehandlingochinkludering');
  });

  it('cuts a word with no good break where it must, still keeping every letter', () => {
    const lines = wrapText('Xxxxxxxxxxxxxxxxxxxx', 100, 30);
    expect(lines.length).toBeGreaterThan(1);
    expect(strip(lines)).toBe('Xxxxxxxxxxxxxxxxxxxx');
  });
});

describe('softHyphenate', () => {
  it('lets long compounds break where a reader expects, and leaves short words alone', () => {
    const text = softHyphenate('Samåkningslista för nattskiftet');
    expect(text.replace(/\u00ad/g, '')).toBe('Samåkningslista för nattskiftet');
    expect(text.split(' ')[0]).toBe(`Samåk${SOFT_HYPHEN}nings${SOFT_HYPHEN}lista`);
    expect(text.split(' ')[1]).toBe('för');
    expect(softHyphenate('LED 4 och 7 – 30 s')).toBe('LED 4 och 7 – 30 s');
  });
});

describe('fitFigure', () => {
  it('keeps a short figure at its size and shrinks a long one to its line, never under the least', () => {
    expect(fitFigure('10 900', 35, 6, 3.5)).toBe(6);
    const long = fitFigure('1 098 765,43', 35, 6, 3.5);
    expect(long).toBeLessThan(6);
    expect(long).toBeGreaterThanOrEqual(3.5);
    expect(textWidth('1 098 765,43', long)).toBeLessThanOrEqual(35);
    expect(fitFigure('123 456 789 012 345,67', 20, 6, 3.5)).toBe(3.5);
  });
});
