import { sha256Hex } from '../../lib/sha256.js';
import type { BoardPhotoRepository } from '../photos/board-photo-repository.js';
import { createGroupCommit } from '../../lib/group-commit.js';
import {
  cleanEntry,
  compareIdeas,
  WORKSHOP_LIMITS,
  wordKey,
  type Activity,
  type ControlAction,
  type CopyTemplateBody,
  type EditTemplateBody,
  type HideEntryBody,
  type IdeaList,
  type Suggestion,
  type WorkshopAnswerBody,
  type WorkshopCurrent,
  type WorkshopLive,
  type WorkshopMine,
  type WorkshopSessionResults,
  type WorkshopSessionSummary,
  type WorkshopTemplate,
} from '@tavla/shared';
import { builtinTemplate, BUILTIN_TEMPLATES } from '@tavla/shared/workshop-template';
import type { Db } from '../../db/open-database.js';
import { AppError, conflict, invalid, notFound } from '../../http/app-error.js';
import type { Clock } from '../../lib/clock.js';
import { newId } from '../../lib/random-token.js';
import type { UserRow } from '../accounts/account-repository.js';
import type { BoardChanges } from '../boards/board-changes.js';
import type { BoardRow } from '../boards/board-repository.js';
import type { MaterialityRepository } from '../materiality/materiality-repository.js';
import type { MaterialityService } from '../materiality/materiality-service.js';
import type { MethodStateService } from '../method/method-state.js';
import type { SuggestionService } from '../suggestions/suggestion-service.js';
import { activitiesOf, toIdea, type WorkshopReads } from './workshop-reads.js';
import type { SessionRow, TemplateRow, WorkshopRepository } from './workshop-repository.js';
import type { WorkshopTallies } from './workshop-tallies.js';

const notLive = () =>
  new AppError(409, 'workshop_not_live', 'No workshop session is live on this board.');
const notCurrent = () =>
  new AppError(409, 'activity_not_current', 'The workshop moved on: that activity is not on now.');
const closed = () =>
  new AppError(409, 'activity_closed', 'The lead closed this activity: it takes no more answers.');
const wrongKind = (kind: string) =>
  invalid(`This activity does not take a ${kind} answer.`, { field: 'answer' });

const toTemplate = (row: TemplateRow): WorkshopTemplate => ({
  id: row.id,
  name: row.name,
  language: row.language,
  builtIn: false,
  minutes: row.minutes,
  activities: JSON.parse(row.activities) as Activity[],
  updatedAt: row.updated_at,
});

/** Why a template's activities cannot be run, or null: ids repeat, a quiz lacks its answer. */
function activitiesProblem(activities: readonly Activity[]): string | null {
  const ids = new Set<string>();
  for (const activity of activities) {
    if (ids.has(activity.id)) return `The activity id "${activity.id}" appears twice.`;
    ids.add(activity.id);
    if (activity.kind === 'quiz') {
      if (activity.correct === null || activity.correct >= activity.options.length) {
        return `The quiz "${activity.id}" needs one of its options as the correct answer.`;
      }
    }
  }
  return null;
}

/**
 * The suggestion id an idea becomes, the same every time (a UUID made from the idea's id): a
 * retry after a crash finds the suggestion it made instead of making a second one.
 */
function suggestionIdOf(ideaId: string): string {
  const hex = sha256Hex(`workshop-idea:${ideaId}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const emptyMine = (activityId: string | null): WorkshopMine => ({
  activityId,
  choices: [],
  value: null,
  words: [],
  ideaIds: [],
  upvotedIdeaIds: [],
});

interface QueuedAnswer {
  board: BoardRow;
  deviceId: string;
  body: WorkshopAnswerBody;
}

/**
 * The workshop (the method's step 1). A lead starts a session from a template; the wall and
 * every phone of the board follow it through the method state (`MethodState.workshop`). The
 * lead's phone is the remote (next, back, reveal, close, reopen, reset, end, hide an entry);
 * each phone answers the current activity as a device, never as a person.
 *
 * Lead actions commit one sequenced `method:updated` change at once. Answers are stored at
 * once (group commit, like dots and "me too"), and their tallies go out coalesced
 * (workshop-tallies.ts).
 *
 * The interest vote activity drives the board's real interest vote (step 3). The rule:
 * - moving onto it (next, back, or a session that starts with it) opens a vote when the
 *   activity has none yet: the vote open on the board if there is one, else a new one;
 * - `close` on it closes that vote, so its matrix is kept exactly as from the vote screen;
 * - `reopen` and `reset` cannot undo a closed vote (409 `vote_closed`); while it is open they
 *   leave its dots alone (phones place and move them through the interest vote's own route);
 * - moving away leaves an open vote open (phones may still place dots); ending the session
 *   closes every vote it opened or adopted that is still open, so the wall goes back to its
 *   cycle when the workshop ends (the issue asks for that) and the matrix is kept.
 */
export function createWorkshopService(deps: {
  db: Db;
  repo: WorkshopRepository;
  reads: WorkshopReads;
  tallies: WorkshopTallies;
  method: MethodStateService;
  materiality: MaterialityService;
  materialityRepo: MaterialityRepository;
  suggestions: SuggestionService;
  /** Slides may show a photo uploaded for the board (and only for this board). */
  boardPhotos: BoardPhotoRepository;
  boardChanges: BoardChanges;
  clock: Clock;
}) {
  const { db, repo, reads, tallies, method, boardChanges, clock } = deps;

  // ── Templates ──────────────────────────────────────────────────────────────────────────

  function templateRowOf(board: BoardRow, templateId: string): TemplateRow {
    const row = repo.template(templateId);
    if (!row || row.board_id !== board.id) throw notFound('There is no such workshop template.');
    return row;
  }

  function templateOf(board: BoardRow, templateId: string): WorkshopTemplate {
    return builtinTemplate(templateId) ?? toTemplate(templateRowOf(board, templateId));
  }

  function editableRow(board: BoardRow, templateId: string): TemplateRow {
    if (builtinTemplate(templateId)) {
      throw new AppError(
        409,
        'template_built_in',
        'Built-in templates cannot be changed or deleted; copy one instead.',
      );
    }
    return templateRowOf(board, templateId);
  }

  // ── Sessions ───────────────────────────────────────────────────────────────────────────

  function liveSession(board: BoardRow): SessionRow {
    const session = repo.liveSession(board.id);
    if (!session) throw notLive();
    return session;
  }

  function sessionOf(board: BoardRow, sessionId: string): SessionRow {
    const session = repo.session(sessionId);
    if (!session || session.board_id !== board.id) {
      throw notFound('There is no such workshop session on this board.');
    }
    return session;
  }

  /**
   * Before the session moves onto an interest-vote activity (outside the move's transaction,
   * since opening a vote is a board change of its own): the vote it is to drive.
   */
  function voteFor(board: BoardRow, lead: UserRow, session: SessionRow | null, activity: Activity) {
    if (activity.kind !== 'interest_vote') return null;
    if (session) {
      const state = repo.activityState(session.id, activity.id);
      if (state.vote_id !== null) return state.vote_id;
    }
    const open = deps.materialityRepo.openVote(board.id);
    return open ? open.id : deps.materiality.openVote(board, lead).id;
  }

  /** Commits a lead's change to the live session; the state going out holds every answer. */
  function commitLive(
    board: BoardRow,
    sessionId: string,
    apply: (at: string) => void,
  ): WorkshopLive | null {
    const change = boardChanges.commit(board, (seq, at) => {
      apply(at);
      repo.markSent(sessionId);
      return method.changed(board, seq);
    });
    return change.payload.method.workshop;
  }

  function summaryOf(session: SessionRow): WorkshopSessionSummary {
    const { ideas, suggestions } = repo.sessionIdeaCount(session.id);
    return {
      id: session.id,
      title: session.title,
      startedAt: session.started_at,
      endedAt: session.ended_at,
      devices: repo.sessionDevices(session.id),
      ideas,
      suggestions,
    };
  }

  function mine(session: SessionRow | undefined, deviceId: string | null): WorkshopMine {
    if (!session) return emptyMine(null);
    const { activity } = reads.current(session);
    if (deviceId === null) return emptyMine(activity.id);
    const where = { sessionId: session.id, activityId: activity.id, deviceId };
    const choices = repo.choicesOf(where);
    return {
      activityId: activity.id,
      choices: activity.kind === 'poll' || activity.kind === 'quiz' ? choices : [],
      value: activity.kind === 'scale' ? (choices[0] ?? null) : null,
      words: activity.kind === 'wordcloud' ? repo.wordsOf(where) : [],
      ideaIds: activity.kind === 'ideas' ? repo.ideasOf(where) : [],
      upvotedIdeaIds: activity.kind === 'ideas' ? repo.upvotesOf(where) : [],
    };
  }

  // ── Answers (group commit) ─────────────────────────────────────────────────────────────

  /** Stores one answer, or throws why not (inside a savepoint: a refusal stores nothing). */
  function storeOne(item: QueuedAnswer): WorkshopMine {
    const { board, deviceId, body } = item;
    const session = repo.liveSession(board.id);
    if (!session) throw notLive();
    const seen = repo.answerId(body.clientId);
    if (seen) {
      // A retry: answered as it was, not stored again. Another device's id is a conflict.
      if (seen.device_id === deviceId && seen.session_id === session.id) {
        return mine(session, deviceId);
      }
      throw conflict('A different answer already uses this client id.');
    }
    const { activity, state } = reads.current(session);
    if (body.activityId !== activity.id) throw notCurrent();
    if (state.closed_at !== null) throw closed();
    const where = { sessionId: session.id, activityId: activity.id, deviceId };
    const at = clock.now().toISOString();
    const { answer } = body;
    switch (answer.kind) {
      case 'choice': {
        if (activity.kind !== 'poll' && activity.kind !== 'quiz') throw wrongKind('choice');
        const choices = [...new Set(answer.choices)].sort((a, b) => a - b);
        if (choices.length !== answer.choices.length) {
          throw invalid('An option is chosen once.', { field: 'answer.choices' });
        }
        if (choices.some((choice) => choice >= activity.options.length)) {
          throw invalid('There is no such option.', { field: 'answer.choices' });
        }
        const multiple = activity.kind === 'poll' && activity.multiple;
        if (!multiple && choices.length !== 1) {
          throw invalid('Choose exactly one option.', { field: 'answer.choices' });
        }
        repo.replaceChoices(where, choices);
        break;
      }
      case 'scale':
        if (activity.kind !== 'scale') throw wrongKind('scale');
        repo.replaceChoices(where, [answer.value]);
        break;
      case 'word': {
        if (activity.kind !== 'wordcloud') throw wrongKind('word');
        const text = cleanEntry(answer.text);
        const key = wordKey(text);
        if (key === '') throw invalid('The word is empty.', { field: 'answer.text' });
        const own = repo.wordsOf(where);
        // The same word twice from one device counts once (and is not a new entry).
        if (own.some((word) => wordKey(word) === key)) break;
        if (own.length >= WORKSHOP_LIMITS.wordsPerDevice) {
          throw new AppError(
            400,
            'too_many_words',
            `A device adds at most ${WORKSHOP_LIMITS.wordsPerDevice} words to a cloud.`,
            { field: 'answer.text' },
          );
        }
        repo.insertWord(where, key, text, at);
        break;
      }
      case 'idea':
        if (activity.kind !== 'ideas') throw wrongKind('idea');
        repo.insertIdea({
          id: newId(),
          board_id: board.id,
          session_id: session.id,
          activity_id: activity.id,
          device_id: deviceId,
          text: answer.text,
          dimension: answer.dimension,
          created_at: at,
          suggestion_id: null,
        });
        break;
      case 'upvote': {
        if (activity.kind !== 'ideas') throw wrongKind('upvote');
        const idea = repo.idea(answer.ideaId);
        if (
          !idea ||
          idea.board_id !== board.id ||
          idea.session_id !== session.id ||
          idea.activity_id !== activity.id
        ) {
          throw notFound('There is no such idea on this idea board.');
        }
        if (!answer.on) {
          repo.unvote(idea.id, deviceId);
          break;
        }
        const upvoted = repo.upvotesOf(where);
        if (upvoted.includes(idea.id)) break;
        if (upvoted.length >= WORKSHOP_LIMITS.upvotesPerDevice) {
          throw new AppError(
            400,
            'too_many_upvotes',
            `A device has ${WORKSHOP_LIMITS.upvotesPerDevice} upvotes on an idea board.`,
            { field: 'answer.ideaId' },
          );
        }
        repo.upvote(where, idea.id);
        break;
      }
    }
    repo.insertAnswerId(body.clientId, where, at);
    repo.answerMade(session.id);
    return mine(session, deviceId);
  }

  /** The answers of one turn of the event loop share one transaction (see group-commit.ts). */
  const storeAnswer = createGroupCommit(
    db,
    storeOne,
    (item: QueuedAnswer) => tallies.schedule(item.board.id),
    'answer',
  );

  // Ideas being made into suggestions now: a double tap makes one.
  const converting = new Set<string>();

  return {
    listTemplates(board: BoardRow): WorkshopTemplate[] {
      return [...BUILTIN_TEMPLATES, ...repo.templates(board.id).map(toTemplate)];
    },

    /** Copies a built-in template or one of the board's; the copy is the board's to edit. */
    copyTemplate(board: BoardRow, body: CopyTemplateBody): WorkshopTemplate {
      const source = templateOf(board, body.fromTemplateId);
      const at = clock.now().toISOString();
      const row: TemplateRow = {
        id: newId(),
        board_id: board.id,
        name: body.name ?? source.name,
        language: source.language,
        minutes: source.minutes,
        activities: JSON.stringify(source.activities),
        created_at: at,
        updated_at: at,
      };
      repo.insertTemplate(row);
      return toTemplate(row);
    },

    editTemplate(board: BoardRow, templateId: string, body: EditTemplateBody): WorkshopTemplate {
      const row = editableRow(board, templateId);
      const problem = activitiesProblem(body.activities);
      if (problem) throw invalid(problem, { field: 'activities' });
      for (const activity of body.activities) {
        if (
          activity.kind === 'slide' &&
          activity.photoId !== null &&
          deps.boardPhotos.byId(activity.photoId)?.board_id !== board.id
        ) {
          throw invalid('Use a photo uploaded for this board.', { field: 'photoId' });
        }
      }
      const updated = {
        id: row.id,
        name: body.name,
        minutes: body.minutes,
        activities: JSON.stringify(body.activities),
        updated_at: clock.now().toISOString(),
      };
      repo.updateTemplate(updated);
      return toTemplate({ ...row, ...updated });
    },

    deleteTemplate(board: BoardRow, templateId: string): void {
      repo.deleteTemplate(editableRow(board, templateId).id);
    },

    /** Starts a session from a template: the wall and every phone switch to it at once. */
    start(board: BoardRow, lead: UserRow, templateId: string): WorkshopLive {
      const template = templateOf(board, templateId);
      const refuseLive = () => {
        if (repo.liveSession(board.id)) {
          throw new AppError(409, 'workshop_live', 'A workshop session is already live here.');
        }
      };
      refuseLive();
      const [first] = template.activities;
      if (!first) throw invalid('The template has no activities.', { field: 'templateId' });
      const voteId = voteFor(board, lead, null, first);
      const sessionId = newId();
      const live = commitLive(board, sessionId, (at) => {
        refuseLive();
        repo.insertSession({
          id: sessionId,
          board_id: board.id,
          template_id: template.id,
          title: template.name,
          activities: JSON.stringify(template.activities),
          current_index: 0,
          started_at: at,
          started_by: lead.id,
          ended_at: null,
          answers_made: 0,
          answers_sent: 0,
        });
        if (voteId !== null) {
          repo.setActivityState({ ...repo.activityState(sessionId, first.id), vote_id: voteId });
        }
      });
      if (!live) throw new Error('the session just started is not live');
      return live;
    },

    /**
     * A lead's remote. `index` is the activity the remote showed: a second tap of the same
     * "next" (or any action on a remote that fell behind) is refused with 409 `conflict`.
     */
    control(board: BoardRow, lead: UserRow, action: ControlAction, index: number) {
      const session = liveSession(board);
      if (index !== session.current_index) {
        throw conflict('The workshop is no longer at that activity; refresh the remote.');
      }
      const activities = activitiesOf(session);
      const { activity, state } = reads.current(session);
      const where = { sessionId: session.id, activityId: activity.id };
      const voteClosed = () => {
        const vote = state.vote_id === null ? undefined : deps.materialityRepo.vote(state.vote_id);
        return vote !== undefined && vote.closed_at !== null;
      };
      const refuseClosedVote = () => {
        if (activity.kind === 'interest_vote' && voteClosed()) {
          throw new AppError(409, 'vote_closed', 'The interest vote is closed and stays closed.');
        }
      };
      switch (action) {
        case 'next':
        case 'back': {
          const to = action === 'next' ? index + 1 : index - 1;
          const target = activities[to];
          if (!target) {
            throw conflict(action === 'next' ? 'This is the last activity.' : 'This is the first.');
          }
          const voteId = voteFor(board, lead, session, target);
          return commitLive(board, session.id, () => {
            if (!repo.move(session.id, index, to)) throw conflict('The workshop moved meanwhile.');
            if (voteId !== null) {
              repo.setActivityState({
                ...repo.activityState(session.id, target.id),
                vote_id: voteId,
              });
            }
          });
        }
        case 'reveal':
          return commitLive(board, session.id, (at) => {
            repo.setActivityState({ ...state, revealed_at: state.revealed_at ?? at });
          });
        case 'close': {
          if (activity.kind === 'interest_vote' && state.vote_id !== null && !voteClosed()) {
            deps.materiality.closeVote(board, lead, state.vote_id);
          }
          return commitLive(board, session.id, (at) => {
            repo.setActivityState({ ...state, closed_at: state.closed_at ?? at });
          });
        }
        case 'reopen':
          refuseClosedVote();
          return commitLive(board, session.id, () => {
            repo.setActivityState({ ...state, closed_at: null });
          });
        case 'reset':
          // Clears the activity's answers (and hidden entries): it starts over, open and with
          // its results hidden again where they were.
          refuseClosedVote();
          return commitLive(board, session.id, () => {
            repo.clearActivity(where);
            repo.setActivityState({ ...state, closed_at: null, revealed_at: null });
          });
        case 'end':
          for (const { id, kind } of activities) {
            if (kind !== 'interest_vote') continue;
            const voteId = repo.activityState(session.id, id).vote_id;
            const vote = voteId === null ? undefined : deps.materialityRepo.vote(voteId);
            if (vote && vote.closed_at === null) deps.materiality.closeVote(board, lead, vote.id);
          }
          return commitLive(board, session.id, (at) => {
            if (!repo.end(session.id, at)) throw conflict('The session already ended.');
          });
      }
    },

    /** Hides a word (by its key) or an idea (by its id) of the current activity. */
    hide(board: BoardRow, body: HideEntryBody): void {
      const session = liveSession(board);
      const { activity } = reads.current(session);
      if (body.activityId !== activity.id) throw notCurrent();
      const where = { sessionId: session.id, activityId: activity.id };
      let entry: string;
      if (activity.kind === 'wordcloud') {
        entry = wordKey(body.entry);
        if (!repo.hasWord(where, entry)) throw notFound('There is no such word in the cloud.');
      } else if (activity.kind === 'ideas') {
        const idea = repo.idea(body.entry);
        if (!idea || idea.session_id !== session.id || idea.activity_id !== activity.id) {
          throw notFound('There is no such idea on this idea board.');
        }
        entry = idea.id;
      } else {
        throw invalid('Only words and ideas can be hidden.', { field: 'activityId' });
      }
      commitLive(board, session.id, (at) => repo.hide(where, entry, at));
    },

    /**
     * A phone's answer to the current activity, stored once per client id. Resolves with the
     * device's own answers once durable; refusals store nothing.
     */
    answer(board: BoardRow, deviceId: string, body: WorkshopAnswerBody): Promise<WorkshopMine> {
      return storeAnswer({ board, deviceId, body });
    },

    /** The live session, the asking device's own answers, and for a lead the remote's part. */
    current(
      board: BoardRow,
      viewer: { deviceId: string | null; lead: boolean },
      connected: () => number,
    ): WorkshopCurrent {
      const session = repo.liveSession(board.id);
      const answer: WorkshopCurrent = {
        live: session ? reads.live(session) : null,
        mine: mine(session, viewer.deviceId),
      };
      if (session && viewer.lead) {
        const { activity } = reads.current(session);
        answer.lead = {
          connected: connected(),
          results: reads.results(session, activity),
          activity,
        };
      }
      return answer;
    },

    /** The current idea board's ideas (hidden ones left out), best first. */
    currentIdeas(board: BoardRow): IdeaList {
      const session = liveSession(board);
      const { activity } = reads.current(session);
      if (activity.kind !== 'ideas') return { ideas: [] };
      const rows = repo.ideasWithVotes({ sessionId: session.id, activityId: activity.id });
      return {
        ideas: rows
          .filter((row) => row.hidden === 0)
          .map(toIdea)
          .sort(compareIdeas),
      };
    },

    listSessions(board: BoardRow): WorkshopSessionSummary[] {
      return repo.sessions(board.id).map(summaryOf);
    },

    /** Each activity's final results (everything, whatever the screens were shown). */
    sessionResults(board: BoardRow, sessionId: string): WorkshopSessionResults {
      const session = sessionOf(board, sessionId);
      return {
        session: summaryOf(session),
        activities: activitiesOf(session).map((activity) => ({
          activity,
          answered: reads.answered(session, activity, repo.activityState(session.id, activity.id)),
          results: reads.results(session, activity),
        })),
      };
    },

    sessionIdeas(board: BoardRow, sessionId: string): IdeaList {
      const session = sessionOf(board, sessionId);
      return { ideas: repo.sessionIdeas(session.id).map(toIdea).sort(compareIdeas) };
    },

    /**
     * Makes a real suggestion of an idea (its text and dimension, no author), once. It reaches
     * every screen like any new suggestion; the live state shows the idea as made.
     */
    async ideaToSuggestion(board: BoardRow, ideaId: string): Promise<Suggestion> {
      const idea = repo.idea(ideaId);
      if (!idea || idea.board_id !== board.id) throw notFound('There is no such idea.');
      const already = () =>
        new AppError(409, 'idea_already_suggestion', 'The idea is already a suggestion.');
      if (idea.suggestion_id !== null || converting.has(idea.id)) throw already();
      converting.add(idea.id);
      try {
        const { suggestion } = await deps.suggestions.create(board, null, {
          id: suggestionIdOf(idea.id),
          text: idea.text,
          dimension: idea.dimension,
        });
        // A suggestion left unlinked by a crash is linked now (created or not).
        boardChanges.commit(board, (seq) => {
          if (!repo.setSuggestion(idea.id, suggestion.id)) throw already();
          const live = repo.liveSession(board.id);
          if (live) repo.markSent(live.id);
          return method.changed(board, seq);
        });
        return suggestion;
      } finally {
        converting.delete(idea.id);
      }
    },
  };
}

export type WorkshopService = ReturnType<typeof createWorkshopService>;
