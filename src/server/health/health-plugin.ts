import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { getLatestRevisionId } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { ApiError } from '../errors/api-error.ts';
import { addRoute } from '../http/add-route.ts';

const tags = ['health'];

/**
 * Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database answers and
 * the server is not shutting down). Both are open without a token, for load balancers.
 */
export async function healthPlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });

  addRoute(app, {
    method: 'GET',
    url: '/healthz',
    summary: 'Liveness: the process is up',
    tags,
    access: 'public',
    response: z.object({ status: z.literal('ok') }),
    handler: async () => ({ status: 'ok' as const }),
  });

  addRoute(app, {
    method: 'GET',
    url: '/readyz',
    summary: 'Readiness: the database answers and the server accepts work',
    tags,
    access: 'public',
    response: z.object({
      status: z.literal('ready'),
      database: z.enum(['sqlite', 'postgres']),
      revision: z.int().nullable(),
    }),
    handler: async () => {
      if (closing) throw new ApiError('unavailable', 'the server is shutting down');
      try {
        await sql`select 1`.execute(context.store.db);
        const revision = await getLatestRevisionId({ db: context.store.db });
        return {
          status: 'ready' as const,
          database: context.store.dialect,
          revision: revision === 0 ? null : revision,
        };
      } catch {
        throw new ApiError('unavailable', 'the database does not answer');
      }
    },
  });
}
