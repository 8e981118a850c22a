/**
 * One normalisation for every text a person types. The server applies it at the edge to every
 * string of every request body, guided by the route's schema (`normaliseInput`), so a new
 * route cannot forget it; validation (minLength, maxLength, …) then runs on the cleaned text.
 *
 * A string schema says how its text is treated with the `x-text` keyword:
 * - `line` (the default for every string): one line; line breaks become spaces;
 * - `multiline`: keeps single and double line breaks (suggestions, comments, notes);
 * - `raw`: left exactly as sent (passwords and codes, where every character counts).
 */
export const TEXT_KIND = 'x-text';
export type TextKind = 'line' | 'multiline' | 'raw';

/* eslint-disable no-control-regex -- matching control characters is the point here */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROLS = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;
/* eslint-enable no-control-regex */
/** Direction marks, embeddings, overrides and isolates (a card could read backwards), plus
 * zero-width space and BOM. Zero-width (non-)joiners stay: emoji sequences and scripts need them. */
const INVISIBLE = /[\u200B\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * Multi-line text: composed (NFC) Unicode, no control characters or invisible direction
 * overrides, runs of spaces and tabs collapsed, at most one empty line in a row, trimmed.
 */
export function normaliseText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\uFFFD')
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(CONTROLS, ' ')
    .replace(INVISIBLE, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One-line text (names, titles, units, …): like `normaliseText`, line breaks become spaces. */
export function normaliseLine(text: string): string {
  return normaliseText(text).replace(/\n+/g, ' ');
}

interface SchemaNode {
  type?: unknown;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  [TEXT_KIND]?: TextKind;
}

const isNode = (value: unknown): value is SchemaNode => typeof value === 'object' && value !== null;

/** The member of a schema (itself, or one of its `anyOf`) that has the given JSON type. */
function variant(schema: SchemaNode | undefined, type: string): SchemaNode | undefined {
  if (!schema) return undefined;
  if (schema.type === type) return schema;
  return schema.anyOf?.find((member) => isNode(member) && member.type === type);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' &&
  value !== null &&
  (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null);

/**
 * Normalises every string inside `value` (a parsed JSON body) as its schema says; strings
 * the schema does not describe are treated as one line. Returns a new value; anything that
 * is not a string, array or plain object (numbers, a photo's Buffer) is returned as it is.
 */
export function normaliseInput(schema: unknown, value: unknown): unknown {
  const node = isNode(schema) ? schema : undefined;
  if (typeof value === 'string') {
    const kind = variant(node, 'string')?.[TEXT_KIND] ?? 'line';
    if (kind === 'raw') return value;
    return kind === 'multiline' ? normaliseText(value) : normaliseLine(value);
  }
  if (Array.isArray(value)) {
    const items = variant(node, 'array')?.items;
    return value.map((item) => normaliseInput(items, item));
  }
  if (isPlainObject(value)) {
    const properties = variant(node, 'object')?.properties ?? {};
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      out[key] = normaliseInput(Object.hasOwn(properties, key) ? properties[key] : undefined, item);
    }
    return out;
  }
  return value;
}
