import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AcknowledgeBodySchema,
  AnnouncementBodySchema,
  AnnouncementListQuerySchema,
  AnnouncementListSchema,
  AnnouncementParamsSchema,
  AnnouncementSchema,
  BoardParamsSchema,
  ErrorBodySchema,
  MeetingBodySchema,
} from '@tavla/shared';
import type { PhoneLimits } from '../../http/rate-limits.js';
import type { Services } from '../../services.js';

const errors = { '4xx': ErrorBodySchema };
const tags = ['announcements'];
const base = '/api/boards/:boardId/announcements';

/**
 * Step 5: leads publish, edit and retire announcements and record board meetings; phones of
 * the board acknowledge them; everyone who may see the board lists them.
 */
export const announcementRoutes: FastifyPluginAsyncTypebox<{
  services: Services;
  limits: PhoneLimits;
}> = async (app, opts) => {
  const { access, announcements } = opts.services;

  app.get(
    base,
    {
      schema: {
        operationId: 'listAnnouncements',
        summary:
          'The current announcements (a phone: with its own acknowledgements; a lead: all=true for every one)',
        tags,
        params: BoardParamsSchema,
        querystring: AnnouncementListQuerySchema,
        response: { 200: AnnouncementListSchema, ...errors },
      },
    },
    async (request) => {
      const viewer = access.viewer(request.params.boardId, request.credentials);
      return announcements.list(viewer.board, {
        all: viewer.role === 'lead' && request.query.all === 'true',
        deviceId: viewer.role === 'device' ? viewer.deviceId : null,
      });
    },
  );

  app.post(
    base,
    {
      schema: {
        operationId: 'publishAnnouncement',
        summary: 'Publish an announcement: pinned on every phone and on the wall at once',
        tags,
        params: BoardParamsSchema,
        body: AnnouncementBodySchema,
        response: { 201: AnnouncementSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return reply.status(201).send(announcements.publish(board, user, request.body));
    },
  );

  app.put(
    `${base}/:announcementId`,
    {
      schema: {
        operationId: 'editAnnouncement',
        summary: 'Edit an announcement; a new title or text is a new version, asked again',
        tags,
        params: AnnouncementParamsSchema,
        body: AnnouncementBodySchema,
        response: { 200: AnnouncementSchema, ...errors },
      },
    },
    async (request) => {
      const { board } = access.lead(request.params.boardId, request.credentials);
      return announcements.edit(board, request.params.announcementId, request.body);
    },
  );

  app.post(
    `${base}/:announcementId/retire`,
    {
      schema: {
        operationId: 'retireAnnouncement',
        summary: 'Retire an announcement: it no longer applies and leaves phones and the wall',
        tags,
        params: AnnouncementParamsSchema,
        response: { 200: AnnouncementSchema, ...errors },
      },
    },
    async (request) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return announcements.retire(board, user, request.params.announcementId);
    },
  );

  app.post(
    `${base}/:announcementId/acknowledgement`,
    {
      // Like a vote: once per device and version, so the limit only stops scripts.
      onRequest: opts.limits.hook('vote'),
      schema: {
        operationId: 'acknowledgeAnnouncement',
        summary: 'This phone has read and understood the given version (stored once)',
        tags,
        params: AnnouncementParamsSchema,
        body: AcknowledgeBodySchema,
        response: { 200: AnnouncementSchema, ...errors },
      },
    },
    async (request) => {
      const { board, deviceId } = access.device(request.params.boardId, request.credentials);
      return announcements.acknowledge(
        board,
        deviceId,
        request.params.announcementId,
        request.body.version,
      );
    },
  );

  app.post(
    `${base}/:announcementId/meetings`,
    {
      schema: {
        operationId: 'recordAnnouncementMeeting',
        summary: 'Record that it was gone through at a board meeting with N present',
        tags,
        params: AnnouncementParamsSchema,
        body: MeetingBodySchema,
        response: { 200: AnnouncementSchema, ...errors },
      },
    },
    async (request) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      return announcements.recordMeeting(
        board,
        user,
        request.params.announcementId,
        request.body.present,
      );
    },
  );
};
