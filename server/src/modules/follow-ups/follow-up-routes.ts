import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ActionEditBodySchema,
  ActionListSchema,
  ActionParamsSchema,
  ActionReviewBodySchema,
  ActionSchema,
  BoardParamsSchema,
  EndFollowUpBodySchema,
  ErrorBodySchema,
  FollowUpActionParamsSchema,
  FollowUpCurrentSchema,
  FollowUpDetailSchema,
  FollowUpGoalParamsSchema,
  FollowUpListSchema,
  FollowUpMineSchema,
  FollowUpNoteParamsSchema,
  FollowUpParamsSchema,
  GoalOutcomeBodySchema,
  LearningBodySchema,
  NewActionBodySchema,
  NewFollowUpBodySchema,
  NoteBodySchema,
  NoteSchema,
  PulseBodySchema,
  StepBodySchema,
  VotesBodySchema,
} from '@tavla/shared';
import { forbidden } from '../../http/app-error.js';
import type { PhoneLimits } from '../../http/rate-limits.js';
import type { Credentials } from '../access/board-access.js';
import type { Services } from '../../services.js';
import type { NoteAuthor } from './follow-up-repository.js';

const errors = { '4xx': ErrorBodySchema };
const tags = ['follow-ups'];
const base = '/api/boards/:boardId/follow-ups';
const one = `${base}/:followUpId`;

/**
 * Step 7, the follow-up (routes in the table of shared/src/follow-ups.ts): a lead runs it from
 * the phone and reads the kept ones back; phones write notes, vote and answer the pulse in
 * their steps; everyone who may see the board follows the live one (it is also in the method
 * state of every snapshot) and the open actions.
 */
export const followUpRoutes: FastifyPluginAsyncTypebox<{
  services: Services;
  limits: PhoneLimits;
}> = async (app, opts) => {
  const { access, followUps } = opts.services;

  /** A note's author: a phone of the board, or a lead of it (never a wall screen). */
  const noteAuthor = (boardId: string, credentials: Credentials) => {
    if (credentials.displayKey !== undefined) throw forbidden('A wall screen cannot do this.');
    if (credentials.user) {
      const { board, user } = access.lead(boardId, credentials);
      return { board, author: { deviceId: null, userId: user.id } satisfies NoteAuthor };
    }
    const { board, deviceId } = access.device(boardId, credentials);
    return { board, author: { deviceId, userId: null } satisfies NoteAuthor };
  };

  app.get(
    base,
    {
      schema: {
        operationId: 'listFollowUps',
        summary: 'The board’s kept follow-ups, newest first, and the next follow-up’s date',
        tags,
        params: BoardParamsSchema,
        response: { 200: FollowUpListSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return followUps.list(board);
    },
  );

  app.post(
    base,
    {
      schema: {
        operationId: 'startFollowUp',
        summary:
          'Start a follow-up: open actions carried over, each active goal’s progress kept (409 follow_up_live while one runs)',
        tags,
        params: BoardParamsSchema,
        body: NewFollowUpBodySchema,
        response: { 201: FollowUpDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return reply.status(201).send(followUps.start(board, user, request.body.kind));
    },
  );

  app.get(
    `${base}/current`,
    {
      schema: {
        operationId: 'getCurrentFollowUp',
        summary: 'The live follow-up, its notes from the vote on, and this phone’s own part',
        tags,
        params: BoardParamsSchema,
        response: { 200: FollowUpCurrentSchema, ...errors },
      },
    },
    async (request) => {
      const viewer = access.viewer(request.params.boardId, request.credentials);
      return followUps.current(viewer.board, viewer.role === 'device' ? viewer.deviceId : null);
    },
  );

  app.get(
    one,
    {
      schema: {
        operationId: 'getFollowUp',
        summary: 'A follow-up as the lead runs it, and as it is kept afterwards',
        tags,
        params: FollowUpParamsSchema,
        response: { 200: FollowUpDetailSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return followUps.detail(board, request.params.followUpId);
    },
  );

  app.put(
    `${one}/step`,
    {
      schema: {
        operationId: 'moveFollowUpStep',
        summary:
          'Move the live follow-up to a step, from the step the lead’s screen showed (409 follow_up_step_moved otherwise)',
        tags,
        params: FollowUpParamsSchema,
        body: StepBodySchema,
        response: { 200: FollowUpDetailSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      const { step, from } = request.body;
      return followUps.move(board, request.params.followUpId, step, from);
    },
  );

  app.put(
    `${one}/actions/:actionId`,
    {
      schema: {
        operationId: 'reviewFollowUpAction',
        summary: 'Judge an action carried over: done, ongoing, dropped (or not yet)',
        tags,
        params: FollowUpActionParamsSchema,
        body: ActionReviewBodySchema,
        response: { 200: FollowUpDetailSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      const { followUpId, actionId } = request.params;
      return followUps.reviewAction(board, followUpId, actionId, request.body.outcome);
    },
  );

  app.put(
    `${one}/goals/:goalId`,
    {
      schema: {
        operationId: 'judgeFollowUpGoal',
        summary: '“Did we get there?” for a goal: yes, partly, no (or not yet)',
        tags,
        params: FollowUpGoalParamsSchema,
        body: GoalOutcomeBodySchema,
        response: { 200: FollowUpDetailSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      const { followUpId, goalId } = request.params;
      return followUps.judgeGoal(board, followUpId, goalId, request.body.outcome);
    },
  );

  app.post(
    `${one}/notes`,
    {
      onRequest: opts.limits.hook('followUp'),
      schema: {
        operationId: 'writeFollowUpNote',
        summary:
          'What went well or can be done better, in the write step; stored once per id (201, a retry 200)',
        tags,
        params: FollowUpParamsSchema,
        body: NoteBodySchema,
        response: { 200: NoteSchema, 201: NoteSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board, author } = noteAuthor(request.params.boardId, request.credentials);
      const { note, created } = await followUps.note(
        board,
        request.params.followUpId,
        author,
        request.body,
      );
      return reply.status(created ? 201 : 200).send(note);
    },
  );

  app.post(
    `${one}/notes/:noteId/hide`,
    {
      schema: {
        operationId: 'hideFollowUpNote',
        summary: 'Hide a note from every screen (its votes go with it)',
        tags,
        params: FollowUpNoteParamsSchema,
        response: { 200: FollowUpDetailSchema, ...errors },
      },
    },
    async (request) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      const { followUpId, noteId } = request.params;
      return followUps.hideNote(board, user, followUpId, noteId);
    },
  );

  app.put(
    `${one}/votes`,
    {
      onRequest: opts.limits.hook('followUp'),
      schema: {
        operationId: 'voteFollowUpNotes',
        summary: 'This phone’s whole set of votes (at most 3), in the vote step',
        tags,
        params: FollowUpParamsSchema,
        body: VotesBodySchema,
        response: { 200: FollowUpMineSchema, ...errors },
      },
    },
    async (request) => {
      const { board, deviceId } = access.device(request.params.boardId, request.credentials);
      return followUps.votes(board, request.params.followUpId, deviceId, request.body.noteIds);
    },
  );

  app.put(
    `${one}/pulse`,
    {
      onRequest: opts.limits.hook('followUp'),
      schema: {
        operationId: 'answerFollowUpPulse',
        summary: 'This phone’s answers to the two pulse questions (1–5), in the pulse step',
        tags,
        params: FollowUpParamsSchema,
        body: PulseBodySchema,
        response: { 200: FollowUpMineSchema, ...errors },
      },
    },
    async (request) => {
      const { board, deviceId } = access.device(request.params.boardId, request.credentials);
      return followUps.pulse(board, request.params.followUpId, deviceId, request.body);
    },
  );

  app.post(
    `${one}/new-actions`,
    {
      schema: {
        operationId: 'addFollowUpAction',
        summary: 'A new action with its owner and due date, in the new-actions step (at most 3)',
        tags,
        params: FollowUpParamsSchema,
        body: NewActionBodySchema,
        response: { 201: FollowUpDetailSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return reply
        .status(201)
        .send(followUps.addAction(board, user, request.params.followUpId, request.body));
    },
  );

  app.put(
    `${one}/learning`,
    {
      schema: {
        operationId: 'setFollowUpLearning',
        summary: 'What we learned, one line',
        tags,
        params: FollowUpParamsSchema,
        body: LearningBodySchema,
        response: { 200: FollowUpDetailSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return followUps.setLearning(board, request.params.followUpId, request.body.learning);
    },
  );

  app.post(
    `${one}/end`,
    {
      schema: {
        operationId: 'endFollowUp',
        summary: 'End the follow-up with the date of the next one; it is kept to read back',
        tags,
        params: FollowUpParamsSchema,
        body: EndFollowUpBodySchema,
        response: { 200: FollowUpDetailSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return followUps.end(board, request.params.followUpId, request.body.nextDate);
    },
  );

  app.get(
    '/api/boards/:boardId/actions',
    {
      schema: {
        operationId: 'listActions',
        summary: 'The board’s open and ongoing actions, soonest due first',
        tags,
        params: BoardParamsSchema,
        response: { 200: ActionListSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.viewer(request.params.boardId, request.credentials);
      return { actions: followUps.openActions(board) };
    },
  );

  app.put(
    '/api/boards/:boardId/actions/:actionId',
    {
      schema: {
        operationId: 'editAction',
        summary: 'Correct an action (text, owner, due date) or close it outside a follow-up',
        tags,
        params: ActionParamsSchema,
        body: ActionEditBodySchema,
        response: { 200: ActionSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return followUps.editAction(board, request.params.actionId, request.body);
    },
  );
};
