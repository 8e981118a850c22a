import { STATUS_CODES } from 'node:http';
import fastifySwagger from '@fastify/swagger';
import type { FastifyContextConfig, FastifyInstance, FastifySchema, RouteOptions } from 'fastify';
import Type from 'typebox';

/** Where the document is served: public, like /api/health (it holds no board data). */
export const OPENAPI_URL = '/api/openapi.json';

/**
 * The areas of the API, in the order the document lists them. Every documented route names
 * one of these in `tags`; a new area adds its tag here.
 */
export const API_TAGS = [
  { name: 'meta', description: 'Health of the server and this document.' },
  { name: 'accounts', description: 'The first admin, signing in and out, the signed-in user.' },
  { name: 'admin', description: 'Boards, their links, team leads and admins (admins only).' },
  { name: 'devices', description: 'Phones joining a board through its QR code.' },
  { name: 'boards', description: 'A board as a screen draws it, and its wall screens.' },
  { name: 'suggestions', description: 'Posting suggestions and moving them through the workflow.' },
  { name: 'feedback', description: '"Me too" votes and comments on suggestions.' },
  {
    name: 'photos',
    description: 'Photos of suggestions and of the board itself: upload and the re-encoded files.',
  },
  { name: 'goals', description: 'SMART goals, their states and measurements.' },
  {
    name: 'analysis',
    description: 'The current-state analysis: a board’s question bank, its rounds and scores.',
  },
  {
    name: 'materiality',
    description: 'The interest vote (dots from the phones) and the materiality matrix.',
  },
  { name: 'method', description: 'The roadmap of the seven steps, and what the wall shows.' },
  {
    name: 'workshops',
    description: 'The workshop (step 1): templates, live sessions, phones’ answers, kept results.',
  },
  {
    name: 'announcements',
    description: 'What now applies (step 5): announcements, acknowledgements, board meetings.',
  },
  {
    name: 'follow-ups',
    description:
      'The follow-up (step 7): its steps, the phones’ notes, votes and pulse, and the actions.',
  },
  {
    name: 'meetings',
    description: 'The weekly board meeting (step 7): what changed since last time, its slot.',
  },
  {
    name: 'analytics',
    description: 'What a board’s history says: participation and its target, flow, lead times.',
  },
  { name: 'reports', description: 'The roadmap report to print for management and the coach.' },
  {
    name: 'exports',
    description:
      'A board’s data for leads: everything as JSON, tables as CSV for Excel (streamed).',
  },
  {
    name: 'site',
    description: 'Many boards, one site: the admin’s overview and the site wall.',
  },
] as const;

/** `listGoals`, `postSuggestion`: a verb, then what it acts on, in camelCase. */
export const OPERATION_ID_PATTERN = /^[a-z][a-zA-Z0-9]*$/;

/** The document's outline; the rest is whatever @fastify/swagger generates. */
const OpenApiDocumentSchema = Type.Object({
  openapi: Type.String(),
  info: Type.Object({ title: Type.String(), version: Type.String() }),
  tags: Type.Array(Type.Object({ name: Type.String(), description: Type.String() })),
  paths: Type.Record(Type.String(), Type.Object({})),
  components: Type.Object({}),
});

const knownTags = new Set<string>(API_TAGS.map((tag) => tag.name));

/**
 * Why a route does not document itself, or undefined when it does. Every route that is not
 * hidden has an operationId, a summary and a known tag; routes under /api/ may not be hidden.
 * Only the apps' pages are hidden.
 */
function undocumentedReason(route: RouteOptions): string | undefined {
  // Fastify adds a HEAD route for each GET; the document describes the GET.
  if (route.method === 'HEAD') return undefined;
  const schema = route.schema;
  const api = route.url.startsWith('/api/');
  if (schema?.hide === true) {
    return api ? 'routes under /api/ are part of the API and may not be hidden' : undefined;
  }
  const operationId = schema?.operationId;
  if (operationId === undefined) return 'it has no schema.operationId';
  if (!OPERATION_ID_PATTERN.test(operationId)) {
    return `its operationId "${operationId}" is not camelCase`;
  }
  if (!schema?.summary) return 'it has no schema.summary';
  const tags = schema.tags ?? [];
  if (tags.length === 0) return 'it has no schema.tags';
  const unknown = tags.find((tag) => !knownTags.has(tag));
  if (unknown !== undefined) return `its tag "${unknown}" is not one of API_TAGS (http/openapi.ts)`;
  return undefined;
}

/**
 * What the document says about a route beyond its schema, for the few routes whose real
 * schema cannot say it without changing how Fastify validates or serialises them: a raw photo
 * body, a redirect, a page for a browser, an image file. Goes in the route's `config`.
 */
export function documentedAs(extra: FastifySchema): FastifyContextConfig {
  return { swaggerTransform: ({ schema, url }) => ({ schema: { ...schema, ...extra }, url }) };
}

/** A request or response body of raw bytes in these media types, for `documentedAs`. */
export const binaryContent = (mediaTypes: readonly string[]) =>
  Object.fromEntries(
    mediaTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]),
  );

const ERROR_DESCRIPTION =
  'Refused: `{ error: { code, message, field?, retryAfterSeconds? } }`. Clients translate `code`.';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * @fastify/swagger calls every response without a description "Default Response": name it
 * after its status instead ("Created", "No Content"), and say what an error body holds.
 */
function describeResponses(paths: unknown): void {
  if (!isRecord(paths)) return;
  for (const pathItem of Object.values(paths)) {
    if (!isRecord(pathItem)) continue;
    for (const operation of Object.values(pathItem)) {
      if (!isRecord(operation) || !isRecord(operation.responses)) continue;
      for (const [status, response] of Object.entries(operation.responses)) {
        if (!isRecord(response) || response.description !== 'Default Response') continue;
        response.description = status.endsWith('XX')
          ? ERROR_DESCRIPTION
          : (STATUS_CODES[status] ?? `Status ${status}`);
      }
    }
  }
}

/** Each route that does not document itself, with why; a reused operationId too. */
function findUndocumented(routes: readonly RouteOptions[]): string[] {
  const problems: string[] = [];
  const operationIds = new Map<string, string>();
  for (const route of routes) {
    const where = `${String(route.method)} ${route.url}`;
    const reason = undocumentedReason(route);
    if (reason !== undefined) problems.push(`${where}: ${reason}`);
    const operationId = route.method === 'HEAD' ? undefined : route.schema?.operationId;
    if (operationId === undefined || route.schema?.hide === true) continue;
    const other = operationIds.get(operationId);
    if (other === undefined) {
      operationIds.set(operationId, where);
    } else {
      problems.push(`${where}: reuses the operationId "${operationId}" of ${other}`);
    }
  }
  return problems;
}

/**
 * The API describes itself: every route's schema (TypeBox, from @tavla/shared) goes into an
 * OpenAPI 3.1 document, served at GET /api/openapi.json. Register before any route, so the
 * onRoute hooks see them all. `app.undocumentedRoutes()` lists the routes that forgot their
 * operationId, summary or tags; openapi.test.ts fails unless it is empty.
 */
export async function installOpenApi(app: FastifyInstance, version: string): Promise<void> {
  // A route registered before the hooks would be neither checked nor documented.
  if (app.printRoutes() !== '(empty tree)') {
    throw new Error('installOpenApi must be registered before any route.');
  }
  const routes: RouteOptions[] = [];
  app.addHook('onRoute', (route) => {
    routes.push(route);
  });
  app.decorate('undocumentedRoutes', () => findUndocumented(routes));

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Tavla API',
        version,
        description:
          'The HTTP API of Tavla, a digital shop-floor sustainability board. Errors answer ' +
          '`{ error: { code, message, field?, retryAfterSeconds? } }`; clients translate `code`.',
      },
      tags: API_TAGS.map((tag) => ({ ...tag })),
    },
    // OpenAPI 3.1 schemas are JSON Schema 2020-12: `const` is valid as it is.
    convertConstToEnum: false,
    transformObject: (document) => {
      const openapi = 'openapiObject' in document ? document.openapiObject : document.swaggerObject;
      describeResponses(openapi.paths);
      return openapi;
    },
  });

  // Built on the first request and kept: the routes cannot change once the server is ready.
  let body: string | undefined;
  app.get(
    OPENAPI_URL,
    {
      schema: {
        operationId: 'getOpenApiDocument',
        summary: 'This OpenAPI document',
        tags: ['meta'],
        response: { 200: OpenApiDocumentSchema },
      },
    },
    async (_request, reply) => {
      body ??= JSON.stringify(app.swagger());
      return reply
        .type('application/json; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(body);
    },
  );
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route so far that does not document itself, with why (see installOpenApi). */
    undocumentedRoutes(): string[];
  }
}
