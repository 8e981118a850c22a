import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import {
  BoardParamsSchema,
  ControlBodySchema,
  CopyTemplateBodySchema,
  EditTemplateBodySchema,
  ErrorBodySchema,
  HideEntryBodySchema,
  IdeaListSchema,
  IdeaParamsSchema,
  SessionParamsSchema,
  StartSessionBodySchema,
  SuggestionSchema,
  TemplateParamsSchema,
  WorkshopAnswerBodySchema,
  WorkshopCurrentSchema,
  WorkshopLiveSchema,
  WorkshopMineSchema,
  WorkshopSessionListSchema,
  WorkshopSessionResultsSchema,
  WorkshopTemplateListSchema,
  WorkshopTemplateSchema,
} from '@tavla/shared';
import type { PhoneLimits } from '../../http/rate-limits.js';
import { connectedDevices } from '../../realtime/realtime.js';
import type { Services } from '../../services.js';

const errors = { '4xx': ErrorBodySchema };
const tags = ['workshops'];
const base = '/api/boards/:boardId/workshop';

/**
 * The workshop (step 1): leads keep templates, run a session from their phone and read the
 * kept results; every phone of the board answers the current activity; everyone who may see
 * the board follows the live session (it is also in the method state of every snapshot).
 */
export const workshopRoutes: FastifyPluginAsyncTypebox<{
  services: Services;
  limits: PhoneLimits;
}> = async (app, opts) => {
  const { access, workshops } = opts.services;

  app.get(
    `${base}/templates`,
    {
      schema: {
        operationId: 'listWorkshopTemplates',
        summary: 'The built-in workshop templates and the board’s own copies',
        tags,
        params: BoardParamsSchema,
        response: { 200: WorkshopTemplateListSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return { templates: workshops.listTemplates(board) };
    },
  );

  app.post(
    `${base}/templates`,
    {
      schema: {
        operationId: 'copyWorkshopTemplate',
        summary: 'Copy a built-in template (or one of the board’s) to edit it',
        tags,
        params: BoardParamsSchema,
        body: CopyTemplateBodySchema,
        response: { 201: WorkshopTemplateSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return reply.status(201).send(workshops.copyTemplate(board, request.body));
    },
  );

  app.put(
    `${base}/templates/:templateId`,
    {
      schema: {
        operationId: 'editWorkshopTemplate',
        summary: 'Edit one of the board’s templates (built-in ones: 409 template_built_in)',
        tags,
        params: TemplateParamsSchema,
        body: EditTemplateBodySchema,
        response: { 200: WorkshopTemplateSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return workshops.editTemplate(board, request.params.templateId, request.body);
    },
  );

  app.delete(
    `${base}/templates/:templateId`,
    {
      schema: {
        operationId: 'deleteWorkshopTemplate',
        summary: 'Delete one of the board’s templates (sessions keep their own copy)',
        tags,
        params: TemplateParamsSchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      workshops.deleteTemplate(board, request.params.templateId);
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${base}/sessions`,
    {
      schema: {
        operationId: 'startWorkshopSession',
        summary: 'Start a session: the wall and every phone of the board switch to it at once',
        tags,
        params: BoardParamsSchema,
        body: StartSessionBodySchema,
        response: { 201: WorkshopLiveSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return reply.status(201).send(workshops.start(board, user, request.body.templateId));
    },
  );

  app.get(
    `${base}/sessions`,
    {
      schema: {
        operationId: 'listWorkshopSessions',
        summary: 'The board’s sessions, newest first, with devices, ideas and suggestions made',
        tags,
        params: BoardParamsSchema,
        response: { 200: WorkshopSessionListSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return { sessions: workshops.listSessions(board) };
    },
  );

  app.get(
    `${base}/sessions/:sessionId`,
    {
      schema: {
        operationId: 'getWorkshopSessionResults',
        summary: 'A session’s kept results: each activity’s final results',
        tags,
        params: SessionParamsSchema,
        response: { 200: WorkshopSessionResultsSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return workshops.sessionResults(board, request.params.sessionId);
    },
  );

  app.get(
    `${base}/sessions/:sessionId/ideas`,
    {
      schema: {
        operationId: 'listWorkshopSessionIdeas',
        summary: 'Every idea of a session, most upvoted first',
        tags,
        params: SessionParamsSchema,
        response: { 200: IdeaListSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return workshops.sessionIdeas(board, request.params.sessionId);
    },
  );

  app.get(
    `${base}/current`,
    {
      schema: {
        operationId: 'getCurrentWorkshop',
        summary: 'The live session, this phone’s own answers, and for a lead the remote’s figures',
        tags,
        params: BoardParamsSchema,
        response: { 200: WorkshopCurrentSchema, ...errors },
      },
    },
    async (request) => {
      const viewer = access.viewer(request.params.boardId, request.credentials);
      return workshops.current(
        viewer.board,
        { deviceId: viewer.deviceId, lead: viewer.role === 'lead' },
        () => connectedDevices(app.io, viewer.board.id),
      );
    },
  );

  app.post(
    `${base}/current/control`,
    {
      schema: {
        operationId: 'controlWorkshop',
        summary: 'The lead’s remote: next, back, reveal, close, reopen, reset or end',
        tags,
        params: BoardParamsSchema,
        body: ControlBodySchema,
        response: { 200: Type.Union([WorkshopLiveSchema, Type.Null()]), ...errors },
      },
    },
    async (request) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return workshops.control(board, user, request.body.action, request.body.index);
    },
  );

  app.post(
    `${base}/current/hide`,
    {
      schema: {
        operationId: 'hideWorkshopEntry',
        summary: 'Hide a word (by its key) or an idea (by its id) of the current activity',
        tags,
        params: BoardParamsSchema,
        body: HideEntryBodySchema,
        response: { 204: Type.Null(), ...errors },
      },
    },
    async (request, reply) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      workshops.hide(board, request.body);
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${base}/answers`,
    {
      onRequest: opts.limits.hook('workshop'),
      schema: {
        operationId: 'answerWorkshop',
        summary: 'This phone’s answer to the current activity, stored once per client id',
        tags,
        params: BoardParamsSchema,
        body: WorkshopAnswerBodySchema,
        response: { 200: WorkshopMineSchema, ...errors },
      },
    },
    async (request) => {
      const { board, deviceId } = access.device(request.params.boardId, request.credentials);
      return workshops.answer(board, deviceId, request.body);
    },
  );

  app.get(
    `${base}/current/ideas`,
    {
      schema: {
        operationId: 'listCurrentWorkshopIdeas',
        summary: 'The current idea board’s ideas, most upvoted first',
        tags,
        params: BoardParamsSchema,
        response: { 200: IdeaListSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.viewer(request.params.boardId, request.credentials);
      return workshops.currentIdeas(board);
    },
  );

  app.post(
    `${base}/ideas/:ideaId/suggestion`,
    {
      schema: {
        operationId: 'makeSuggestionFromIdea',
        summary: 'Turn an idea into a real suggestion on the board (its text and dimension), once',
        tags,
        params: IdeaParamsSchema,
        response: { 201: SuggestionSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return reply.status(201).send(await workshops.ideaToSuggestion(board, request.params.ideaId));
    },
  );
};
