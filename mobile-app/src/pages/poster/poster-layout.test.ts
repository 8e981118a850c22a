import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { addressLines, kickerShown, nameSize, printedWidthMm, qrSymbol } from './poster-layout.js';

const URL_ = 'http://192.168.1.20:8080/join/Ab3dEf6hIj9lMn0pQr-tUv_xYz12345A';

/** The dark cells the path draws, read back from its runs. */
function cellsOf(path: string): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, width] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
    for (let i = 0; i < Number(width); i += 1) cells.add(`${Number(x) + i},${y}`);
  }
  return cells;
}

describe('the poster’s QR code', () => {
  it('draws exactly the dark modules of the qrcode package’s code, inside a 4-module quiet zone', () => {
    const symbol = qrSymbol(URL_);
    const { modules } = QRCode.create(URL_, { errorCorrectionLevel: 'Q' });
    expect(symbol.modules).toBe(modules.size);
    expect(symbol.size).toBe(modules.size + 8);
    const drawn = cellsOf(symbol.path);
    const expected = new Set<string>();
    for (let row = 0; row < modules.size; row += 1) {
      for (let col = 0; col < modules.size; col += 1) {
        if (modules.get(row, col)) expected.add(`${col + 4},${row + 4}`);
      }
    }
    expect(drawn).toEqual(expected);
    // Nothing in the quiet zone; the path is nothing but runs.
    for (const cell of drawn) {
      const [x = 0, y = 0] = cell.split(',').map(Number);
      expect(Math.min(x, y)).toBeGreaterThanOrEqual(4);
      expect(Math.max(x, y)).toBeLessThan(symbol.size - 4);
    }
    expect(symbol.path.replace(/M\d+ \d+h\d+v1h-\d+z/g, '')).toBe('');
  });

  it('prints the code itself at the width asked, its quiet zone outside it', () => {
    const symbol = qrSymbol(URL_);
    const width = printedWidthMm(symbol, 105);
    expect((width * symbol.modules) / symbol.size).toBeCloseTo(105, 6);
    expect(width).toBeGreaterThan(105);
  });
});

describe('the address for those who type', () => {
  it('keeps the server on one line and cuts the code into groups of four that join back to it', () => {
    const { start, groups } = addressLines(URL_);
    expect(start).toBe('http://192.168.1.20:8080/join/');
    expect(groups[0]).toBe('Ab3d');
    expect(groups.every((group) => group.length === 4)).toBe(true);
    expect(start + groups.join('')).toBe(URL_);
    const odd = addressLines('https://tavla.example/join/abcdefghij');
    expect(odd.groups).toEqual(['abcd', 'efgh', 'ij']);
  });
});

describe('the board name’s size', () => {
  it('shrinks for long names', () => {
    expect(nameSize('Pressen')).toBe('large');
    expect(nameSize('Monteringslinje 3 – kvällsskiftet')).toBe('medium');
    expect(nameSize('x'.repeat(80))).toBe('small');
  });
});

describe('the line above the board’s name', () => {
  it('is left out when the name says it already', () => {
    expect(kickerShown('Pressen, linje 2', 'Hållbarhetstavla')).toBe(true);
    expect(kickerShown('Hållbarhetstavla', 'Hållbarhetstavla')).toBe(false);
    expect(kickerShown('Hållbarhetstavlan i lagret', 'Hållbarhetstavla')).toBe(false);
    expect(kickerShown('Line 3 sustainability board', 'Sustainability board')).toBe(false);
  });
});
