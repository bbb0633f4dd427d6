import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * Where the built console is: `web/dist` of the package, three folders above this file both in
 * a clone (`src/server/console/`) and in an installed package (`dist/server/console/`).
 */
export const CONSOLE_DIST = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** The console's own pages: a browser opening one of these URLs gets the console's shell. */
export const CONSOLE_PAGES = [
  '/sign-in',
  '/services/:name',
  '/organization',
  '/on-call',
  '/plan',
  '/plan/change',
  '/revisions',
  '/revisions/compare',
  '/tokens',
] as const;

/**
 * Serves the built console at `/`: hashed assets cached for a year, the shell never cached (so
 * a new version is picked up at once), and the shell for each page's URL. Everything else keeps
 * its answer: an unknown `/api/…` URL is still a JSON 404, not the console.
 */
export async function registerConsoleAssets(
  app: FastifyInstance,
  root: string = CONSOLE_DIST,
): Promise<void> {
  if (!existsSync(`${root}/index.html`)) {
    const notBuilt = async (_request: unknown, reply: import('fastify').FastifyReply) =>
      reply
        .status(503)
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><title>whorunsit</title><p>The web console is not built. ' +
            'In a clone of whorunsit, run <code>npm run build:web</code> and restart the server; ' +
            'the API answers at <a href="/api/docs">/api/docs</a>.</p>',
        );
    for (const url of ['/', ...CONSOLE_PAGES]) app.get(url, { schema: { hide: true } }, notBuilt);
    return;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    // One route per built file, found at start: no catch-all that would answer unknown URLs.
    wildcard: false,
    index: 'index.html',
    cacheControl: false,
    setHeaders: (reply, path) => {
      reply.header(
        'cache-control',
        path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  for (const url of CONSOLE_PAGES) {
    // The console's pages are not part of the API: they stay out of its OpenAPI document.
    app.get(url, { schema: { hide: true } }, (_request, reply) => {
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    });
  }
}
