import { NOTE_KINDS, FOLLOW_UP_LIMITS, type NoteKind } from '@tavla/shared/follow-up-rules';
import { isRecord, readJson, write } from '../../local-store.js';

/**
 * What a phone keeps of its notes in one follow-up (localStorage, per follow-up): the half-typed
 * note of each kind with the client id it will be sent with (so a retry, even after a reload,
 * is stored once), and the notes it sent, to show "what you wrote" (the server keeps them
 * anonymous and shows nobody's notes before the vote). Storage may be full, disabled or hold
 * junk: the page then works without it.
 */
export interface NoteDraft {
  id: string;
  text: string;
}
export interface WrittenNote {
  id: string;
  kind: NoteKind;
  text: string;
}
export interface NoteBook {
  drafts: Partial<Record<NoteKind, NoteDraft>>;
  written: WrittenNote[];
}

export const EMPTY_BOOK: NoteBook = { drafts: {}, written: [] };

const isKind = (value: unknown): value is NoteKind =>
  typeof value === 'string' && (NOTE_KINDS as readonly string[]).includes(value);
const isId = (value: unknown): value is string =>
  typeof value === 'string' && /^[0-9a-f-]{36}$/.test(value);

/** A stored book as far as it makes sense (anything odd is dropped). */
export function parseBook(stored: unknown): NoteBook {
  if (!isRecord(stored)) return EMPTY_BOOK;
  const drafts: NoteBook['drafts'] = {};
  if (isRecord(stored.drafts)) {
    for (const kind of NOTE_KINDS) {
      const draft = stored.drafts[kind];
      if (isRecord(draft) && isId(draft.id) && typeof draft.text === 'string') {
        drafts[kind] = { id: draft.id, text: draft.text.slice(0, FOLLOW_UP_LIMITS.noteMax) };
      }
    }
  }
  const written = Array.isArray(stored.written)
    ? stored.written.flatMap((note: unknown) =>
        isRecord(note) && isId(note.id) && isKind(note.kind) && typeof note.text === 'string'
          ? [{ id: note.id, kind: note.kind, text: note.text }]
          : [],
      )
    : [];
  return { drafts, written: written.slice(0, 50) };
}

/** The book once a note was taken: it is written, and its kind's draft starts afresh. */
export function noteTaken(book: NoteBook, note: WrittenNote, nextId: string): NoteBook {
  return {
    drafts: { ...book.drafts, [note.kind]: { id: nextId, text: '' } },
    written: [...book.written.filter((w) => w.id !== note.id), note],
  };
}

const key = (followUpId: string) => `tavla:follow-up-notes:${followUpId}`;

export function loadBook(followUpId: string): NoteBook {
  return parseBook(readJson(key(followUpId)));
}

/** Storage full or disabled: the texts are simply not kept over a reload. */
export function saveBook(followUpId: string, book: NoteBook): void {
  write(key(followUpId), book);
}
