import { Readable, pipeline } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { stringify, type Options } from 'csv-stringify';
import type { Language } from '@tavla/shared';

export type CsvCell = string | number | null;

/**
 * Rows written between two turns of the event loop. Formatting is the slow part of a CSV
 * (about ten times the reading), so a page is handed over in slices: requests that arrive
 * meanwhile wait for one slice, not for a whole page.
 */
const ROWS_PER_TURN = 200;
export interface CsvColumn {
  key: string;
  header: string;
}

/**
 * How a table is written for the board's language. Excel opens a CSV file with the separator
 * and decimal mark of the computer's region: a Swedish one splits on `;` and reads `2,5` as a
 * number, an English one splits on `,` and reads `2.5`. The BOM makes Excel read UTF-8 (å, ä,
 * ö) instead of the old Windows code page.
 */
export function csvOptions(language: Language, columns: readonly CsvColumn[]): Options {
  const swedish = language === 'sv';
  return {
    bom: true,
    header: true,
    columns: columns.map(({ key, header }) => ({ key, header })),
    delimiter: swedish ? ';' : ',',
    record_delimiter: 'windows',
    // Formula injection (CSV injection): a cell starting with `=`, `+`, `-`, `@`, a tab or a
    // carriage return is run by Excel as a formula, so a suggestion's text could fetch a URL
    // or run a command on the lead's computer. csv-stringify puts a `'` in front of such a
    // text, which Excel shows as text. Numbers are not texts and stay numbers (a negative
    // measurement is still `-2,5`, not `'-2,5`): the library leaves number fields alone.
    escape_formulas: true,
    cast: {
      number: (value) => (swedish ? String(value).replace('.', ',') : String(value)),
    },
  };
}

/**
 * The table as a CSV byte stream: rows are pulled page by page from `pages` only as fast as
 * the reader takes them (stream backpressure), so the whole table is never in memory. An
 * error half-way ends the stream with it (the download breaks rather than looking complete).
 */
export function csvStream(
  language: Language,
  columns: readonly CsvColumn[],
  pages: AsyncIterable<Record<string, CsvCell>[]>,
): Readable {
  async function* rows() {
    for await (const page of pages) {
      for (let start = 0; start < page.length; start += ROWS_PER_TURN) {
        if (start > 0) await nextTurn();
        yield* page.slice(start, start + ROWS_PER_TURN);
      }
    }
  }
  const csv = stringify(csvOptions(language, columns));
  pipeline(Readable.from(rows()), csv, () => undefined);
  return csv;
}
