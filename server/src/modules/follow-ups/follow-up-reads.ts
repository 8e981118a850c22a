import {
  FOLLOW_UP_LIMITS,
  FOLLOW_UP_STEPS,
  pulseMean,
  stepsOf,
  type Action,
  type ActionOutcome,
  type ActionState,
  type FollowUpDetail,
  type FollowUpKind,
  type FollowUpLive,
  type FollowUpState,
  type FollowUpStep,
  type FollowUpSummary,
  type GoalOutcome,
  type GoalStatus,
  type MeetingSlot,
  type Note,
  type NoteKind,
  type PulseResult,
} from '@tavla/shared';
import type { Db } from '../../db/open-database.js';

export interface FollowUpRow {
  id: string;
  board_id: string;
  kind: FollowUpKind;
  step: FollowUpStep;
  started_at: string;
  started_by: string | null;
  ended_at: string | null;
  learning: string | null;
  next_date: string | null;
  round_id: string | null;
  answers: number;
  answers_sent: number;
}

export interface ActionRow {
  id: string;
  board_id: string;
  follow_up_id: string | null;
  text: string;
  owner: string;
  due_date: string;
  state: ActionState;
  created_at: string;
  created_by: string | null;
  closed_at: string | null;
}

export interface MeetingRow {
  id: string;
  board_id: string;
  since: string;
  started_at: string;
  started_by: string | null;
  ended_at: string | null;
}

interface NoteRow {
  id: string;
  kind: NoteKind;
  text: string;
  created_at: string;
  hidden_at: string | null;
  votes: number;
}

export const toAction = (row: ActionRow): Action => ({
  id: row.id,
  text: row.text,
  owner: row.owner,
  dueDate: row.due_date,
  state: row.state,
  followUpId: row.follow_up_id,
  createdAt: row.created_at,
  closedAt: row.closed_at,
});

const stepIndex = (step: FollowUpStep): number => FOLLOW_UP_STEPS.indexOf(step);

/** Notes are shown from the vote on; their votes once the vote step is over (or it ended). */
export const notesShown = (row: Pick<FollowUpRow, 'step' | 'ended_at'>): boolean =>
  row.ended_at !== null || stepIndex(row.step) >= stepIndex('vote');
const votesShown = (row: Pick<FollowUpRow, 'step' | 'ended_at'>): boolean =>
  row.ended_at !== null || stepIndex(row.step) > stepIndex('vote');

/**
 * Step 7 as screens see it, read straight from the tables: the method state's `followUp`
 * part, a follow-up's kept record, and the list. Kept apart from the service so the method
 * state (which the service commits changes through) can compose it, like the workshop's and
 * the announcements' reads.
 */
export function createFollowUpReads(db: Db) {
  const liveMeeting = db.prepare<[string], MeetingRow>(
    'SELECT * FROM board_meetings WHERE board_id = ? AND ended_at IS NULL',
  );
  const liveFollowUp = db.prepare<[string], FollowUpRow>(
    'SELECT * FROM follow_ups WHERE board_id = ? AND ended_at IS NULL',
  );
  const byId = db.prepare<[string, string], FollowUpRow>(
    'SELECT * FROM follow_ups WHERE id = ? AND board_id = ?',
  );
  const ofBoard = db.prepare<[string], FollowUpRow>(
    'SELECT * FROM follow_ups WHERE board_id = ? ORDER BY started_at DESC',
  );
  const latestEnded = db.prepare<[string], FollowUpRow>(
    `SELECT * FROM follow_ups WHERE board_id = ? AND ended_at IS NOT NULL
      ORDER BY ended_at DESC LIMIT 1`,
  );
  // What the live state counts, in one query (it is read for every change a burst sends).
  const liveCounts = db.prepare<
    [{ id: string }],
    { went_well: number; do_better: number; writers: number; voters: number; pulse: number }
  >(
    `SELECT COALESCE(SUM(kind = 'went_well'), 0) AS went_well,
            COALESCE(SUM(kind = 'do_better'), 0) AS do_better,
            COUNT(DISTINCT COALESCE(device_id, user_id)) AS writers,
            (SELECT COUNT(DISTINCT device_id) FROM follow_up_votes WHERE follow_up_id = @id)
              AS voters,
            (SELECT COUNT(DISTINCT device_id) FROM follow_up_pulse WHERE follow_up_id = @id)
              AS pulse
       FROM follow_up_notes WHERE follow_up_id = @id AND hidden_at IS NULL`,
  );
  const notes = db.prepare<[string], NoteRow>(
    `SELECT n.id, n.kind, n.text, n.created_at, n.hidden_at,
            (SELECT COUNT(*) FROM follow_up_votes v WHERE v.note_id = n.id) AS votes
       FROM follow_up_notes n WHERE n.follow_up_id = ?
      ORDER BY votes DESC, n.created_at DESC`,
  );
  // The same without the hidden notes (their votes are not counted for nothing).
  const notesNotHidden = db.prepare<[string], NoteRow>(
    `SELECT n.id, n.kind, n.text, n.created_at, n.hidden_at,
            (SELECT COUNT(*) FROM follow_up_votes v WHERE v.note_id = n.id) AS votes
       FROM follow_up_notes n WHERE n.follow_up_id = ? AND n.hidden_at IS NULL
      ORDER BY votes DESC, n.created_at DESC`,
  );
  const pulseAnswers = db.prepare<
    [string],
    { device_id: string; question: 'involved' | 'contribute'; value: number }
  >('SELECT device_id, question, value FROM follow_up_pulse WHERE follow_up_id = ?');
  const openActions = db.prepare<[string, number], ActionRow>(
    `SELECT * FROM actions WHERE board_id = ? AND state IN ('open', 'ongoing')
      ORDER BY due_date, created_at, rowid LIMIT ?`,
  );
  const carried = db.prepare<[string], ActionRow & { outcome: ActionOutcome | null }>(
    `SELECT a.*, r.outcome FROM follow_up_action_reviews r
       JOIN actions a ON a.id = r.action_id
      WHERE r.follow_up_id = ? ORDER BY a.due_date, a.created_at, a.rowid`,
  );
  const decided = db.prepare<[string], ActionRow>(
    'SELECT * FROM actions WHERE follow_up_id = ? ORDER BY created_at, rowid',
  );
  const goals = db.prepare<
    [{ followUpId: string; boardId: string; startedAt: string }],
    {
      goal_id: string;
      title: string;
      dimension: FollowUpDetail['goals'][number]['dimension'];
      percent: number | null;
      status: GoalStatus | null;
      outcome: GoalOutcome | null;
      previous_percent: number | null;
    }
  >(
    `SELECT fg.goal_id, g.title, g.dimension, fg.percent, fg.status, fg.outcome,
            (SELECT pg.percent FROM follow_up_goals pg JOIN follow_ups p ON p.id = pg.follow_up_id
              WHERE pg.goal_id = fg.goal_id AND p.board_id = @boardId
                AND p.started_at < @startedAt
              ORDER BY p.started_at DESC LIMIT 1) AS previous_percent
       FROM follow_up_goals fg JOIN goals g ON g.id = fg.goal_id
      WHERE fg.follow_up_id = @followUpId ORDER BY g.created_at`,
  );
  const round = db.prepare<[string], { id: string; name: string; previous_name: string | null }>(
    `SELECT r.id, r.name,
            (SELECT p.name FROM analysis_rounds p
              WHERE p.board_id = r.board_id AND p.finished_at IS NOT NULL AND p.ordinal < r.ordinal
              ORDER BY p.ordinal DESC LIMIT 1) AS previous_name
       FROM analysis_rounds r WHERE r.id = ?`,
  );
  // The list's counts and pulse answers, one query each for all of a board's follow-ups.
  const noteTotals = db.prepare<[string], { follow_up_id: string; notes: number }>(
    `SELECT n.follow_up_id, COUNT(*) AS notes
       FROM follow_up_notes n JOIN follow_ups f ON f.id = n.follow_up_id
      WHERE f.board_id = ? AND n.hidden_at IS NULL GROUP BY n.follow_up_id`,
  );
  const actionTotals = db.prepare<[string], { follow_up_id: string; actions: number }>(
    `SELECT a.follow_up_id, COUNT(*) AS actions
       FROM actions a JOIN follow_ups f ON f.id = a.follow_up_id
      WHERE f.board_id = ? GROUP BY a.follow_up_id`,
  );
  const boardPulse = db.prepare<
    [string],
    { follow_up_id: string; device_id: string; question: 'involved' | 'contribute'; value: number }
  >(
    `SELECT p.follow_up_id, p.device_id, p.question, p.value
       FROM follow_up_pulse p JOIN follow_ups f ON f.id = p.follow_up_id
      WHERE f.board_id = ?`,
  );

  /** The pulse result of one follow-up's answers (each a device's answer to one question). */
  function pulseResult(
    answers: readonly { device_id: string; question: 'involved' | 'contribute'; value: number }[],
  ): PulseResult {
    const of = (question: 'involved' | 'contribute') =>
      pulseMean(answers.filter((a) => a.question === question).map((a) => a.value));
    return {
      respondents: new Set(answers.map((a) => a.device_id)).size,
      involved: of('involved'),
      contribute: of('contribute'),
    };
  }

  function pulseOf(followUpId: string): PulseResult {
    return pulseResult(pulseAnswers.all(followUpId));
  }

  function notesOf(row: FollowUpRow, withHidden: boolean): Note[] {
    const showVotes = votesShown(row);
    return (withHidden ? notes : notesNotHidden).all(row.id).map((note) => ({
      id: note.id,
      kind: note.kind,
      text: note.text,
      votes: showVotes ? note.votes : null,
      createdAt: note.created_at,
      ...(withHidden ? { hidden: note.hidden_at !== null } : {}),
    }));
  }

  /** The live state; `all` are its shown notes when the caller has read them already. */
  function live(row: FollowUpRow, all?: Note[]): FollowUpLive {
    const counts = liveCounts.get({ id: row.id }) ?? {
      went_well: 0,
      do_better: 0,
      writers: 0,
      voters: 0,
      pulse: 0,
    };
    let shown: Note[] | null = null;
    if (notesShown(row)) {
      const notes = all ?? notesOf(row, false);
      shown = (['went_well', 'do_better'] as const).flatMap((kind) =>
        notes.filter((note) => note.kind === kind).slice(0, FOLLOW_UP_LIMITS.wallNotesPerKind),
      );
    }
    return {
      id: row.id,
      kind: row.kind,
      step: row.step,
      steps: [...stepsOf(row.kind)],
      startedAt: row.started_at,
      notes: { wentWell: counts.went_well, doBetter: counts.do_better, writers: counts.writers },
      voters: counts.voters,
      pulseRespondents: counts.pulse,
      shown,
      learning: row.learning,
    };
  }

  /** A follow-up as the lead runs it and as it is kept (hidden notes flagged, for the lead). */
  function detail(row: FollowUpRow): FollowUpDetail {
    const analysis = row.round_id === null ? undefined : round.get(row.round_id);
    const counts = liveCounts.get({ id: row.id }) ?? { writers: 0, voters: 0 };
    return {
      id: row.id,
      boardId: row.board_id,
      kind: row.kind,
      step: row.step,
      steps: [...stepsOf(row.kind)],
      startedAt: row.started_at,
      endedAt: row.ended_at,
      carried: carried.all(row.id).map((action) => ({
        action: toAction(action),
        outcome: action.outcome,
      })),
      goals: goals
        .all({ followUpId: row.id, boardId: row.board_id, startedAt: row.started_at })
        .map((goal) => ({
          goalId: goal.goal_id,
          title: goal.title,
          dimension: goal.dimension,
          percent: goal.percent,
          previousPercent: goal.previous_percent,
          status: goal.status,
          outcome: goal.outcome,
        })),
      notes: notesOf(row, true),
      writers: counts.writers,
      voters: counts.voters,
      newActions: decided.all(row.id).map(toAction),
      learning: row.learning,
      pulse: pulseOf(row.id),
      analysis: analysis
        ? { roundId: analysis.id, name: analysis.name, previousName: analysis.previous_name }
        : null,
      nextDate: row.next_date,
    };
  }

  return {
    byId: (boardId: string, followUpId: string): FollowUpRow | undefined =>
      byId.get(followUpId, boardId),
    liveRow: (boardId: string): FollowUpRow | undefined => liveFollowUp.get(boardId),
    liveMeeting: (boardId: string): MeetingRow | undefined => liveMeeting.get(boardId),
    live,
    notesOf,
    pulseOf,

    /** The method state's step-7 part; `slot` comes from the board's settings row. */
    state(boardId: string, slot: MeetingSlot | null): FollowUpState {
      const meeting = liveMeeting.get(boardId);
      const running = liveFollowUp.get(boardId);
      const latest = latestEnded.get(boardId);
      return {
        meeting: {
          live: meeting
            ? { id: meeting.id, startedAt: meeting.started_at, since: meeting.since }
            : null,
          slot,
        },
        live: running ? live(running) : null,
        actions: openActions.all(boardId, FOLLOW_UP_LIMITS.wallActionsMax).map(toAction),
        latest:
          latest?.ended_at != null
            ? {
                id: latest.id,
                endedAt: latest.ended_at,
                learning: latest.learning,
                nextDate: latest.next_date,
              }
            : null,
      };
    },

    detail,

    /** The kept follow-ups, newest first, and the next follow-up's date. */
    list(boardId: string): { followUps: FollowUpSummary[]; nextDate: string | null } {
      const rows = ofBoard.all(boardId);
      const notes = new Map(noteTotals.all(boardId).map((t) => [t.follow_up_id, t.notes]));
      const actions = new Map(actionTotals.all(boardId).map((t) => [t.follow_up_id, t.actions]));
      const pulse = new Map<
        string,
        { device_id: string; question: 'involved' | 'contribute'; value: number }[]
      >();
      for (const answer of boardPulse.all(boardId)) {
        const of = pulse.get(answer.follow_up_id);
        if (of) of.push(answer);
        else pulse.set(answer.follow_up_id, [answer]);
      }
      return {
        followUps: rows.map((row) => ({
          id: row.id,
          kind: row.kind,
          startedAt: row.started_at,
          endedAt: row.ended_at,
          learning: row.learning,
          notes: notes.get(row.id) ?? 0,
          newActions: actions.get(row.id) ?? 0,
          pulse: pulseResult(pulse.get(row.id) ?? []),
          nextDate: row.next_date,
        })),
        nextDate: latestEnded.get(boardId)?.next_date ?? null,
      };
    },

    /** The latest ended follow-up's row (the roadmap's step 7). */
    latestEnded: (boardId: string): FollowUpRow | undefined => latestEnded.get(boardId),

    /** The latest ended follow-up, whole (the report). */
    latestDetail(boardId: string): FollowUpDetail | null {
      const row = latestEnded.get(boardId);
      return row ? detail(row) : null;
    },
  };
}

export type FollowUpReads = ReturnType<typeof createFollowUpReads>;
