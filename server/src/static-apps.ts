import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface AppDirs {
  board: string;
  mobile: string;
}

/** Where `npm run build` puts the two apps, relative to this file in src/ or dist/. */
export const defaultAppDirs = (): AppDirs => ({
  board: fileURLToPath(new URL('../../board-app/dist/', import.meta.url)),
  mobile: fileURLToPath(new URL('../../mobile-app/dist/', import.meta.url)),
});

/**
 * Identifies the build of the apps: index.html names the content-hashed bundles, so its hash
 * changes with every build that changes them. Screens compare it to reload themselves.
 */
export function buildIdOf(dirs: AppDirs): string {
  const hash = createHash('sha256');
  for (const dir of [dirs.board, dirs.mobile]) {
    const index = `${dir}/index.html`;
    hash.update(existsSync(index) ? readFileSync(index) : '');
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * Serves the built kiosk at /board/ and the phone app at /m/ from the same port as the API.
 * Hashed assets are cached for a year; index.html never, so a new build is picked up at once.
 */
export async function serveApps(app: FastifyInstance, dirs: AppDirs): Promise<void> {
  for (const [name, dir] of Object.entries(dirs)) {
    if (!existsSync(`${dir}/index.html`)) {
      throw new Error(`The ${name} app is not built (${dir} is missing); run npm run build first.`);
    }
  }
  const setHeaders = (reply: FastifyReply, path: string) => {
    reply.header(
      'cache-control',
      path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
  };
  await app.register(fastifyStatic, {
    root: dirs.board,
    prefix: '/board/',
    cacheControl: false,
    setHeaders,
  });
  await app.register(fastifyStatic, {
    root: dirs.mobile,
    prefix: '/m/',
    decorateReply: false,
    cacheControl: false,
    setHeaders,
  });
  // Client-side routes of the phone app (the clean URL after joining) get its index.html.
  const phoneIndex = async (_request: unknown, reply: FastifyReply) => {
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', dirs.mobile);
  };
  // Pages of the apps, not the API: left out of the OpenAPI document (as @fastify/static's are).
  const page = { schema: { hide: true } };
  app.get('/m/b/*', page, phoneIndex);
  for (const url of ['/m/login', '/m/setup', '/m/lead', '/m/site']) app.get(url, page, phoneIndex);
  app.get('/m/admin/*', page, phoneIndex);
  app.get('/', page, async (_request, reply) => reply.redirect('/m/', 302));
  // "/board?key=…" typed without the slash still reaches the kiosk, key and all.
  for (const prefix of ['/board', '/m']) {
    app.get(prefix, page, async (request, reply) =>
      reply.redirect(`${prefix}/${request.url.slice(prefix.length)}`, 301),
    );
  }
}
