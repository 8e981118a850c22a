import { setImmediate as nextTurn } from 'node:timers/promises';
import { EXPORT_PAGE_SIZE, FIRST, type Keyset } from './export-repository.js';

/**
 * A table read page after page: each step runs one bounded query (`read(after)`) and hands
 * back its rows; the next step starts after the last row's key. Between steps nothing of the
 * database is held, so other requests' statements run freely while an export waits for its
 * reader.
 */
export function* keysetPages<Row extends { rowid: number }>(
  read: (after: Keyset) => Row[],
  keyOf: (row: Row) => string,
): Generator<Row[]> {
  let after = FIRST;
  for (;;) {
    const rows = read(after);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (!last || rows.length < EXPORT_PAGE_SIZE) return;
    after = { key: keyOf(last), rowid: last.rowid };
  }
}

/**
 * Pages of something read in order, each element mapped (a small part can itself be a
 * stream of pages). Waits a turn of the event loop after every page, so a long export never
 * holds the server: requests that arrive meanwhile are answered between two pages.
 */
export async function* eachPage<Row, Out>(
  pages: Iterable<Row[]>,
  map: (rows: Row[]) => Out,
): AsyncGenerator<Out> {
  for (const rows of pages) {
    yield map(rows);
    await nextTurn();
  }
}

/** A JSON array whose elements come page by page; an element may be a string or a stream. */
export async function* jsonArray<Row>(
  pages: Iterable<Row[]>,
  element: (row: Row) => string | AsyncIterable<string>,
): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for (const rows of pages) {
    let chunk = '';
    for (const row of rows) {
      const part = element(row);
      const comma = first ? '' : ',';
      first = false;
      if (typeof part === 'string') {
        chunk += comma + part;
        continue;
      }
      if (chunk + comma !== '') yield chunk + comma;
      chunk = '';
      yield* part;
    }
    if (chunk !== '') yield chunk;
    await nextTurn();
  }
  yield ']';
}
