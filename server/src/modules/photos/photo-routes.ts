import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ErrorBodySchema,
  LIMITS,
  PhotoParamsSchema,
  SuggestionParamsSchema,
  SuggestionSchema,
} from '@tavla/shared';
import { AppError, notFound } from '../../http/app-error.js';
import type { Services } from '../../services.js';
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

export const photoRoutes: FastifyPluginAsyncTypebox<{
  services: Services;
  limits: PhoneLimits;
}> = async (app, opts) => {
  const { access, photos } = opts.services;

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
      schema: {
        params: SuggestionParamsSchema,
        response: { 200: SuggestionSchema, '4xx': ErrorBodySchema },
      },
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
      return photos.attach(board, deviceId ?? '', request.params.suggestionId, request.body);
    },
  );

  // Generated names are 128-bit random: the URL itself is the permission to see the photo.
  app.get('/photos/:name', { schema: { params: PhotoParamsSchema } }, async (request, reply) => {
    const path = join(photos.photoDir, request.params.name);
    if (!existsSync(path)) throw notFound('There is no such photo.');
    return reply
      .type('image/webp')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('x-content-type-options', 'nosniff')
      .send(createReadStream(path));
  });
};
