import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  BoardParamsSchema,
  ErrorBodySchema,
  MeetingParamsSchema,
  MeetingReviewSchema,
  MeetingSlotBodySchema,
} from '@tavla/shared';
import type { Services } from '../../services.js';

const errors = { '4xx': ErrorBodySchema };
const tags = ['meetings'];
const board = '/api/boards/:boardId';

/**
 * The weekly board meeting: everyone who may see the board (the wall with its display key,
 * phones, leads) reads "since last time"; leads start and end it and set its weekly slot.
 */
export const meetingRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (
  app,
  opts,
) => {
  const { access, meetings } = opts.services;

  app.get(
    `${board}/meeting`,
    {
      schema: {
        operationId: 'getMeetingReview',
        summary:
          'What changed since the previous board meeting, and the bottleneck (the live meeting, or since the latest)',
        tags,
        params: BoardParamsSchema,
        response: { 200: MeetingReviewSchema, ...errors },
      },
    },
    async (request) => {
      const viewer = access.viewer(request.params.boardId, request.credentials);
      return meetings.current(viewer.board);
    },
  );

  app.post(
    `${board}/meetings`,
    {
      schema: {
        operationId: 'startMeeting',
        summary: 'Start a board meeting (201), or answer the one already running (200)',
        tags,
        params: BoardParamsSchema,
        response: { 200: MeetingReviewSchema, 201: MeetingReviewSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board: row, user } = access.lead(request.params.boardId, request.credentials);
      const { review, created } = meetings.start(row, user);
      return reply.status(created ? 201 : 200).send(review);
    },
  );

  app.post(
    `${board}/meetings/:meetingId/end`,
    {
      schema: {
        operationId: 'endMeeting',
        summary: 'End the running board meeting; answers its review as it stood at the end',
        tags,
        params: MeetingParamsSchema,
        response: { 200: MeetingReviewSchema, ...errors },
      },
    },
    async (request) => {
      const { board: row } = access.lead(request.params.boardId, request.credentials);
      return meetings.end(row, request.params.meetingId);
    },
  );

  app.put(
    `${board}/meeting-slot`,
    {
      schema: {
        operationId: 'setMeetingSlot',
        summary: 'Set the weekly board meeting (weekday, time, minutes), or none',
        tags,
        params: BoardParamsSchema,
        body: MeetingSlotBodySchema,
        response: { 200: MeetingSlotBodySchema, ...errors },
      },
    },
    async (request) => {
      const { board: row } = access.lead(request.params.boardId, request.credentials);
      return meetings.setSlot(row, request.body.slot);
    },
  );
};
