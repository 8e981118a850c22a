import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  ErrorBodySchema,
  SiteOverviewSchema,
  SiteSummarySchema,
  SiteWallBodySchema,
  SiteWallSettingsSchema,
} from '@tavla/shared';
import { forbidden } from '../../http/app-error.js';
import { requireAdmin } from '../../http/guards.js';
import type { Services } from '../../services.js';

const tags = ['site'];

/**
 * The admin's overview of every board, the site wall's settings and key (admins only), and
 * the site wall's own read (its read-only key in `x-display-key`, like a board's wall).
 */
export const siteRoutes: FastifyPluginAsyncTypebox<{ services: Services }> = async (app, opts) => {
  const { site } = opts.services;
  const settingsResponse = { 200: SiteWallSettingsSchema, '4xx': ErrorBodySchema };

  app.get(
    '/api/admin/overview',
    {
      schema: {
        operationId: 'getSiteOverview',
        summary: 'Every board at a glance: screens, activity, participation, goals, roadmap',
        tags,
        response: { 200: SiteOverviewSchema, '4xx': ErrorBodySchema },
      },
    },
    async (request) => {
      requireAdmin(request);
      return site.overview();
    },
  );

  app.get(
    '/api/admin/site-wall',
    {
      schema: {
        operationId: 'getSiteWall',
        summary: 'The site wall’s boards, layout and URL',
        tags,
        response: settingsResponse,
      },
    },
    async (request) => {
      requireAdmin(request);
      return site.settings();
    },
  );

  app.put(
    '/api/admin/site-wall',
    {
      schema: {
        operationId: 'setSiteWall',
        summary: 'Choose the site wall’s boards, layout and turn length',
        tags,
        body: SiteWallBodySchema,
        response: settingsResponse,
      },
    },
    async (request) => {
      requireAdmin(request);
      return site.update(request.body);
    },
  );

  app.post(
    '/api/admin/site-wall/key',
    {
      schema: {
        operationId: 'replaceSiteWallKey',
        summary: 'Replace the site wall’s key (cuts off the screens with the old one)',
        tags,
        response: settingsResponse,
      },
    },
    async (request) => {
      requireAdmin(request);
      return site.rotateKey();
    },
  );

  app.get(
    '/api/site/summary',
    {
      schema: {
        operationId: 'getSiteSummary',
        summary: 'What the site wall shows: the chosen boards’ summaries (site key only)',
        tags,
        response: { 200: SiteSummarySchema, '4xx': ErrorBodySchema },
      },
    },
    async (request) => {
      const { displayKey, user } = request.credentials;
      // The site wall's key is its only credential: a signed-in admin reads the overview.
      if (displayKey === undefined && user) {
        throw forbidden('The site wall reads this with its key; admins see the overview.');
      }
      site.checkKey(displayKey);
      return site.summary();
    },
  );
};
