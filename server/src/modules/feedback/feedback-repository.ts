import type { Db } from '../../db/open-database.js';
import type { PageCursor } from '../../lib/page-cursor.js';

export interface CommentRow {
  id: string;
  suggestion_id: string;
  device_id: string | null;
  user_id: string | null;
  author_name: string | null;
  is_lead: 0 | 1;
  text: string;
  created_at: string;
  hidden_at: string | null;
  hidden_reason: string | null;
  hidden_by: string | null;
}

export function createFeedbackRepository(db: Db) {
  const hasVote = db.prepare<[string, string], { ok: number }>(
    'SELECT 1 AS ok FROM votes WHERE suggestion_id = ? AND device_id = ?',
  );
  const addVote = db.prepare<[string, string, string]>(
    'INSERT INTO votes (suggestion_id, device_id, created_at) VALUES (?, ?, ?)',
  );
  const removeVote = db.prepare<[string, string]>(
    'DELETE FROM votes WHERE suggestion_id = ? AND device_id = ?',
  );
  const commentById = db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE id = ?');
  const visibleCommentsBefore = db.prepare<
    [{ suggestionId: string; at: string | null; id: string; limit: number }],
    CommentRow
  >(
    `SELECT * FROM comments WHERE suggestion_id = @suggestionId AND hidden_at IS NULL
       AND (@at IS NULL OR created_at < @at OR (created_at = @at AND id < @id))
     ORDER BY created_at DESC, id DESC LIMIT @limit`,
  );
  const insertComment = db.prepare<[CommentRow]>(
    `INSERT INTO comments (id, suggestion_id, device_id, user_id, author_name, is_lead, text,
       created_at, hidden_at, hidden_reason, hidden_by)
     VALUES (@id, @suggestion_id, @device_id, @user_id, @author_name, @is_lead, @text, @created_at,
       @hidden_at, @hidden_reason, @hidden_by)`,
  );
  const hideComment = db.prepare<[string, string, string, string]>(
    'UPDATE comments SET hidden_at = ?, hidden_reason = ?, hidden_by = ? WHERE id = ?',
  );

  return {
    hasVote: (suggestionId: string, deviceId: string) =>
      hasVote.get(suggestionId, deviceId) !== undefined,
    addVote: (suggestionId: string, deviceId: string, at: string) =>
      addVote.run(suggestionId, deviceId, at),
    removeVote: (suggestionId: string, deviceId: string) => removeVote.run(suggestionId, deviceId),
    commentById: (id: string) => commentById.get(id),
    /** A suggestion's visible comments before `before` (all when null), newest first. */
    visibleCommentsBefore: (suggestionId: string, before: PageCursor | null, limit: number) =>
      visibleCommentsBefore.all({
        suggestionId,
        at: before?.createdAt ?? null,
        id: before?.id ?? '',
        limit,
      }),
    insertComment: (row: CommentRow) => insertComment.run(row),
    hideComment: (id: string, at: string, reason: string, userId: string) =>
      hideComment.run(at, reason, userId, id),
  };
}

export type FeedbackRepository = ReturnType<typeof createFeedbackRepository>;
