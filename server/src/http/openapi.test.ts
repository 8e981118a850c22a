import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import Fastify from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_COOKIE } from '../modules/devices/device-service.js';
import { createBoard, joinPhone, testApp } from '../test-support/test-app.js';
import type { App } from '../app.js';
import type { AppDirs } from '../static-apps.js';
import { API_TAGS, OPENAPI_URL, OPERATION_ID_PATTERN, installOpenApi } from './openapi.js';

/** A built kiosk and phone app, as far as the server needs one. */
function fakeAppBuild(): AppDirs {
  const root = mkdtempSync(join(tmpdir(), 'tavla-apps-'));
  const dirs = { board: join(root, 'board'), mobile: join(root, 'mobile') };
  for (const dir of Object.values(dirs)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  }
  return dirs;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

interface Operation {
  method: string;
  path: string;
  operationId?: string;
  summary?: string;
  tags?: string[];
}

// A type, not an interface: the validator takes any record.
type Document = {
  openapi: string;
  info: { title: string; version: string };
  tags: { name: string }[];
  paths: Record<string, Record<string, unknown>>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function operationsOf(document: Document): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      return isRecord(operation) ? [{ ...(operation as Partial<Operation>), method, path }] : [];
    }),
  );
}

/** Every Schema Object in the document (parameters, request bodies, responses), by where. */
function schemasOf(document: Document): [string, Record<string, unknown>][] {
  const found: [string, Record<string, unknown>][] = [];
  for (const { method, path } of operationsOf(document)) {
    const operation = document.paths[path]?.[method];
    if (!isRecord(operation)) continue;
    const where = `${method.toUpperCase()} ${path}`;
    const parameters = Array.isArray(operation.parameters) ? operation.parameters : [];
    for (const parameter of parameters) {
      if (isRecord(parameter) && isRecord(parameter.schema)) {
        found.push([`${where} parameter ${String(parameter.name)}`, parameter.schema]);
      }
    }
    const media: [string, unknown][] = [];
    if (isRecord(operation.requestBody) && isRecord(operation.requestBody.content)) {
      media.push(['body', operation.requestBody.content]);
    }
    for (const [status, response] of Object.entries(
      isRecord(operation.responses) ? operation.responses : {},
    )) {
      if (isRecord(response)) media.push([`response ${status}`, response.content]);
    }
    for (const [part, content] of media) {
      if (!isRecord(content)) continue;
      for (const [type, entry] of Object.entries(content)) {
        if (isRecord(entry) && isRecord(entry.schema)) {
          found.push([`${where} ${part} ${type}`, entry.schema]);
        }
      }
    }
  }
  return found;
}

describe('the OpenAPI document', () => {
  let app: App;
  let document: Document;

  beforeAll(async () => {
    ({ app } = await testApp());
    const response = await app.inject({ method: 'GET', url: OPENAPI_URL });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    document = response.json<Document>();
  });

  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document));
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(document.info).toMatchObject({ title: 'Tavla API', version: '0.1.0' });
  });

  // The OpenAPI 3.1 schema leaves Schema Objects to JSON Schema 2020-12: compile each one
  // strictly, so an unknown keyword (OpenAPI 3.0's `nullable`, a typo), an unknown format or
  // a broken pattern fails here instead of in a client generator.
  it('holds only valid JSON Schema 2020-12', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    // ajv-formats is CommonJS: its plugin is the default export's `default`.
    ajvFormats.default(ajv);
    // Ajv knows OpenAPI 3.0's `nullable`; JSON Schema 2020-12 (and so OpenAPI 3.1) does not.
    ajv.removeKeyword('nullable');
    // OpenAPI's own format for raw bytes, and the annotation our schemas carry (see text.ts).
    ajv.addFormat('binary', true);
    ajv.addKeyword({ keyword: 'x-text', schemaType: 'string' });
    const schemas = schemasOf(document);
    expect(schemas.length).toBeGreaterThan(50);
    for (const [where, schema] of schemas) {
      expect(() => ajv.compile(schema), where).not.toThrow();
    }
  });

  it('gives every operation a unique camelCase operationId, a summary and a known tag', () => {
    const operations = operationsOf(document);
    const ids = operations.map((operation) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const tags = new Set(document.tags.map((tag) => tag.name));
    for (const operation of operations) {
      const where = `${operation.method.toUpperCase()} ${operation.path}`;
      expect(operation.operationId, where).toMatch(OPERATION_ID_PATTERN);
      expect(operation.summary, where).toBeTruthy();
      expect(operation.tags?.length, where).toBeGreaterThan(0);
      for (const tag of operation.tags ?? []) expect(tags, `${where}: ${tag}`).toContain(tag);
    }
    // Every declared area is in use, so the list stays the table of contents.
    const used = new Set(operations.flatMap((operation) => operation.tags ?? []));
    expect([...used].sort()).toEqual(API_TAGS.map((tag) => tag.name).sort());
  });

  it('describes the API, the join link and photos, and not the apps’ pages', () => {
    const paths = Object.keys(document.paths);
    expect(paths.filter((path) => !path.startsWith('/api/')).sort()).toEqual([
      '/join/{token}',
      '/photos/{name}',
    ]);
    const byId = new Map(operationsOf(document).map((o) => [o.operationId, o]));
    expect(byId.get('postSuggestion')).toMatchObject({
      method: 'post',
      path: '/api/boards/{boardId}/suggestions',
      tags: ['suggestions'],
    });
    expect(byId.get('getOpenApiDocument')).toMatchObject({ method: 'get', path: OPENAPI_URL });
    // Responses are named after their status, and the photo upload takes raw image bytes.
    const upload = document.paths['/api/boards/{boardId}/suggestions/{suggestionId}/photo'];
    expect(upload).toMatchObject({
      put: {
        requestBody: { content: { 'image/jpeg': { schema: { format: 'binary' } } } },
        responses: { 200: { description: 'OK' }, '4XX': { description: /error: \{ code/ } },
      },
    });
  });

  it('is generated once and served from the cache', async () => {
    const again = await app.inject({ method: 'GET', url: OPENAPI_URL });
    expect(again.json()).toEqual(document);
    expect(app.swagger()).toBe(app.swagger());
  });
});

describe('GET /api/openapi.json and the network guards', () => {
  it('is public, on any host name, with the usual security headers', async () => {
    const { app } = await testApp();
    const anonymous = await app.inject({
      method: 'GET',
      url: OPENAPI_URL,
      headers: { host: 'tavla.example.net' },
    });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.headers['content-security-policy']).toContain("default-src 'self'");
    expect(anonymous.headers['x-content-type-options']).toBe('nosniff');
    // A phone's cookie is fine on an allowed host, and refused (as everywhere) on another.
    const cookie = await joinPhone(app, createBoard(app));
    expect(cookie.startsWith(`${DEVICE_COOKIE}=`)).toBe(true);
    const phone = await app.inject({ method: 'GET', url: OPENAPI_URL, headers: { cookie } });
    expect(phone.statusCode).toBe(200);
    const rebound = await app.inject({
      method: 'GET',
      url: OPENAPI_URL,
      headers: { cookie, host: 'rebound.example.net' },
    });
    expect(rebound.statusCode).toBe(421);
  });
});

describe('every registered route', () => {
  // Walks every route the server registers (onRoute), the apps' pages included: a new route
  // without an operationId, a summary or a known tag fails here, and so does a reused id.
  it('documents itself, or is one of the apps’ pages', async () => {
    const { app } = await testApp({ appDirs: fakeAppBuild() });
    await app.ready();
    expect(app.undocumentedRoutes()).toEqual([]);
  });

  const handler = async () => ({});
  const summary = 'Things';

  it('is caught when it forgets its operationId, summary or tags, or reuses an id', async () => {
    const app = Fastify();
    await installOpenApi(app, '1.0.0');
    app.get('/api/a', handler);
    app.get('/api/b', { schema: { operationId: 'list_things', summary, tags: ['meta'] } }, handler);
    app.get('/api/c', { schema: { operationId: 'listThings', tags: ['meta'] } }, handler);
    app.get('/api/d', { schema: { operationId: 'listOthers', summary } }, handler);
    app.get('/api/e', { schema: { operationId: 'listMore', summary, tags: ['things'] } }, handler);
    app.get('/api/f', { schema: { hide: true } }, handler);
    const reused = { operationId: 'getOpenApiDocument', summary, tags: ['meta'] };
    app.get('/api/g', { schema: reused }, handler);
    // Routes in plugins (every module's) are walked too; the apps' pages may be hidden.
    await app.register(async (child) => {
      child.post('/api/h', handler);
      child.get('/m/login', { schema: { hide: true } }, handler);
    });
    await app.ready();
    expect(app.undocumentedRoutes()).toEqual([
      'GET /api/a: it has no schema.operationId',
      'GET /api/b: its operationId "list_things" is not camelCase',
      'GET /api/c: it has no schema.summary',
      'GET /api/d: it has no schema.tags',
      'GET /api/e: its tag "things" is not one of API_TAGS (http/openapi.ts)',
      'GET /api/f: routes under /api/ are part of the API and may not be hidden',
      'GET /api/g: reuses the operationId "getOpenApiDocument" of GET /api/openapi.json',
      'POST /api/h: it has no schema.operationId',
    ]);
  });

  it('must come after installOpenApi, which refuses to start behind routes it cannot see', async () => {
    const app = Fastify();
    app.get('/api/early', handler);
    await expect(installOpenApi(app, '1.0.0')).rejects.toThrow(/before any route/);
  });
});
