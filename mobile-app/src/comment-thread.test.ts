import { describe, expect, it } from 'vitest';
import type { Comment, CommentPage } from '@tavla/shared';
import { withEarlierPage, withNewestPage, withoutComment } from './comment-thread.js';

/** Comment n, written at second n (ids in the same order). */
const comment = (n: number): Comment => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  suggestionId: '00000000-0000-4000-8000-999999999999',
  text: `Comment ${n}`,
  authorName: null,
  byLead: false,
  createdAt: new Date(Date.UTC(2026, 10, 21, 8, 0, n)).toISOString(),
});
const upTo = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** The server's page of comments `from`…`to`, with a cursor when earlier ones exist. */
const page = (from: number, to: number): CommentPage => ({
  comments: upTo(from, to).map(comment),
  next: from > 1 ? `before-${from}` : null,
});
const numbers = (thread: { comments: readonly Comment[] } | null) =>
  thread?.comments.map((c) => Number(c.text.slice(8))) ?? [];

describe('a paged comment thread', () => {
  it('starts with the newest page and puts earlier pages on top until the first comment', () => {
    let thread = withNewestPage(null, page(41, 70));
    expect(numbers(thread)).toEqual(upTo(41, 70));
    expect(thread.earlier).toBe('before-41');
    thread = withEarlierPage(thread, 'before-41', page(11, 40)) ?? thread;
    expect(thread.earlier).toBe('before-11');
    thread = withEarlierPage(thread, 'before-11', page(1, 10)) ?? thread;
    expect(numbers(thread)).toEqual(upTo(1, 70));
    expect(thread.earlier).toBeNull();
  });

  it('keeps the earlier pages the reader opened when a live change brings the newest page again', () => {
    let thread = withNewestPage(null, page(41, 70));
    thread = withEarlierPage(thread, 'before-41', page(11, 40)) ?? thread;
    // Two new comments: the newest page moves on by two.
    thread = withNewestPage(thread, page(43, 72));
    expect(numbers(thread)).toEqual(upTo(11, 72));
    expect(thread.earlier).toBe('before-11');
  });

  it('starts again from the newest page when more arrived than a page holds (no hole)', () => {
    let thread = withNewestPage(null, page(41, 70));
    thread = withEarlierPage(thread, 'before-41', page(11, 40)) ?? thread;
    thread = withNewestPage(thread, page(81, 110));
    expect(numbers(thread)).toEqual(upTo(81, 110));
    expect(thread.earlier).toBe('before-81');
  });

  it('takes a newest page that holds them all as the whole thread', () => {
    const thread = withNewestPage(withNewestPage(null, page(1, 5)), page(1, 6));
    expect(numbers(thread)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(thread.earlier).toBeNull();
  });

  it('drops an earlier page that arrives after the thread started again', () => {
    let thread = withNewestPage(null, page(41, 70));
    thread = withNewestPage(thread, page(81, 110));
    expect(withEarlierPage(thread, 'before-41', page(11, 40))).toBe(thread);
  });

  it('removes a hidden comment at once, also from an earlier page', () => {
    let thread = withNewestPage(null, page(41, 70));
    thread = withEarlierPage(thread, 'before-41', page(11, 40)) ?? thread;
    expect(numbers(withoutComment(thread, comment(12).id))).not.toContain(12);
  });
});
