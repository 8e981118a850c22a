import fastifyCookie from '@fastify/cookie';
import helmet from 'helmet';
import { TypeBoxValidatorCompiler, type TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyServerOptions } from 'fastify';
import { HealthSchema } from '@tavla/shared';
import type { Db } from './db/open-database.js';
import {
  clientErrorHandler,
  frameworkErrorHandler,
  installErrorHandling,
} from './http/error-handler.js';
import { systemClock, type Clock } from './lib/clock.js';
import { createDiskMonitor } from './lib/disk-space.js';
import { accountRoutes } from './modules/accounts/account-routes.js';
import { adminRoutes } from './modules/accounts/admin-routes.js';
import { boardRoutes } from './modules/boards/board-routes.js';
import {
  DEFAULT_NETWORK_LIMITS,
  limitConnectionsPerAddress,
  serverTimeouts,
  type NetworkLimits,
} from './http/connection-limits.js';
import { installEarlyAccess } from './http/early-access.js';
import { createHostCheck, installHostCheck } from './http/host-check.js';
import { boardLinkRoutes } from './modules/boards/board-link-routes.js';
import { installRequestAuth } from './http/request-auth.js';
import { installOpenApi } from './http/openapi.js';
import { installInputNormalisation } from './http/normalise-input.js';
import { logsEveryRequest, redactingLogger } from './http/log-redaction.js';
import { installRateLimits, type RateLimits } from './http/rate-limits.js';
import { deviceRoutes } from './modules/devices/device-routes.js';
import { feedbackRoutes } from './modules/feedback/feedback-routes.js';
import { photoRoutes } from './modules/photos/photo-routes.js';
import { goalRoutes } from './modules/goals/goal-routes.js';
import { suggestionRoutes } from './modules/suggestions/suggestion-routes.js';
import { ownSuggestionRoutes } from './modules/own-suggestions/own-suggestion-routes.js';
import { analysisRoutes } from './modules/analysis/analysis-routes.js';
import { materialityRoutes } from './modules/materiality/materiality-routes.js';
import { methodRoutes } from './modules/method/method-routes.js';
import { announcementRoutes } from './modules/announcements/announcement-routes.js';
import { roadmapRoutes } from './modules/roadmap/roadmap-routes.js';
import { reportRoutes } from './modules/reports/report-routes.js';
import { workshopRoutes } from './modules/workshops/workshop-routes.js';
import { followUpRoutes } from './modules/follow-ups/follow-up-routes.js';
import { meetingRoutes } from './modules/meetings/meeting-routes.js';
import { analyticsRoutes } from './modules/analytics/analytics-routes.js';
import { exportRoutes } from './modules/exports/export-routes.js';
import { posterRoutes } from './modules/poster/poster-routes.js';
import { siteRoutes } from './modules/site/site-routes.js';
import { triageRoutes } from './modules/triage/triage-routes.js';
import { boardSettingsRoutes } from './modules/board-settings/board-settings-routes.js';
import { peopleRoutes } from './modules/people/people-routes.js';
import { installAuditLog } from './modules/audit/audit-hook.js';
import { endLeadSocketsOfLostBoards } from './realtime/lead-board-sockets.js';
import { attachRealtime } from './realtime/realtime.js';
import { attachSiteRealtime } from './realtime/site-realtime.js';
import { DEFAULT_SOCKET_LIMITS } from './realtime/socket-limits.js';
import { endSocketsWithTheirSession } from './realtime/session-sockets.js';
import type { HashLimits } from './lib/hash-limiter.js';
import type { ScryptCost } from './lib/secret-hash.js';
import type { SocketLimits } from './realtime/socket-limits.js';
import { createServices } from './services.js';
import { buildIdOf, serveApps, type AppDirs } from './static-apps.js';

export interface AppOptions {
  db: Db;
  /** Base URL phones use (the QR code points here), without trailing slash. */
  publicUrl: string;
  /** Server-side secret mixed into password hashes; kept in a file outside the database. */
  pepper: Buffer;
  /** Where uploaded photos are kept (DATA_DIR/photos). */
  photoDir: string;
  clock?: Clock;
  logger?: FastifyServerOptions['logger'];
  /** Serve the built apps; tests of the API alone leave this out. */
  appDirs?: AppDirs;
  version?: string;
  /** How long "me too" tallies and voter counts are gathered before they go out (default 200 ms). */
  tallyBatchMs?: number;
  /** Password hashes in flight and waiting for a turn (default 2 running, 8 waiting). */
  hashLimits?: HashLimits;
  /**
   * scrypt's cost for new password and setup-code hashes. Production never sets it and hashes
   * at OWASP's parameters (SCRYPT_PARAMS); the in-process tests use a cheaper one so that
   * hundreds of sign-ins do not cost minutes, and the hardening tests use the real one.
   */
  passwordCost?: ScryptCost;
  /** How often sockets of signed-in users check their session still exists (default 10 s). */
  sessionRecheckMs?: number;
  /** Timeouts and the per-address connection cap (defaults in http/connection-limits.ts). */
  network?: Partial<NetworkLimits>;
  /** Host names served besides PUBLIC_URL's and loopback (ALLOWED_HOSTS). */
  allowedHosts?: readonly string[];
  /** Per-socket request limits and the unsent-output cap (defaults in socket-limits.ts). */
  socketLimits?: SocketLimits;
  /** Rate limits on phone writes and new devices (default: DEFAULT_RATE_LIMITS). */
  rateLimits?: RateLimits | 'off';
}

/**
 * Builds the whole server (HTTP API, Socket.IO, static apps) around a database that is
 * already open and migrated. Never listens: main.ts does, tests use inject() or listen(0).
 */
export async function buildApp(options: AppOptions) {
  const clock = options.clock ?? systemClock;
  const network = { ...DEFAULT_NETWORK_LIMITS, ...options.network };
  const app = Fastify({
    ...serverTimeouts(network),
    // Join tokens and display keys travel in URLs: the request log gets them redacted.
    logger: redactingLogger(options.logger ?? false),
    // The log is for operators: a line per request only at LOG_LEVEL=debug or trace.
    logController: new LogController({
      disableRequestLogging: !logsEveryRequest(options.logger ?? false),
    }),
    // Suggestions are small JSON; anything bigger is refused with 413 before parsing.
    bodyLimit: 64 * 1024,
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    // On shutdown, end every connection (long polls, keep-alive sockets) instead of waiting
    // for them: clients reconnect, and writes are retried idempotently.
    forceCloseConnections: true,
  })
    .withTypeProvider<TypeBoxTypeProvider>()
    .setValidatorCompiler(TypeBoxValidatorCompiler);

  limitConnectionsPerAddress(app.server, network.maxConnectionsPerAddress);
  // Whether the data disk is full: marked by a write that failed, cleared when space returns.
  const disk = createDiskMonitor({ db: options.db, dir: options.photoDir });
  installErrorHandling(app, { onDiskFull: () => disk.reportFull() });
  await app.register(fastifyCookie);
  const hostAllowed = createHostCheck(options.publicUrl, options.allowedHosts);
  installHostCheck(app, hostAllowed);
  // Security headers, built once (@fastify/helmet rebuilt the middleware on every request,
  // which showed up in the write-path profile). Factory LANs are plain HTTP: no HSTS, no
  // upgrade-insecure-requests, no COOP/COEP (browsers ignore or choke on them over http).
  // Scripts only from this origin.
  const securityHeaders = helmet({
    strictTransportSecurity: false,
    crossOriginOpenerPolicy: false,
    crossOriginEmbedderPolicy: false,
    originAgentCluster: false,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  app.addHook('onRequest', (request, reply, done) => {
    securityHeaders(request.raw, reply.raw, (error?: unknown) => {
      done(error instanceof Error ? error : undefined);
    });
  });

  const services = createServices({
    db: options.db,
    clock,
    publicUrl: options.publicUrl,
    pepper: options.pepper,
    photoDir: options.photoDir,
    ...(options.tallyBatchMs === undefined ? {} : { tallyBatchMs: options.tallyBatchMs }),
    ...(options.hashLimits === undefined ? {} : { hashLimits: options.hashLimits }),
    ...(options.passwordCost === undefined ? {} : { passwordCost: options.passwordCost }),
    reportError: (error, context) => app.log.error({ err: error }, context),
  });
  app.decorate('services', services);
  // Votes, voter counts and workshop tallies not yet broadcast go out before the database closes.
  app.addHook('onClose', async () => {
    services.tallies.flush();
    services.voterCounts.flush();
    services.workshopTallies.flush();
    services.ackCounts.flush();
  });
  installRequestAuth(app, services.accounts);
  installEarlyAccess(app, services.access);
  installInputNormalisation(app);
  const limits = await installRateLimits(app, services, options.rateLimits);
  // Every successful write of a signed-in lead or admin, on every route, into the audit log.
  installAuditLog(app, { audit: services.audit, access: services.access, clock });

  const version = options.version ?? '0.1.0';
  const build = options.appDirs ? buildIdOf(options.appDirs) : version;
  // Before any route: every route registered from here on is documented, or refused.
  await installOpenApi(app, version);
  app.get(
    '/api/health',
    {
      schema: {
        operationId: 'getHealth',
        summary: 'Whether the server is up, its version and build, and the data disk',
        tags: ['meta'],
        response: { 200: HealthSchema },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return { status: 'ok' as const, version, build, disk: disk.state() };
    },
  );
  await app.register(accountRoutes, { services });
  await app.register(adminRoutes, { services });
  await app.register(deviceRoutes, { services, limits });
  await app.register(boardRoutes, { services });
  await app.register(boardLinkRoutes, { services });
  await app.register(suggestionRoutes, { services, limits });
  await app.register(feedbackRoutes, { services, limits });
  await app.register(photoRoutes, { services, limits });
  await app.register(goalRoutes, { services });
  await app.register(analysisRoutes, { services });
  await app.register(materialityRoutes, { services, limits });
  await app.register(methodRoutes, { services });
  await app.register(announcementRoutes, { services, limits });
  await app.register(roadmapRoutes, { services });
  await app.register(reportRoutes, { services });
  await app.register(workshopRoutes, { services, limits });
  await app.register(followUpRoutes, { services, limits });
  await app.register(meetingRoutes, { services });
  await app.register(analyticsRoutes, { services });
  await app.register(exportRoutes, { services });
  await app.register(posterRoutes, { services });
  await app.register(siteRoutes, { services });
  await app.register(triageRoutes, { services });
  await app.register(boardSettingsRoutes, { services });
  await app.register(peopleRoutes, { services });
  await app.register(ownSuggestionRoutes, { services, limits });

  if (options.appDirs) await serveApps(app, options.appDirs);

  const io = attachRealtime(app, services, {
    now: () => clock.now().getTime(),
    hostAllowed,
    ...(options.socketLimits ? { limits: options.socketLimits } : {}),
  });
  endSocketsWithTheirSession(app, io, services.accounts, options.sessionRecheckMs);
  attachSiteRealtime(app, io, services, {
    limits: options.socketLimits ?? DEFAULT_SOCKET_LIMITS,
    now: () => clock.now().getTime(),
  });
  endLeadSocketsOfLostBoards(app, io, services.people);
  app.decorate('io', io);
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

declare module 'fastify' {
  interface FastifyInstance {
    services: ReturnType<typeof createServices>;
    io: import('./realtime/realtime.js').TavlaServer;
  }
}
