import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listSliPulls } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { ApiError } from '../errors/api-error.ts';
import { addRoute } from '../http/add-route.ts';

const tags = ['live'];

const SliPullSchema = z.object({
  service: z.string(),
  backend: z.string(),
  createdAt: z.string(),
  lastAttemptAt: z.string(),
  lastSuccessAt: z.string().nullable(),
  readUntil: z.string().nullable(),
  lastSampleAt: z.string().nullable(),
  lastError: z.string().nullable(),
  lastErrorAt: z.string().nullable(),
  failures: z.int(),
});

/** The SLI pull from Prometheus-compatible backends: what was read when, and what failed. */
export async function sliPullPlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  const db = context.store.db;
  const pull = context.config.sliPull;

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/sli-pulls',
    summary:
      'Per service whose model names sli queries: when the server last read it from which backend, up to when, and the last error',
    tags,
    access: 'read',
    querystring: z.object({ service: z.string().max(200).optional() }),
    response: z.object({
      pulling: z.boolean().describe('False when the server has no backend (--prometheus)'),
      backends: z.array(z.object({ name: z.string(), url: z.string() })),
      stepSeconds: z.int().nullable(),
      intervalSeconds: z.number().nullable(),
      pulls: z.array(SliPullSchema),
    }),
    handler: async ({ query }) => ({
      pulling: pull !== undefined,
      // Headers carry credentials: never shown.
      backends: (pull?.backends ?? []).map((b) => ({ name: b.name, url: b.url })),
      stepSeconds: pull?.stepSeconds ?? null,
      intervalSeconds: pull ? pull.intervalMs / 1000 : null,
      pulls: await listSliPulls({ db, service: query.service }),
    }),
  });

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/sli-pulls/run',
    summary: 'Read every SLI from its backend now (it also runs on the pull interval)',
    tags,
    access: 'admin',
    response: z.object({ services: z.int(), failed: z.int(), samples: z.int() }),
    handler: async () => {
      if (!context.sliPuller) {
        throw new ApiError(
          'bad-request',
          'the server pulls from no backend: start it with --prometheus URL',
        );
      }
      return context.sliPuller.round();
    },
  });
}
