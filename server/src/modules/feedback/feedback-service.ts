import { createGroupCommit } from '../../lib/group-commit.js';
import {
  LIMITS,
  type Comment,
  type CommentPage,
  type CreateCommentBody,
  type VoteResult,
} from '@tavla/shared';
import { conflict, invalid, notFound } from '../../http/app-error.js';
import type { UserRow } from '../accounts/account-repository.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRow } from '../boards/board-repository.js';
import type { SuggestionRepository, SuggestionRow } from '../suggestions/suggestion-repository.js';
import { normaliseText, suggestionUpdated } from '../suggestions/suggestion-service.js';
import type { Db } from '../../db/open-database.js';
import type { Clock } from '../../lib/clock.js';
import { decodeCursor, encodeCursor } from '../../lib/page-cursor.js';
import type { CommentRow, FeedbackRepository } from './feedback-repository.js';
import type { TallyBroadcaster } from './tally-broadcaster.js';

/** Comments in one page, unless the caller asks for fewer. */
export const COMMENT_PAGE_DEFAULT = 30;

export const toComment = (row: CommentRow): Comment => ({
  id: row.id,
  suggestionId: row.suggestion_id,
  text: row.text,
  authorName: row.author_name,
  byLead: row.is_lead === 1,
  createdAt: row.created_at,
});

/** Who writes a comment: an employee's phone, or a signed-in lead. */
export type CommentAuthor = { kind: 'device'; deviceId: string } | { kind: 'lead'; user: UserRow };

/**
 * "Me too" votes and comments. Each change updates the suggestion's tallies in the same
 * transaction, so the stored counts are always exact. A comment takes a board sequence number
 * and is broadcast as `suggestion:updated` at once; votes come in bursts, so their tallies are
 * broadcast in batches (see `tally-broadcaster.ts`).
 */
export function createFeedbackService(deps: {
  db: Db;
  clock: Clock;
  suggestions: SuggestionRepository;
  feedback: FeedbackRepository;
  boardChanges: BoardChanges;
  tallies: TallyBroadcaster;
}) {
  const { db, clock, suggestions, feedback, boardChanges, tallies } = deps;

  function visible(board: BoardRow, suggestionId: string): SuggestionRow {
    const row = suggestions.findVisible(board.id, suggestionId);
    if (!row) throw notFound('There is no such suggestion on this board.');
    return row;
  }

  /** Inside a board change: moves the tallies and returns the updated suggestion to broadcast. */
  const retally = (suggestionId: string, votes: number, comments: number, seq: number) => {
    suggestions.adjustTallies({ id: suggestionId, votes, comments, seq });
    return suggestionUpdated(suggestions, suggestionId, seq);
  };

  /**
   * Group commit for votes. A workshop sends votes faster than one fsync each allows, so the
   * votes that arrive in one turn of the event loop are committed in one transaction (one
   * fsync), and each is acknowledged only after that commit: nothing acknowledged is lost.
   * Each vote is checked and applied in arrival order inside the transaction.
   */
  interface PendingVote {
    boardId: string;
    suggestionId: string;
    deviceId: string;
    voted: boolean;
  }
  function applyOne({ boardId, suggestionId, deviceId, voted }: PendingVote) {
    // Checked again inside the transaction: a lead may have hidden it meanwhile.
    const row = suggestions.findVisible(boardId, suggestionId);
    if (!row) throw notFound('There is no such suggestion on this board.');
    if (feedback.hasVote(suggestionId, deviceId) === voted) {
      return { result: { voted, votes: row.vote_count }, changed: false };
    }
    if (voted) feedback.addVote(suggestionId, deviceId, clock.now().toISOString());
    else feedback.removeVote(suggestionId, deviceId);
    suggestions.adjustVotes({ id: suggestionId, votes: voted ? 1 : -1 });
    return { result: { voted, votes: row.vote_count + (voted ? 1 : -1) }, changed: true };
  }
  const commitVote = createGroupCommit(
    db,
    applyOne,
    (_vote: PendingVote, outcome: { changed: boolean }) => {
      if (outcome.changed) tallies.schedule();
    },
    'vote',
  );

  return {
    /**
     * Sets this device's "me too" to `voted`. Saying the same twice changes nothing, so a
     * retried request is harmless. Resolves once the vote is committed (group commit, below).
     */
    vote(
      board: BoardRow,
      deviceId: string,
      suggestionId: string,
      voted: boolean,
    ): Promise<VoteResult> {
      const row = visible(board, suggestionId);
      if (row.device_id === deviceId) {
        throw conflict('This is your own suggestion: "me too" is for the others.', {
          code: 'own_suggestion_vote',
        });
      }
      return commitVote({ boardId: board.id, suggestionId: row.id, deviceId, voted }).then(
        (outcome) => outcome.result,
      );
    },

    /**
     * A page of a suggestion's visible comments: the newest ones before the cursor (the newest
     * of all without one), oldest first as the phone shows them; `next` leads to earlier ones.
     */
    commentPage(
      board: BoardRow,
      suggestionId: string,
      query: { before?: string; limit?: number },
    ): CommentPage {
      const row = visible(board, suggestionId);
      const limit = query.limit ?? COMMENT_PAGE_DEFAULT;
      const before = query.before === undefined ? null : decodeCursor(query.before);
      const rows = feedback.visibleCommentsBefore(row.id, before, limit + 1);
      const page = rows.slice(0, limit);
      const earliest = page.at(-1);
      return {
        comments: page.reverse().map(toComment),
        next:
          rows.length > limit && earliest
            ? encodeCursor({ createdAt: earliest.created_at, id: earliest.id })
            : null,
      };
    },

    /** Adds a comment once: a retry with the same client id returns the stored comment. */
    addComment(
      board: BoardRow,
      author: CommentAuthor,
      suggestionId: string,
      body: CreateCommentBody,
    ): { comment: Comment; created: boolean } {
      const row = visible(board, suggestionId);
      const id = body.id.toLowerCase();
      const existing = feedback.commentById(id);
      if (existing) {
        const same =
          existing.suggestion_id === row.id &&
          (author.kind === 'device'
            ? existing.device_id === author.deviceId
            : existing.user_id === author.user.id);
        if (same) return { comment: toComment(existing), created: false };
        throw conflict('A different comment already uses this id.');
      }
      const text = normaliseText(body.text);
      if (text.length === 0) throw invalid('Write something in the comment.', { field: 'text' });
      const authorName =
        author.kind === 'lead'
          ? author.user.display_name
          : body.authorName
            ? normaliseText(body.authorName) || null
            : null;
      const commentRow: CommentRow = {
        id,
        suggestion_id: row.id,
        device_id: author.kind === 'device' ? author.deviceId : null,
        user_id: author.kind === 'lead' ? author.user.id : null,
        author_name: authorName,
        is_lead: author.kind === 'lead' ? 1 : 0,
        text,
        created_at: '',
        hidden_at: null,
        hidden_reason: null,
        hidden_by: null,
      };
      boardChanges.commit(board, (seq, at) => {
        commentRow.created_at = at;
        feedback.insertComment(commentRow);
        return retally(row.id, 0, 1, seq);
      });
      return { comment: toComment(commentRow), created: true };
    },

    hideComment(
      board: BoardRow,
      lead: UserRow,
      suggestionId: string,
      commentId: string,
      reason: string,
    ): void {
      const row = visible(board, suggestionId);
      const comment = feedback.commentById(commentId.toLowerCase());
      if (!comment || comment.suggestion_id !== row.id || comment.hidden_at !== null) {
        throw notFound('There is no such comment on this suggestion.');
      }
      const cleaned = normaliseText(reason);
      if (cleaned.length < LIMITS.reasonMin) {
        throw invalid(`Give a reason of at least ${LIMITS.reasonMin} characters.`, {
          code: 'reason_required',
          field: 'reason',
        });
      }
      boardChanges.commit(board, (seq, at) => {
        feedback.hideComment(comment.id, at, cleaned, lead.id);
        suggestions.insertEvent({
          suggestion_id: row.id,
          kind: 'comment_hidden',
          from_status: null,
          to_status: null,
          note: cleaned,
          actor_id: lead.id,
          actor_name: lead.display_name,
          comment_id: comment.id,
          created_at: at,
        });
        return retally(row.id, 0, -1, seq);
      });
    },
  };
}

export type FeedbackService = ReturnType<typeof createFeedbackService>;
