import type { ActionOutcome, ActionState, GoalOutcome, GoalStatus, NoteKind } from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import type { ActionRow, FollowUpRow } from './follow-up-reads.js';

export interface NoteRow {
  id: string;
  follow_up_id: string;
  kind: NoteKind;
  text: string;
  device_id: string | null;
  user_id: string | null;
  created_at: string;
  hidden_at: string | null;
  hidden_by: string | null;
}

/** Who wrote a note: a phone, or a lead (who writes as a lead, never as a device). */
export type NoteAuthor = { deviceId: string; userId: null } | { deviceId: null; userId: string };

/**
 * Step 7's writes: follow-ups, their goal snapshots, notes, votes, pulse and the actions they
 * carry over and decide. The reads screens see are in follow-up-reads.ts.
 */
export function createFollowUpRepository(db: Db) {
  const q = {
    insert: db.prepare<[FollowUpRow]>(
      `INSERT INTO follow_ups (id, board_id, kind, step, started_at, started_by, ended_at,
                               learning, next_date, round_id, answers, answers_sent)
       VALUES (@id, @board_id, @kind, @step, @started_at, @started_by, @ended_at, @learning,
               @next_date, @round_id, @answers, @answers_sent)`,
    ),
    unsentBoards: db.prepare<[], { board_id: string }>(
      'SELECT DISTINCT board_id FROM follow_ups WHERE answers <> answers_sent',
    ),
    setStep: db.prepare<[string, string, string]>(
      'UPDATE follow_ups SET step = ? WHERE id = ? AND step = ? AND ended_at IS NULL',
    ),
    setLearning: db.prepare<[string | null, string]>(
      'UPDATE follow_ups SET learning = ? WHERE id = ? AND ended_at IS NULL',
    ),
    end: db.prepare<[string, string, string]>(
      'UPDATE follow_ups SET ended_at = ?, next_date = ? WHERE id = ? AND ended_at IS NULL',
    ),
    answerMade: db.prepare<[string]>('UPDATE follow_ups SET answers = answers + 1 WHERE id = ?'),
    markSent: db.prepare<[string]>('UPDATE follow_ups SET answers_sent = answers WHERE id = ?'),

    // Every open or ongoing action of the board goes into the new follow-up, not yet judged.
    carryOver: db.prepare<[string, string]>(
      `INSERT INTO follow_up_action_reviews (follow_up_id, action_id, outcome)
       SELECT ?, id, NULL FROM actions WHERE board_id = ? AND state IN ('open', 'ongoing')`,
    ),
    review: db.prepare<[string, string], { outcome: ActionOutcome | null }>(
      'SELECT outcome FROM follow_up_action_reviews WHERE follow_up_id = ? AND action_id = ?',
    ),
    setReview: db.prepare<[ActionOutcome | null, string, string]>(
      'UPDATE follow_up_action_reviews SET outcome = ? WHERE follow_up_id = ? AND action_id = ?',
    ),
    // An action an earlier follow-up judged "ongoing" is ongoing again when this one's verdict
    // is taken back; otherwise it is open.
    ongoingBefore: db.prepare<[string, string], { n: number }>(
      `SELECT COUNT(*) AS n FROM follow_up_action_reviews
        WHERE action_id = ? AND follow_up_id <> ? AND outcome = 'ongoing'`,
    ),

    insertGoal: db.prepare<
      [
        {
          followUpId: string;
          goalId: string;
          percent: number | null;
          status: GoalStatus | null;
        },
      ]
    >(
      `INSERT INTO follow_up_goals (follow_up_id, goal_id, percent, status, outcome)
       VALUES (@followUpId, @goalId, @percent, @status, NULL)`,
    ),
    setGoalOutcome: db.prepare<[GoalOutcome | null, string, string]>(
      'UPDATE follow_up_goals SET outcome = ? WHERE follow_up_id = ? AND goal_id = ?',
    ),

    note: db.prepare<[string], NoteRow>('SELECT * FROM follow_up_notes WHERE id = ?'),
    insertNote: db.prepare<[NoteRow]>(
      `INSERT INTO follow_up_notes (id, follow_up_id, kind, text, device_id, user_id, created_at,
                                    hidden_at, hidden_by)
       VALUES (@id, @follow_up_id, @kind, @text, @device_id, @user_id, @created_at, @hidden_at,
               @hidden_by)`,
    ),
    // Hidden notes count too: a note hidden for abuse does not make room for another.
    deviceNoteCount: db.prepare<[string, string], { n: number }>(
      'SELECT COUNT(*) AS n FROM follow_up_notes WHERE follow_up_id = ? AND device_id = ?',
    ),
    userNoteCount: db.prepare<[string, string], { n: number }>(
      'SELECT COUNT(*) AS n FROM follow_up_notes WHERE follow_up_id = ? AND user_id = ?',
    ),
    deviceNoteIds: db.prepare<[string, string], { id: string }>(
      `SELECT id FROM follow_up_notes
        WHERE follow_up_id = ? AND device_id = ? AND hidden_at IS NULL ORDER BY created_at, id`,
    ),
    hideNote: db.prepare<[string, string, string]>(
      'UPDATE follow_up_notes SET hidden_at = ?, hidden_by = ? WHERE id = ? AND hidden_at IS NULL',
    ),
    deleteNoteVotes: db.prepare<[string]>('DELETE FROM follow_up_votes WHERE note_id = ?'),

    votedBy: db.prepare<[string, string], { note_id: string }>(
      `SELECT note_id FROM follow_up_votes WHERE follow_up_id = ? AND device_id = ?
        ORDER BY note_id`,
    ),
    deleteVotes: db.prepare<[string, string]>(
      'DELETE FROM follow_up_votes WHERE follow_up_id = ? AND device_id = ?',
    ),
    insertVote: db.prepare<[string, string, string, string]>(
      `INSERT INTO follow_up_votes (note_id, device_id, follow_up_id, created_at)
       VALUES (?, ?, ?, ?)`,
    ),

    upsertPulse: db.prepare<[string, string, 'involved' | 'contribute', number, string]>(
      `INSERT INTO follow_up_pulse (follow_up_id, device_id, question, value, answered_at)
       VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (follow_up_id, device_id, question) DO UPDATE SET
         value = excluded.value, answered_at = excluded.answered_at`,
    ),
    pulseOf: db.prepare<[string, string], { question: 'involved' | 'contribute'; value: number }>(
      'SELECT question, value FROM follow_up_pulse WHERE follow_up_id = ? AND device_id = ?',
    ),

    action: db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE id = ?'),
    insertAction: db.prepare<[ActionRow]>(
      `INSERT INTO actions (id, board_id, follow_up_id, text, owner, due_date, state, created_at,
                            created_by, closed_at)
       VALUES (@id, @board_id, @follow_up_id, @text, @owner, @due_date, @state, @created_at,
               @created_by, @closed_at)`,
    ),
    decidedCount: db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM actions WHERE follow_up_id = ?',
    ),
    setActionState: db.prepare<[ActionState, string | null, string]>(
      'UPDATE actions SET state = ?, closed_at = ? WHERE id = ?',
    ),
    editAction: db.prepare<
      [Pick<ActionRow, 'id' | 'text' | 'owner' | 'due_date' | 'state' | 'closed_at'>]
    >(
      `UPDATE actions SET text = @text, owner = @owner, due_date = @due_date, state = @state,
                          closed_at = @closed_at
        WHERE id = @id`,
    ),
    openActions: db.prepare<[string], ActionRow>(
      `SELECT * FROM actions WHERE board_id = ? AND state IN ('open', 'ongoing')
        ORDER BY due_date, created_at, rowid`,
    ),
    actionCounts: db.prepare<
      [{ boardId: string; today: string }],
      { open: number; overdue: number }
    >(
      `SELECT COUNT(*) AS open, COALESCE(SUM(due_date < @today), 0) AS overdue
         FROM actions WHERE board_id = @boardId AND state IN ('open', 'ongoing')`,
    ),
  };

  return {
    insert: (row: FollowUpRow) => q.insert.run(row),
    /** Boards with a follow-up whose tallies were stored but not sent (a crash, at start). */
    unsentBoards: () => q.unsentBoards.all().map((row) => row.board_id),
    /** Moves from `from` to `to`; false when the follow-up was no longer at `from`. */
    move: (id: string, from: string, to: string) => q.setStep.run(to, id, from).changes === 1,
    setLearning: (id: string, learning: string | null) =>
      q.setLearning.run(learning, id).changes === 1,
    end: (id: string, at: string, nextDate: string) => q.end.run(at, nextDate, id).changes === 1,
    answerMade: (id: string) => q.answerMade.run(id),
    /** The live state going out now holds every answer stored so far. */
    markSent: (id: string) => q.markSent.run(id),

    carryOver: (followUpId: string, boardId: string) => q.carryOver.run(followUpId, boardId),
    review: (followUpId: string, actionId: string) => q.review.get(followUpId, actionId),
    setReview: (followUpId: string, actionId: string, outcome: ActionOutcome | null) =>
      q.setReview.run(outcome, followUpId, actionId),
    wasOngoingBefore: (actionId: string, followUpId: string) =>
      (q.ongoingBefore.get(actionId, followUpId)?.n ?? 0) > 0,

    insertGoal: (row: {
      followUpId: string;
      goalId: string;
      percent: number | null;
      status: GoalStatus | null;
    }) => q.insertGoal.run(row),
    /** False when the goal is not one of the follow-up's. */
    setGoalOutcome: (followUpId: string, goalId: string, outcome: GoalOutcome | null) =>
      q.setGoalOutcome.run(outcome, followUpId, goalId).changes === 1,

    note: (id: string) => q.note.get(id),
    insertNote: (row: NoteRow) => q.insertNote.run(row),
    noteCount: (followUpId: string, author: NoteAuthor) =>
      (author.deviceId !== null
        ? q.deviceNoteCount.get(followUpId, author.deviceId)
        : q.userNoteCount.get(followUpId, author.userId)
      )?.n ?? 0,
    deviceNoteIds: (followUpId: string, deviceId: string) =>
      q.deviceNoteIds.all(followUpId, deviceId).map((row) => row.id),
    /** Hides a note and drops its votes; false when it was hidden already. */
    hideNote(noteId: string, at: string, userId: string): boolean {
      if (q.hideNote.run(at, userId, noteId).changes !== 1) return false;
      q.deleteNoteVotes.run(noteId);
      return true;
    },

    votedBy: (followUpId: string, deviceId: string) =>
      q.votedBy.all(followUpId, deviceId).map((row) => row.note_id),
    /** Replaces the device's votes in the follow-up with these. */
    replaceVotes(followUpId: string, deviceId: string, noteIds: readonly string[], at: string) {
      q.deleteVotes.run(followUpId, deviceId);
      for (const noteId of noteIds) q.insertVote.run(noteId, deviceId, followUpId, at);
    },

    setPulse(
      followUpId: string,
      deviceId: string,
      involved: number,
      contribute: number,
      at: string,
    ) {
      q.upsertPulse.run(followUpId, deviceId, 'involved', involved, at);
      q.upsertPulse.run(followUpId, deviceId, 'contribute', contribute, at);
    },
    pulseOf(followUpId: string, deviceId: string): { involved: number; contribute: number } | null {
      const rows = q.pulseOf.all(followUpId, deviceId);
      const involved = rows.find((row) => row.question === 'involved')?.value;
      const contribute = rows.find((row) => row.question === 'contribute')?.value;
      return involved === undefined || contribute === undefined ? null : { involved, contribute };
    },

    action: (id: string) => q.action.get(id),
    insertAction: (row: ActionRow) => q.insertAction.run(row),
    decidedCount: (followUpId: string) => q.decidedCount.get(followUpId)?.n ?? 0,
    setActionState: (id: string, state: ActionState, closedAt: string | null) =>
      q.setActionState.run(state, closedAt, id),
    editAction: (
      row: Pick<ActionRow, 'id' | 'text' | 'owner' | 'due_date' | 'state' | 'closed_at'>,
    ) => q.editAction.run(row),
    openActions: (boardId: string) => q.openActions.all(boardId),
    /** Open and ongoing actions, and how many of them are past their due date on `today`. */
    actionCounts: (boardId: string, today: string) =>
      q.actionCounts.get({ boardId, today }) ?? { open: 0, overdue: 0 },
  };
}

export type FollowUpRepository = ReturnType<typeof createFollowUpRepository>;
