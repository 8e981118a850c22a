import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DeviceBoardsSchema, ErrorBodySchema, JoinParamsSchema } from '@tavla/shared';
import { AppError, unauthorized } from '../../http/app-error.js';
import { documentedAs } from '../../http/openapi.js';
import type { PhoneLimits } from '../../http/rate-limits.js';
import type { Services } from '../../services.js';
import { toBoard } from '../boards/board-service.js';
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS } from './device-service.js';

const INVALID_JOIN_PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Tavla</title></head>
<body style="font-family: system-ui, sans-serif; padding: 2rem; font-size: 1.25rem">
<h1>Länken gäller inte / This link is not valid</h1>
<p>Skanna QR-koden på tavlan igen.</p><p>Scan the QR code on the board again.</p>
</body></html>`;

// An old QR code after an admin replaced the join token: friendly, in both languages.
const REPLACED_JOIN_PAGE = `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Tavla</title></head>
<body style="font-family: system-ui, sans-serif; padding: 2rem; font-size: 1.25rem">
<h1>Den här koden har bytts ut / This code was replaced</h1>
<p lang="sv">Tavlan har fått en ny QR-kod. Skanna den som sitter på tavlan nu.</p>
<p lang="en">The board has a new QR code. Scan the one that is on the board now.</p>
</body></html>`;

/** Too many new phones from this address just now: the page tries again by itself. */
const busyJoinPage = (retryAfterSeconds: number) => `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="refresh" content="${String(retryAfterSeconds)}">
<title>Tavla</title></head>
<body style="font-family: system-ui, sans-serif; padding: 2rem; font-size: 1.25rem">
<h1>Många ansluter just nu / Many people are joining right now</h1>
<p>Sidan försöker igen själv om ${String(retryAfterSeconds)} sekunder.</p>
<p>This page tries again by itself in ${String(retryAfterSeconds)} seconds.</p>
</body></html>`;

export const deviceRoutes: FastifyPluginAsyncTypebox<{
  services: Services;
  limits: PhoneLimits;
}> = async (app, opts) => {
  const { devices, boardRepository } = opts.services;
  const limitNewDevices = opts.limits.hook('newDevice');

  // The QR code points here. Sets the device cookie and redirects to a clean URL, so the
  // join token never stays in the address bar, the history or a shared screenshot.
  app.get(
    '/join/:token',
    {
      schema: {
        operationId: 'joinBoard',
        summary: 'Join a board from its QR code: sets the device cookie, redirects to the app',
        tags: ['devices'],
        params: JoinParamsSchema,
      },
      // Answers with a redirect, or a page for a browser: documented, not serialised.
      config: documentedAs({
        response: {
          302: {
            description: 'Joined: the device cookie is set; on to the phone app at /m/b/{boardId}.',
            type: 'null',
          },
          '4xx': {
            description:
              'An unknown (404) or replaced (410) link, or too many new phones from this ' +
              'address (429, with Retry-After): a page in Swedish and English for a browser ' +
              '(Accept: text/html) that retries by itself after a 429, otherwise the JSON error.',
            content: {
              'application/json': { schema: ErrorBodySchema },
              'text/html': { schema: { type: 'string' } },
            },
          },
        },
      }),
      // New devices per address are limited; a browser gets a page that retries by itself.
      onRequest: async function (request, reply) {
        try {
          await limitNewDevices.call(this, request, reply);
        } catch (error) {
          const wait = error instanceof AppError ? error.details.retryAfterSeconds : undefined;
          if (wait === undefined || !request.headers.accept?.includes('text/html')) throw error;
          return reply
            .status(429)
            .header('retry-after', String(wait))
            .header('cache-control', 'no-store')
            .type('text/html; charset=utf-8')
            .send(busyJoinPage(wait));
        }
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      let joined: { cookie: string; boardId: string };
      try {
        joined = devices.join(request.params.token, request.cookies[DEVICE_COOKIE]);
      } catch (error) {
        if (error instanceof AppError && request.headers.accept?.includes('text/html')) {
          return reply
            .status(error.statusCode)
            .type('text/html; charset=utf-8')
            .send(error.code === 'link_replaced' ? REPLACED_JOIN_PAGE : INVALID_JOIN_PAGE);
        }
        throw error;
      }
      reply.setCookie(DEVICE_COOKIE, joined.cookie, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
        secure: request.protocol === 'https',
      });
      return reply.redirect(`/m/b/${joined.boardId}`, 302);
    },
  );

  app.get(
    '/api/me/boards',
    {
      schema: {
        operationId: 'listMyBoards',
        summary: 'The boards this phone has joined',
        tags: ['devices'],
        response: { 200: DeviceBoardsSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request) => {
      const deviceId = devices.knownDevice(request.cookies[DEVICE_COOKIE]);
      if (!deviceId) throw unauthorized('Scan the QR code on a board to join it.');
      const boards = devices
        .boardIdsOf(deviceId)
        .map((id) => boardRepository.findById(id))
        .filter((row) => row !== undefined)
        .map(toBoard);
      return { boards };
    },
  );
};
