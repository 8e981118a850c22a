import { createReadStream } from 'node:fs';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { preParsingAsyncHookHandler } from 'fastify';
import {
  BoardParamsSchema,
  BoardPhotoSchema,
  ErrorBodySchema,
  LIMITS,
  PhotoParamsSchema,
  SuggestionParamsSchema,
  SuggestionSchema,
} from '@tavla/shared';
import { AppError, notFound } from '../../http/app-error.js';
import { binaryContent, documentedAs } from '../../http/openapi.js';
import type { Services } from '../../services.js';
import { createUploadBudget } from './upload-budget.js';
import type { PhoneLimits } from '../../http/rate-limits.js';

/** Upload content types: all treated alike, since the bytes decide what the file is. */
const UPLOAD_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/heic',
  'image/heif',
  'image/avif',
  'application/octet-stream',
];

/** Photos can be hidden later, so never `immutable` or `public`. */
export const PHOTO_CACHE_CONTROL = 'private, max-age=300';

export const photoRoutes: FastifyPluginAsyncTypebox<{
  services: Services;
  limits: PhoneLimits;
}> = async (app, opts) => {
  const { access, photos } = opts.services;
  const uploads = createUploadBudget();
  const tags = ['photos'];

  /**
   * Reserves room for the upload's bytes (its announced length, at most the largest photo)
   * before its body is read, and frees it when the answer is sent or the connection closes.
   */
  const reserveUploadRoom: preParsingAsyncHookHandler = async (request, reply, payload) => {
    const announced = Number(request.headers['content-length']);
    const bytes =
      Number.isFinite(announced) && announced > 0
        ? Math.min(announced, LIMITS.photoMaxBytes)
        : LIMITS.photoMaxBytes;
    const release = uploads.reserve(request.ip, bytes);
    reply.raw.once('close', release);
    reply.raw.once('finish', release);
    return payload;
  };
  app.addContentTypeParser(
    UPLOAD_TYPES,
    { parseAs: 'buffer', bodyLimit: LIMITS.photoMaxBytes },
    (_request, body, done) => {
      done(null, body);
    },
  );

  app.put(
    '/api/boards/:boardId/suggestions/:suggestionId/photo',
    {
      bodyLimit: LIMITS.photoMaxBytes,
      onRequest: opts.limits.hook('photo'),
      // Route-level, so it runs after the global credential check (early-access.ts): only a
      // phone that may upload reserves room, and it does so before its body is read.
      preParsing: reserveUploadRoom,
      schema: {
        operationId: 'uploadPhoto',
        summary: 'Add a photo to the phone’s own suggestion, or replace it (the raw image bytes)',
        tags,
        params: SuggestionParamsSchema,
        response: { 200: SuggestionSchema, '4xx': ErrorBodySchema },
      },
      // The body is the image itself, read as a Buffer: documented, not validated by a schema.
      config: documentedAs({ body: { content: binaryContent(UPLOAD_TYPES) } }),
    },
    async (request) => {
      const { board, deviceId } = access.device(request.params.boardId, request.credentials);
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError(
          415,
          'unsupported_media_type',
          'Send the photo itself as the request body (Content-Type image/jpeg, image/webp, …).',
        );
      }
      return photos.attach(board, deviceId, request.params.suggestionId, request.body);
    },
  );

  app.post(
    '/api/boards/:boardId/photos',
    {
      bodyLimit: LIMITS.photoMaxBytes,
      preParsing: reserveUploadRoom,
      schema: {
        operationId: 'uploadBoardPhoto',
        summary: 'Upload a photo for the board itself (an announcement’s), the raw image bytes',
        tags,
        params: BoardParamsSchema,
        response: { 201: BoardPhotoSchema, '4xx': ErrorBodySchema },
      },
      config: documentedAs({ body: { content: binaryContent(UPLOAD_TYPES) } }),
    },
    async (request, reply) => {
      const { board, user } = access.lead(request.params.boardId, request.credentials);
      if (!Buffer.isBuffer(request.body)) {
        throw new AppError(
          415,
          'unsupported_media_type',
          'Send the photo itself as the request body (Content-Type image/jpeg, image/webp, …).',
        );
      }
      return reply.status(201).send(await photos.uploadForBoard(board, user, request.body));
    },
  );

  // Generated names are 128-bit random: the URL itself is the permission to see the photo,
  // as long as a visible suggestion shows it. A hidden suggestion's photo answers 404, and
  // the cache is short and private (no proxy keeps a copy) so hiding takes effect everywhere
  // within minutes, while a wall or a phone that redraws meanwhile still has it at hand.
  app.get(
    '/photos/:name',
    {
      schema: {
        operationId: 'getPhoto',
        summary: 'A photo or its thumbnail, while a visible suggestion shows it',
        tags,
        params: PhotoParamsSchema,
      },
      // A file stream: documented, not serialised.
      config: documentedAs({
        response: {
          200: {
            description: 'The re-encoded photo, without metadata.',
            content: binaryContent(['image/webp']),
          },
          404: {
            description: 'No visible suggestion shows this photo.',
            content: { 'application/json': { schema: ErrorBodySchema } },
          },
        },
      }),
    },
    async (request, reply) => {
      const path = photos.servedPath(request.params.name);
      if (!path) throw notFound('There is no such photo.');
      return reply
        .type('image/webp')
        .header('cache-control', PHOTO_CACHE_CONTROL)
        .header('x-content-type-options', 'nosniff')
        .send(createReadStream(path));
    },
  );
};
