import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  BoardParamsSchema,
  ErrorBodySchema,
  GoalInputSchema,
  GoalListSchema,
  GoalParamsSchema,
  GoalSchema,
  GoalStateBodySchema,
  LinkGoalBodySchema,
  MeasurementBodySchema,
  SuggestionParamsSchema,
  SuggestionSchema,
} from '@tavla/shared';
import type { Services } from '../../services.js';

const errors = { '4xx': ErrorBodySchema };
const goalsUrl = '/api/boards/:boardId/goals';
const tags = ['goals'];

export const goalRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, opts) => {
  const { access, goals, workflow } = opts.services;

  app.get(
    goalsUrl,
    {
      schema: {
        operationId: 'listGoals',
        summary: 'The board’s goals with their measurements',
        tags,
        params: BoardParamsSchema,
        response: { 200: GoalListSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.viewer(request.params.boardId, request.credentials);
      return { goals: goals.list(board) };
    },
  );

  app.post(
    goalsUrl,
    {
      schema: {
        operationId: 'createGoal',
        summary: 'Create a goal (a draft, or active when it is measurable and time-bound)',
        tags,
        params: BoardParamsSchema,
        body: GoalInputSchema,
        response: { 201: GoalSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return reply.status(201).send(goals.create(board, request.body));
    },
  );

  app.put(
    `${goalsUrl}/:goalId`,
    {
      schema: {
        operationId: 'updateGoal',
        summary: 'Edit a goal',
        tags,
        params: GoalParamsSchema,
        body: GoalInputSchema,
        response: { 200: GoalSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return goals.update(board, request.params.goalId, request.body);
    },
  );

  app.put(
    `${goalsUrl}/:goalId/state`,
    {
      schema: {
        operationId: 'setGoalState',
        summary: 'Activate, achieve, archive or reopen a goal',
        tags,
        params: GoalParamsSchema,
        body: GoalStateBodySchema,
        response: { 200: GoalSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return goals.setState(board, request.params.goalId, request.body.state);
    },
  );

  app.post(
    `${goalsUrl}/:goalId/measurements`,
    {
      schema: {
        operationId: 'addMeasurement',
        summary: 'Record a measurement of a goal',
        tags,
        params: GoalParamsSchema,
        body: MeasurementBodySchema,
        response: { 201: GoalSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return reply
        .status(201)
        .send(goals.addMeasurement(board, user, request.params.goalId, request.body));
    },
  );

  app.put(
    '/api/boards/:boardId/suggestions/:suggestionId/goal',
    {
      schema: {
        operationId: 'linkSuggestionToGoal',
        summary: 'Link a suggestion to a goal, or unlink it',
        tags,
        params: SuggestionParamsSchema,
        body: LinkGoalBodySchema,
        response: { 200: SuggestionSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return workflow.linkGoal(board, request.params.suggestionId, request.body.goalId);
    },
  );
};
