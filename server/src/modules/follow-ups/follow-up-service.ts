import {
  FOLLOW_UP_LIMITS,
  goalProgress,
  stepsOf,
  type Action,
  type ActionEditBody,
  type ActionOutcome,
  type FollowUpCurrent,
  type FollowUpDetail,
  type FollowUpKind,
  type FollowUpList,
  type FollowUpMine,
  type FollowUpStep,
  type Goal,
  type GoalOutcome,
  type NewActionBody,
  type Note,
  type NoteBody,
  type PulseBody,
} from '@tavla/shared';
import type { Db } from '../../db/open-database.js';
import { AppError, conflict, invalid, notFound } from '../../http/app-error.js';
import { createGroupCommit } from '../../lib/group-commit.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/random-token.js';
import type { AnalysisRepository } from '../analysis/analysis-repository.js';
import type { UserRow } from '../accounts/account-repository.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRow } from '../boards/board-repository.js';
import type { MethodStateService } from '../method/method-state.js';
import { notesShown, toAction, type FollowUpReads, type FollowUpRow } from './follow-up-reads.js';
import type { FollowUpRepository, NoteAuthor } from './follow-up-repository.js';
import type { FollowUpTallies } from './follow-up-tallies.js';

const notLive = () =>
  new AppError(409, 'follow_up_not_live', 'The follow-up has ended: it takes no more changes.');
const wrongStep = (step: FollowUpStep) =>
  new AppError(409, 'follow_up_wrong_step', `The follow-up is not at the ${step} step now.`);

const emptyMine = (): FollowUpMine => ({ noteIds: [], votedNoteIds: [], pulse: null });

type PhoneItem =
  | { what: 'note'; board: BoardRow; followUpId: string; author: NoteAuthor; body: NoteBody }
  | { what: 'votes'; board: BoardRow; followUpId: string; deviceId: string; noteIds: string[] }
  | { what: 'pulse'; board: BoardRow; followUpId: string; deviceId: string; body: PulseBody };

type PhoneOut = { note: Note; created: boolean } | { mine: FollowUpMine };

/**
 * Step 7 of the method, the follow-up: a lead runs a short template step by step at the board
 * meeting (the actions carried over, the goals, what went well and what can be done better
 * written and voted on from the phones, new actions, what we learned, the pulse). Every screen
 * follows the live follow-up in the method state (`MethodState.followUp`).
 *
 * A lead's change commits one sequenced `method:updated` change at once. Phones' notes, votes
 * and pulse answers are stored at once with group commit (one transaction for a turn of the
 * event loop, like workshop answers) and their tallies go out coalesced (follow-up-tallies.ts).
 */
export function createFollowUpService(deps: {
  db: Db;
  repo: FollowUpRepository;
  reads: FollowUpReads;
  tallies: FollowUpTallies;
  method: MethodStateService;
  analysis: AnalysisRepository;
  listGoals: (board: BoardRow) => Goal[];
  boardChanges: BoardChanges;
  clock: Clock;
}) {
  const { db, repo, reads, tallies, method, boardChanges, clock } = deps;

  function rowOf(board: BoardRow, followUpId: string): FollowUpRow {
    const row = reads.byId(board.id, followUpId);
    if (!row) throw notFound('There is no such follow-up on this board.');
    return row;
  }

  function liveRowOf(board: BoardRow, followUpId: string): FollowUpRow {
    const row = rowOf(board, followUpId);
    if (row.ended_at !== null) throw notLive();
    return row;
  }

  /** Commits a lead's change; the state going out holds every answer stored so far. */
  function commitLive(board: BoardRow, followUpId: string, apply: (at: string) => void) {
    boardChanges.commit(board, (seq, at) => {
      apply(at);
      repo.markSent(followUpId);
      return method.changed(board, seq);
    });
    return reads.detail(rowOf(board, followUpId));
  }

  /** Inside a transaction: the follow-up again, refused unless it is live and at `step`. */
  function atStep(board: BoardRow, followUpId: string, step: FollowUpStep): FollowUpRow {
    const row = liveRowOf(board, followUpId);
    if (row.step !== step) throw wrongStep(step);
    return row;
  }

  function mineOf(followUpId: string, deviceId: string): FollowUpMine {
    return {
      noteIds: repo.deviceNoteIds(followUpId, deviceId),
      votedNoteIds: repo.votedBy(followUpId, deviceId),
      pulse: repo.pulseOf(followUpId, deviceId),
    };
  }

  function toNote(row: FollowUpRow, noteId: string): Note {
    // The author's own note as phones see notes (without the lead's hidden flag).
    const note = reads.notesOf(row, true).find((candidate) => candidate.id === noteId);
    if (!note) throw new Error(`note ${noteId} just stored is missing`);
    return {
      id: note.id,
      kind: note.kind,
      text: note.text,
      votes: note.votes,
      createdAt: note.createdAt,
    };
  }

  // ── Phones' answers (group commit) ───────────────────────────────────────────────────────

  function storeNote(item: Extract<PhoneItem, { what: 'note' }>): PhoneOut {
    const { board, followUpId, author, body } = item;
    const seen = repo.note(body.id);
    if (seen) {
      // A retry: answered as stored. Another author's (or follow-up's) id is a conflict.
      const same =
        seen.follow_up_id === followUpId &&
        seen.device_id === author.deviceId &&
        seen.user_id === author.userId;
      if (!same) throw conflict('A different note already uses this id.');
      return { note: toNote(rowOf(board, followUpId), seen.id), created: false };
    }
    atStep(board, followUpId, 'write');
    // The edge normalised the text (trimmed) and NoteBodySchema held it to its length.
    const { text } = body;
    const at = clock.now().toISOString();
    if (repo.noteCount(followUpId, author) >= FOLLOW_UP_LIMITS.notesPerDevice) {
      throw new AppError(
        400,
        'too_many_notes',
        `A device writes at most ${FOLLOW_UP_LIMITS.notesPerDevice} notes in a follow-up.`,
        { field: 'text' },
      );
    }
    repo.insertNote({
      id: body.id,
      follow_up_id: followUpId,
      kind: body.kind,
      text,
      device_id: author.deviceId,
      user_id: author.userId,
      created_at: at,
      hidden_at: null,
      hidden_by: null,
    });
    repo.answerMade(followUpId);
    // Written in the write step, so its votes are not shown yet.
    return {
      note: { id: body.id, kind: body.kind, text, votes: null, createdAt: at },
      created: true,
    };
  }

  function storeVotes(item: Extract<PhoneItem, { what: 'votes' }>): PhoneOut {
    const { board, followUpId, deviceId, noteIds } = item;
    atStep(board, followUpId, 'vote');
    if (noteIds.length > FOLLOW_UP_LIMITS.votesPerDevice) {
      throw new AppError(
        400,
        'too_many_votes',
        `A device gives at most ${FOLLOW_UP_LIMITS.votesPerDevice} votes in a follow-up.`,
        { field: 'noteIds' },
      );
    }
    for (const noteId of noteIds) {
      const note = repo.note(noteId);
      if (!note || note.follow_up_id !== followUpId || note.hidden_at !== null) {
        throw notFound('There is no such note in this follow-up.');
      }
    }
    const before = repo.votedBy(followUpId, deviceId);
    const after = [...noteIds].sort();
    if (before.join() !== after.join()) {
      repo.replaceVotes(followUpId, deviceId, after, clock.now().toISOString());
      repo.answerMade(followUpId);
    }
    return { mine: mineOf(followUpId, deviceId) };
  }

  function storePulse(item: Extract<PhoneItem, { what: 'pulse' }>): PhoneOut {
    const { board, followUpId, deviceId, body } = item;
    atStep(board, followUpId, 'pulse');
    repo.setPulse(followUpId, deviceId, body.involved, body.contribute, clock.now().toISOString());
    repo.answerMade(followUpId);
    return { mine: mineOf(followUpId, deviceId) };
  }

  const storePhone = createGroupCommit(
    db,
    (item: PhoneItem): PhoneOut => {
      switch (item.what) {
        case 'note':
          return storeNote(item);
        case 'votes':
          return storeVotes(item);
        case 'pulse':
          return storePulse(item);
      }
    },
    (item) => tallies.schedule(item.board.id),
    'follow-up answer',
  );

  async function mineAnswer(item: PhoneItem): Promise<FollowUpMine> {
    const out = await storePhone(item);
    if (!('mine' in out)) throw new Error('a note answered where votes or pulse were asked');
    return out.mine;
  }

  // ── Actions ──────────────────────────────────────────────────────────────────────────────

  function actionOf(board: BoardRow, actionId: string) {
    const row = repo.action(actionId);
    if (!row || row.board_id !== board.id) throw notFound('There is no such action on this board.');
    return row;
  }

  /** The state an action takes from a follow-up's verdict on it (and when it closed). */
  function stateFrom(
    actionId: string,
    followUpId: string,
    outcome: ActionOutcome | null,
    closedAt: string | null,
    at: string,
  ) {
    switch (outcome) {
      case 'done':
      case 'dropped':
        return { state: outcome, closedAt: closedAt ?? at };
      case 'ongoing':
        return { state: 'ongoing' as const, closedAt: null };
      case null:
        return {
          state: repo.wasOngoingBefore(actionId, followUpId)
            ? ('ongoing' as const)
            : ('open' as const),
          closedAt: null,
        };
    }
  }

  return {
    /**
     * Starts a follow-up: its first step, every open or ongoing action carried over (not yet
     * judged), each active goal's progress and status as they stand now, and for a yearly one
     * the latest finished analysis round. One follow-up runs at a time on a board.
     */
    start(board: BoardRow, lead: UserRow, kind: FollowUpKind): FollowUpDetail {
      const refuseLive = () => {
        if (reads.liveRow(board.id)) {
          throw new AppError(409, 'follow_up_live', 'A follow-up is already running here.');
        }
      };
      refuseLive();
      const now = clock.now();
      const goals = deps
        .listGoals(board)
        .filter((goal) => goal.state === 'active')
        .map((goal) => {
          const progress = goalProgress(goal, now);
          return {
            goalId: goal.id,
            percent: progress ? Math.round(progress.percent) : null,
            status: progress ? progress.status : null,
          };
        });
      const roundId =
        kind === 'yearly' ? (deps.analysis.latestFinished(board.id)?.id ?? null) : null;
      const id = newId();
      const [first] = stepsOf(kind);
      if (!first) throw new Error(`a ${kind} follow-up has no steps`);
      return commitLive(board, id, (at) => {
        refuseLive();
        repo.insert({
          id,
          board_id: board.id,
          kind,
          step: first,
          started_at: at,
          started_by: lead.id,
          ended_at: null,
          learning: null,
          next_date: null,
          round_id: roundId,
          answers: 0,
          answers_sent: 0,
        });
        repo.carryOver(id, board.id);
        for (const goal of goals) repo.insertGoal({ followUpId: id, ...goal });
      });
    },

    /**
     * Moves the follow-up to `step` from the step the lead's screen showed: a second tap of the
     * same move (or a screen that fell behind) is refused with 409 `follow_up_step_moved`.
     */
    move(board: BoardRow, followUpId: string, step: FollowUpStep, from: FollowUpStep) {
      const row = liveRowOf(board, followUpId);
      if (!stepsOf(row.kind).includes(step)) {
        throw invalid(`A ${row.kind} follow-up has no ${step} step.`, {
          code: 'follow_up_wrong_step',
          field: 'step',
        });
      }
      const moved = () =>
        new AppError(409, 'follow_up_step_moved', 'The follow-up moved on meanwhile.');
      if (row.step !== from) throw moved();
      if (step === from) return reads.detail(row);
      return commitLive(board, followUpId, () => {
        if (!repo.move(followUpId, from, step)) throw moved();
      });
    },

    /** Judges an action carried over to the live follow-up; its state follows the verdict. */
    reviewAction(
      board: BoardRow,
      followUpId: string,
      actionId: string,
      outcome: ActionOutcome | null,
    ): FollowUpDetail {
      liveRowOf(board, followUpId);
      const action = actionOf(board, actionId);
      if (!repo.review(followUpId, actionId)) {
        throw notFound('That action was not carried over to this follow-up.');
      }
      return commitLive(board, followUpId, (at) => {
        if (!reads.liveRow(board.id)) throw notLive();
        const next = stateFrom(actionId, followUpId, outcome, action.closed_at, at);
        repo.setReview(followUpId, actionId, outcome);
        repo.setActionState(actionId, next.state, next.closedAt);
      });
    },

    /** "Did we get there?" for a goal of the live follow-up. */
    judgeGoal(
      board: BoardRow,
      followUpId: string,
      goalId: string,
      outcome: GoalOutcome | null,
    ): FollowUpDetail {
      liveRowOf(board, followUpId);
      return commitLive(board, followUpId, () => {
        if (!reads.liveRow(board.id)) throw notLive();
        if (!repo.setGoalOutcome(followUpId, goalId, outcome)) {
          throw notFound('That goal is not one of this follow-up’s.');
        }
      });
    },

    /**
     * A note, from a phone or from a lead, in the write step: stored once per id (a retry
     * answers the stored note, `created: false`).
     */
    async note(
      board: BoardRow,
      followUpId: string,
      author: NoteAuthor,
      body: NoteBody,
    ): Promise<{ note: Note; created: boolean }> {
      rowOf(board, followUpId);
      const out = await storePhone({ what: 'note', board, followUpId, author, body });
      if (!('note' in out)) throw new Error('votes answered where a note was asked');
      return out;
    },

    /** A lead hides a note: it leaves every screen (and its votes go). */
    hideNote(board: BoardRow, lead: UserRow, followUpId: string, noteId: string) {
      rowOf(board, followUpId);
      const note = repo.note(noteId);
      if (!note || note.follow_up_id !== followUpId) {
        throw notFound('There is no such note in this follow-up.');
      }
      if (note.hidden_at !== null) return reads.detail(rowOf(board, followUpId));
      return commitLive(board, followUpId, (at) => {
        repo.hideNote(noteId, at, lead.id);
      });
    },

    /** A phone's whole set of votes, in the vote step (at most votesPerDevice visible notes). */
    votes(board: BoardRow, followUpId: string, deviceId: string, noteIds: string[]) {
      rowOf(board, followUpId);
      return mineAnswer({ what: 'votes', board, followUpId, deviceId, noteIds });
    },

    /** A phone's pulse, in the pulse step (once per device: a second answer replaces it). */
    pulse(board: BoardRow, followUpId: string, deviceId: string, body: PulseBody) {
      rowOf(board, followUpId);
      return mineAnswer({ what: 'pulse', board, followUpId, deviceId, body });
    },

    /** A new action, in the new-actions step: at most newActionsMax per follow-up. */
    addAction(
      board: BoardRow,
      lead: UserRow,
      followUpId: string,
      body: NewActionBody,
    ): FollowUpDetail {
      // The edge normalised text and owner (trimmed); the body's schema held them to their
      // lengths and the due date to a day of the calendar.
      const { text, owner, dueDate } = body;
      atStep(board, followUpId, 'new_actions');
      const tooMany = () =>
        new AppError(
          400,
          'too_many_actions',
          `A follow-up decides at most ${FOLLOW_UP_LIMITS.newActionsMax} new actions.`,
        );
      if (repo.decidedCount(followUpId) >= FOLLOW_UP_LIMITS.newActionsMax) throw tooMany();
      return commitLive(board, followUpId, (at) => {
        atStep(board, followUpId, 'new_actions');
        if (repo.decidedCount(followUpId) >= FOLLOW_UP_LIMITS.newActionsMax) throw tooMany();
        repo.insertAction({
          id: newId(),
          board_id: board.id,
          follow_up_id: followUpId,
          text,
          owner,
          due_date: dueDate,
          state: 'open',
          created_at: at,
          created_by: lead.id,
          closed_at: null,
        });
      });
    },

    /** "What did we learn", one line (empty: none), while the follow-up is live. */
    setLearning(board: BoardRow, followUpId: string, learning: string): FollowUpDetail {
      // One line: the edge made any line break a space.
      const line = learning.trim();
      liveRowOf(board, followUpId);
      return commitLive(board, followUpId, () => {
        if (!repo.setLearning(followUpId, line === '' ? null : line)) throw notLive();
      });
    },

    /** Ends the follow-up with the date of the next one; later answers get follow_up_not_live. */
    end(board: BoardRow, followUpId: string, nextDate: string): FollowUpDetail {
      liveRowOf(board, followUpId);
      return commitLive(board, followUpId, (at) => {
        if (!repo.end(followUpId, at, nextDate)) throw notLive();
      });
    },

    /** A lead corrects an action or closes it outside a follow-up. */
    editAction(board: BoardRow, actionId: string, body: ActionEditBody): Action {
      // The edge normalised text and owner (trimmed); the body's schema held them to their
      // lengths and the due date to a day of the calendar.
      const { text, owner, dueDate } = body;
      const before = actionOf(board, actionId);
      boardChanges.commit(board, (seq, at) => {
        const closed = body.state === 'done' || body.state === 'dropped';
        repo.editAction({
          id: actionId,
          text,
          owner,
          due_date: dueDate,
          state: body.state,
          closed_at: closed ? (before.closed_at ?? at) : null,
        });
        const live = reads.liveRow(board.id);
        if (live) repo.markSent(live.id);
        return method.changed(board, seq);
      });
      return toAction(actionOf(board, actionId));
    },

    /** The board's open and ongoing actions, soonest due first. */
    openActions(board: BoardRow): Action[] {
      return repo.openActions(board.id).map(toAction);
    },

    /** The live follow-up for a phone (or the wall): notes from the vote on, and its own part. */
    current(board: BoardRow, deviceId: string | null): FollowUpCurrent {
      const row = reads.liveRow(board.id);
      if (!row) return { live: null, notes: null, mine: emptyMine() };
      const notes = notesShown(row) ? reads.notesOf(row, false) : null;
      return {
        live: reads.live(row, notes ?? undefined),
        notes,
        mine: deviceId === null ? emptyMine() : mineOf(row.id, deviceId),
      };
    },

    list(board: BoardRow): FollowUpList {
      return reads.list(board.id);
    },

    detail(board: BoardRow, followUpId: string): FollowUpDetail {
      return reads.detail(rowOf(board, followUpId));
    },
  };
}

export type FollowUpService = ReturnType<typeof createFollowUpService>;
