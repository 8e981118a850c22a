import { describe, expect, it } from 'vitest';
import { EMPTY_BOOK, noteTaken, parseBook } from './note-store.js';

const ID1 = '0b8a3f0e-5d1c-4c55-9a43-7f2a9d1e6b10';
const ID2 = '1c9b4f1f-6e2d-4d66-8b54-8a3b0e2f7c21';

describe("a phone's notes in one follow-up", () => {
  it('reads back what it kept and drops anything odd', () => {
    expect(parseBook(null)).toEqual(EMPTY_BOOK);
    expect(parseBook('junk')).toEqual(EMPTY_BOOK);
    expect(
      parseBook({
        drafts: {
          went_well: { id: ID1, text: 'Half typed' },
          do_better: { id: 'not-an-id', text: 'x' },
          other: { id: ID2, text: 'y' },
        },
        written: [
          { id: ID2, kind: 'do_better', text: 'Sent' },
          { id: ID1, kind: 'sideways', text: 'bad kind' },
          'junk',
        ],
      }),
    ).toEqual({
      drafts: { went_well: { id: ID1, text: 'Half typed' } },
      written: [{ id: ID2, kind: 'do_better', text: 'Sent' }],
    });
  });

  it("keeps a taken note as written and starts that kind's draft afresh with a new id", () => {
    const book = { drafts: { went_well: { id: ID1, text: 'Good talk' } }, written: [] };
    const taken = noteTaken(book, { id: ID1, kind: 'went_well', text: 'Good talk' }, ID2);
    expect(taken).toEqual({
      drafts: { went_well: { id: ID2, text: '' } },
      written: [{ id: ID1, kind: 'went_well', text: 'Good talk' }],
    });
    // A retry answered again is listed once.
    expect(
      noteTaken(taken, { id: ID1, kind: 'went_well', text: 'Good talk' }, ID2).written,
    ).toHaveLength(1);
  });
});
