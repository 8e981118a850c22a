import type { Comment, CommentPage } from '@tavla/shared';

/**
 * The comments of one suggestion as the phone holds them: oldest first, the newest page and
 * whatever earlier pages the reader opened, always one unbroken stretch up to the newest, and
 * the cursor for the comments before it (null when the first comment is shown).
 */
export interface CommentThread {
  comments: readonly Comment[];
  earlier: string | null;
}

/** The server's order of comments: created time, then id. */
const before = (a: Comment, b: Comment): boolean =>
  a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);

/**
 * The newest page arrived (the first load, or again after a live change). Earlier pages the
 * reader opened stay when they join the new page without a hole; when more comments arrived
 * meanwhile than a page holds, the thread starts again from the newest page.
 */
export function withNewestPage(thread: CommentThread | null, page: CommentPage): CommentThread {
  const oldest = page.comments[0];
  const held = thread?.comments ?? [];
  const newestHeld = held.at(-1);
  if (!oldest || page.next === null || !newestHeld || before(newestHeld, oldest)) {
    return { comments: page.comments, earlier: page.next };
  }
  const kept = held.filter((comment) => before(comment, oldest));
  if (kept.length === 0) return { comments: page.comments, earlier: page.next };
  return { comments: [...kept, ...page.comments], earlier: thread?.earlier ?? null };
}

/**
 * A page of earlier comments arrived, asked for with `cursor`. It goes on top; one that no
 * longer fits (the thread started again while it was on its way) is dropped.
 */
export function withEarlierPage(
  thread: CommentThread | null,
  cursor: string,
  page: CommentPage,
): CommentThread | null {
  if (!thread || thread.earlier !== cursor) return thread;
  const held = new Set(thread.comments.map((comment) => comment.id));
  return {
    comments: [...page.comments.filter((comment) => !held.has(comment.id)), ...thread.comments],
    earlier: page.next,
  };
}

/** A comment the reader (a lead) hid: gone at once, wherever it is in the thread. */
export function withoutComment(thread: CommentThread | null, id: string): CommentThread | null {
  if (!thread) return thread;
  return { ...thread, comments: thread.comments.filter((comment) => comment.id !== id) };
}
