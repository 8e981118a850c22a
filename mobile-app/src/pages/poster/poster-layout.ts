import QRCode from 'qrcode';

/**
 * The QR code as SVG, drawn from the `qrcode` package's modules: one path of dark squares on a
 * white ground with the quiet zone around it that a camera needs to find the code.
 */
export interface QrSymbol {
  /** Modules a side of the code itself. */
  modules: number;
  /** Modules a side with the quiet zone on every edge (the SVG's viewBox). */
  size: number;
  /** The dark modules as one SVG path, a rectangle per horizontal run. */
  path: string;
}

/**
 * Error correction Q (a quarter of the code may be lost): a poster on a shop floor gets dirty,
 * creased and taped over at a corner. The standard asks for a quiet zone of four modules.
 */
export function qrSymbol(text: string, quietZone = 4): QrSymbol {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'Q' });
  const count = modules.size;
  const runs: string[] = [];
  for (let row = 0; row < count; row += 1) {
    let col = 0;
    while (col < count) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < count && modules.get(row, col)) col += 1;
      runs.push(`M${start + quietZone} ${row + quietZone}h${col - start}v1h-${col - start}z`);
    }
  }
  return { modules: count, size: count + 2 * quietZone, path: runs.join('') };
}

/**
 * How wide to print the SVG (quiet zone included), in millimetres, so that the code itself is
 * `codeMm` wide: the code, not its white margin, is what must be large enough to scan from 2 m.
 */
export const printedWidthMm = (symbol: QrSymbol, codeMm: number): number =>
  (codeMm * symbol.size) / symbol.modules;

/**
 * The join address as a person types it, in two lines: where the server is, and the code, cut
 * into groups of four so that a typed address can be checked group by group. The groups are
 * shown apart but copy as one word.
 */
export function addressLines(joinUrl: string): { start: string; groups: string[] } {
  const cut = joinUrl.lastIndexOf('/') + 1;
  const token = joinUrl.slice(cut);
  const groups = token.match(/.{1,4}/g) ?? [];
  return { start: joinUrl.slice(0, cut), groups };
}

/** A board name's size class: a long name gets a smaller face so it fits in two lines. */
export function nameSize(name: string): 'large' | 'medium' | 'small' {
  if (name.length <= 22) return 'large';
  if (name.length <= 44) return 'medium';
  return 'small';
}

/**
 * Whether the poster names what it is for above the board's name: not when the name says it
 * already (a board called "Hållbarhetstavla", as the first board is, would read it twice).
 */
export const kickerShown = (boardName: string, appTitle: string): boolean =>
  !boardName.toLocaleLowerCase().includes(appTitle.toLocaleLowerCase());
