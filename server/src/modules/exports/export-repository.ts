import type { Db } from '../../db/open-database.js';
import type { AnnouncementRow } from '../announcements/announcement-repository.js';
import type { ActionRow, FollowUpRow, MeetingRow } from '../follow-ups/follow-up-reads.js';
import type { GoalRow, MeasurementRow } from '../goals/goal-repository.js';
import type { SuggestionEventRow, SuggestionRow } from '../suggestions/suggestion-repository.js';

/** Rows per page: every read of an export is one bounded `.all()`, never an open iterator. */
export const EXPORT_PAGE_SIZE = 1000;

/**
 * Where the previous page ended: the sort key of its last row and its rowid (which breaks
 * ties and is unique). The first page starts before everything.
 */
export interface Keyset {
  key: string;
  rowid: number;
}
export const FIRST: Keyset = { key: '', rowid: 0 };

type Paged<T> = T & { rowid: number };
export type ExportSuggestionRow = Paged<SuggestionRow> & { goal_title: string | null };
export type ExportActionRow = Paged<ActionRow> & { follow_up_started_at: string | null };

export interface CommentRow {
  id: string;
  suggestion_id: string;
  text: string;
  author_name: string | null;
  is_lead: 0 | 1;
  created_at: string;
}

/**
 * The export's SQL. Every list is read in keyset pages (`(sort key, rowid) > (last)`, which
 * the tables' indexes answer as a range seek): an export reads a page, writes it out, lets
 * other requests run, and reads the next, so no statement stays open across event-loop turns
 * (an open better-sqlite3 iterator would block every other statement on the connection).
 * What a page's rows own (history, comments) is read for the whole page in one query.
 */
export function createExportRepository(db: Db) {
  const page = { limit: EXPORT_PAGE_SIZE };
  const q = {
    suggestions: db.prepare<
      [{ boardId: string; key: string; rowid: number; limit: number }],
      ExportSuggestionRow
    >(
      `SELECT s.rowid, s.*, g.title AS goal_title
         FROM suggestions s LEFT JOIN goals g ON g.id = s.goal_id
        WHERE s.board_id = @boardId AND s.hidden_at IS NULL
          AND (s.created_at, s.rowid) > (@key, @rowid)
        ORDER BY s.created_at, s.rowid LIMIT @limit`,
    ),
    // Status changes only: moderation events tell of hidden content.
    history: db.prepare<[string], SuggestionEventRow>(
      `SELECT * FROM suggestion_events
        WHERE suggestion_id IN (SELECT value FROM json_each(?)) AND kind = 'status'
        ORDER BY suggestion_id, id`,
    ),
    comments: db.prepare<[string], CommentRow>(
      `SELECT id, suggestion_id, text, author_name, is_lead, created_at FROM comments
        WHERE suggestion_id IN (SELECT value FROM json_each(?)) AND hidden_at IS NULL
        ORDER BY suggestion_id, created_at, rowid`,
    ),
    goals: db.prepare<
      [{ boardId: string; key: string; rowid: number; limit: number }],
      Paged<GoalRow>
    >(
      `SELECT rowid, * FROM goals WHERE board_id = @boardId AND (created_at, rowid) > (@key, @rowid)
        ORDER BY created_at, rowid LIMIT @limit`,
    ),
    measurements: db.prepare<
      [{ goalId: string; key: string; rowid: number; limit: number }],
      Paged<MeasurementRow>
    >(
      `SELECT rowid, * FROM measurements
        WHERE goal_id = @goalId AND (measured_on, rowid) > (@key, @rowid)
        ORDER BY measured_on, rowid LIMIT @limit`,
    ),
    rounds: db.prepare<
      [{ boardId: string; ordinal: number; limit: number }],
      { id: string; ordinal: number }
    >(
      `SELECT id, ordinal FROM analysis_rounds WHERE board_id = @boardId AND ordinal > @ordinal
        ORDER BY ordinal LIMIT @limit`,
    ),
    questionTexts: db.prepare<
      [string, string],
      { question_id: string; version: number; text_sv: string; text_en: string }
    >(
      `SELECT v.question_id, v.version, v.text_sv, v.text_en
         FROM analysis_answers a JOIN analysis_question_versions v
           ON v.board_id = ? AND v.question_id = a.question_id AND v.version = a.question_version
        WHERE a.round_id = ?`,
    ),
    votes: db.prepare<
      [{ boardId: string; key: string; rowid: number; limit: number }],
      { rowid: number; id: string; opened_at: string; closed_at: string | null }
    >(
      `SELECT rowid, id, opened_at, closed_at FROM interest_votes
        WHERE board_id = @boardId AND (opened_at, rowid) > (@key, @rowid)
        ORDER BY opened_at, rowid LIMIT @limit`,
    ),
    voteDots: db.prepare<[string], { category_id: string; dots: number }>(
      `SELECT category_id, SUM(dots) AS dots FROM interest_dots WHERE vote_id = ?
        GROUP BY category_id ORDER BY dots DESC, category_id`,
    ),
    matrices: db.prepare<
      [{ boardId: string; key: string; rowid: number; limit: number }],
      {
        rowid: number;
        vote_id: string;
        round_id: string | null;
        split: 'fixed' | 'median';
        points: string;
        created_at: string;
      }
    >(
      `SELECT rowid, vote_id, round_id, split, points, created_at FROM materiality_matrices
        WHERE board_id = @boardId AND (created_at, rowid) > (@key, @rowid)
        ORDER BY created_at, rowid LIMIT @limit`,
    ),
    sessions: db.prepare<
      [{ boardId: string; key: string; rowid: number; limit: number }],
      { rowid: number; id: string; started_at: string }
    >(
      `SELECT rowid, id, started_at FROM workshop_sessions
        WHERE board_id = @boardId AND (started_at, rowid) > (@key, @rowid)
        ORDER BY started_at, rowid LIMIT @limit`,
    ),
    sessionWords: db.prepare<
      [string],
      { activity_id: string; key: string; text: string; count: number }
    >(
      `SELECT w.activity_id, w.word_key AS key,
              (SELECT text FROM workshop_words f WHERE f.session_id = w.session_id
                 AND f.activity_id = w.activity_id AND f.word_key = w.word_key
               ORDER BY f.id LIMIT 1) AS text,
              COUNT(*) AS count
         FROM workshop_words w
        WHERE w.session_id = ?
          AND NOT EXISTS (SELECT 1 FROM workshop_hidden h WHERE h.session_id = w.session_id
                            AND h.activity_id = w.activity_id AND h.entry = w.word_key)
        GROUP BY w.activity_id, w.word_key
        ORDER BY w.activity_id, count DESC, MIN(w.id)`,
    ),
    sessionIdeas: db.prepare<
      [string],
      {
        activity_id: string;
        id: string;
        text: string;
        dimension: 'ecological' | 'economic' | 'social';
        created_at: string;
        suggestion_id: string | null;
        upvotes: number;
      }
    >(
      `SELECT i.activity_id, i.id, i.text, i.dimension, i.created_at, i.suggestion_id,
              (SELECT COUNT(*) FROM workshop_upvotes u WHERE u.idea_id = i.id) AS upvotes
         FROM workshop_ideas i
        WHERE i.session_id = ?
          AND NOT EXISTS (SELECT 1 FROM workshop_hidden h WHERE h.session_id = i.session_id
                            AND h.activity_id = i.activity_id AND h.entry = i.id)
        ORDER BY i.activity_id, i.created_at, i.rowid`,
    ),
    announcements: db.prepare<
      [{ boardId: string; key: string; rowid: number; limit: number }],
      Paged<AnnouncementRow>
    >(
      `SELECT rowid, * FROM announcements
        WHERE board_id = @boardId AND (published_at, rowid) > (@key, @rowid)
        ORDER BY published_at, rowid LIMIT @limit`,
    ),
    meetings: db.prepare<
      [{ boardId: string; key: string; rowid: number; limit: number }],
      Paged<MeetingRow>
    >(
      `SELECT rowid, * FROM board_meetings
        WHERE board_id = @boardId AND (started_at, rowid) > (@key, @rowid)
        ORDER BY started_at, rowid LIMIT @limit`,
    ),
    followUps: db.prepare<
      [{ boardId: string; key: string; rowid: number; limit: number }],
      Paged<FollowUpRow>
    >(
      `SELECT rowid, * FROM follow_ups
        WHERE board_id = @boardId AND (started_at, rowid) > (@key, @rowid)
        ORDER BY started_at, rowid LIMIT @limit`,
    ),
    actions: db.prepare<
      [{ boardId: string; key: string; rowid: number; limit: number }],
      ExportActionRow
    >(
      `SELECT a.rowid, a.*, f.started_at AS follow_up_started_at
         FROM actions a LEFT JOIN follow_ups f ON f.id = a.follow_up_id
        WHERE a.board_id = @boardId AND (a.created_at, a.rowid) > (@key, @rowid)
        ORDER BY a.created_at, a.rowid LIMIT @limit`,
    ),
  };

  const byBoard = (boardId: string, after: Keyset) => ({ boardId, ...after, ...page });

  return {
    suggestions: (boardId: string, after: Keyset) => q.suggestions.all(byBoard(boardId, after)),
    historyOf: (suggestionIds: readonly string[]) => q.history.all(JSON.stringify(suggestionIds)),
    commentsOf: (suggestionIds: readonly string[]) => q.comments.all(JSON.stringify(suggestionIds)),
    goals: (boardId: string, after: Keyset) => q.goals.all(byBoard(boardId, after)),
    measurements: (goalId: string, after: Keyset) =>
      q.measurements.all({ goalId, ...after, ...page }),
    rounds: (boardId: string, afterOrdinal: number) =>
      q.rounds.all({ boardId, ordinal: afterOrdinal, ...page }),
    questionTexts: (boardId: string, roundId: string) => q.questionTexts.all(boardId, roundId),
    votes: (boardId: string, after: Keyset) => q.votes.all(byBoard(boardId, after)),
    voteDots: (voteId: string) => q.voteDots.all(voteId),
    matrices: (boardId: string, after: Keyset) => q.matrices.all(byBoard(boardId, after)),
    sessions: (boardId: string, after: Keyset) => q.sessions.all(byBoard(boardId, after)),
    sessionWords: (sessionId: string) => q.sessionWords.all(sessionId),
    sessionIdeas: (sessionId: string) => q.sessionIdeas.all(sessionId),
    announcements: (boardId: string, after: Keyset) => q.announcements.all(byBoard(boardId, after)),
    meetings: (boardId: string, after: Keyset) => q.meetings.all(byBoard(boardId, after)),
    followUps: (boardId: string, after: Keyset) => q.followUps.all(byBoard(boardId, after)),
    actions: (boardId: string, after: Keyset) => q.actions.all(byBoard(boardId, after)),
  };
}

export type ExportRepository = ReturnType<typeof createExportRepository>;
