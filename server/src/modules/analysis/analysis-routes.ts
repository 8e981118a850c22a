import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AnalysisQuestionSchema,
  AnalysisQuestionsSchema,
  AnalysisRoundDetailSchema,
  AnalysisRoundListSchema,
  AnalysisRoundSchema,
  AnswerBodySchema,
  BoardParamsSchema,
  EditQuestionBodySchema,
  ErrorBodySchema,
  NewQuestionBodySchema,
  NewRoundBodySchema,
  NoContentSchema,
  QuestionParamsSchema,
  RoundParamsSchema,
  RoundQuestionParamsSchema,
} from '@tavla/shared';
import { forbidden } from '../../http/app-error.js';
import type { Services } from '../../services.js';
import type { Credentials } from '../access/board-access.js';

const errors = { '4xx': ErrorBodySchema };
const tags = ['analysis'];
const base = '/api/boards/:boardId/analysis';

/**
 * The current-state analysis: the board's question bank (admins adapt it) and its rounds
 * (leads and admins of the board fill them in). Phones of employees have no part in it.
 */
export const analysisRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { access, analysis } = opts.services;

  /** An admin (site-wide) acting on an existing board. */
  const admin = (boardId: string, credentials: Credentials) => {
    const viewer = access.lead(boardId, credentials);
    if (viewer.user.role !== 'admin') throw forbidden('Only an admin may change the questions.');
    return viewer;
  };

  app.get(
    `${base}/questions`,
    {
      schema: {
        operationId: 'listAnalysisQuestions',
        summary:
          'The board’s analysis questions as they are now: three forms, five categories each',
        tags,
        params: BoardParamsSchema,
        response: { 200: AnalysisQuestionsSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return analysis.questions(board);
    },
  );

  app.post(
    `${base}/questions`,
    {
      schema: {
        operationId: 'addAnalysisQuestion',
        summary: 'Add a question to a category of the board’s bank (admin)',
        tags,
        params: BoardParamsSchema,
        body: NewQuestionBodySchema,
        response: { 201: AnalysisQuestionSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board, user } = admin(request.params.boardId, request.credentials);
      return reply.status(201).send(analysis.addQuestion(board, user, request.body));
    },
  );

  app.put(
    `${base}/questions/:questionId`,
    {
      schema: {
        operationId: 'editAnalysisQuestion',
        summary: 'New texts for a question: a new version; earlier answers keep theirs (admin)',
        tags,
        params: QuestionParamsSchema,
        body: EditQuestionBodySchema,
        response: { 200: AnalysisQuestionSchema, ...errors },
      },
    },
    async (request) => {
      const { board, user } = admin(request.params.boardId, request.credentials);
      return analysis.editQuestion(board, user, request.params.questionId, request.body);
    },
  );

  app.post(
    `${base}/questions/:questionId/retire`,
    {
      schema: {
        operationId: 'retireAnalysisQuestion',
        summary: 'Retire a question: no new answers, left out of open rounds’ scores (admin)',
        tags,
        params: QuestionParamsSchema,
        response: { 204: NoContentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board } = admin(request.params.boardId, request.credentials);
      analysis.retireQuestion(board, request.params.questionId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    `${base}/rounds`,
    {
      schema: {
        operationId: 'listAnalysisRounds',
        summary: 'The board’s analysis rounds with their scores, newest first',
        tags,
        params: BoardParamsSchema,
        response: { 200: AnalysisRoundListSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return { rounds: analysis.listRounds(board) };
    },
  );

  app.post(
    `${base}/rounds`,
    {
      schema: {
        operationId: 'startAnalysisRound',
        summary: 'Start an analysis round (one open at a time)',
        tags,
        params: BoardParamsSchema,
        body: NewRoundBodySchema,
        response: { 201: AnalysisRoundSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return reply.status(201).send(analysis.startRound(board, user, request.body.name));
    },
  );

  app.get(
    `${base}/rounds/:roundId`,
    {
      schema: {
        operationId: 'getAnalysisRound',
        summary: 'An analysis round with its scores and every answer (who and when)',
        tags,
        params: RoundParamsSchema,
        response: { 200: AnalysisRoundDetailSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return analysis.round(board, request.params.roundId);
    },
  );

  app.put(
    `${base}/rounds/:roundId/answers/:questionId`,
    {
      schema: {
        operationId: 'answerAnalysisQuestion',
        summary: 'Save one answer of an open round; answers the round with its scores',
        tags,
        params: RoundQuestionParamsSchema,
        body: AnswerBodySchema,
        response: { 200: AnalysisRoundSchema, ...errors },
      },
    },
    async (request) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      const { roundId, questionId } = request.params;
      return analysis.answer(board, user, roundId, questionId, request.body);
    },
  );

  app.post(
    `${base}/rounds/:roundId/finish`,
    {
      schema: {
        operationId: 'finishAnalysisRound',
        summary: 'Finish a round: its scores are frozen and go on the wall’s radar',
        tags,
        params: RoundParamsSchema,
        response: { 200: AnalysisRoundSchema, ...errors },
      },
    },
    async (request) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return analysis.finish(board, user, request.params.roundId);
    },
  );
};
