import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { classifyStoreError, countPendingAlerts } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { ApiError } from '../errors/api-error.ts';
import { addRoute } from '../http/add-route.ts';
import { degradedOf } from '../revisions/degraded-of.ts';
import type { Serving } from '../revisions/model-cache.ts';
import { PROBE_TIMEOUT_MS } from './store-health.ts';

const tags = ['health'];

const STORE_FAILURE_MESSAGES = {
  'database-unavailable': 'the database does not answer',
  'disk-full': 'the disk holding the data is full',
  'read-only': 'the data folder or database accepts no writes',
} as const;

/**
 * Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the store takes writes
 * and the server is not shutting down). Both are open without a token, for load balancers.
 * Readiness answers within about a second whatever the database does; a server that serves an
 * older revision because the latest does not validate is ready but `degraded`.
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
    summary:
      'Readiness: the store takes writes and the server accepts work (503 with the failure as the code otherwise). ' +
      '`degraded` when the latest revision does not validate and an older one serves.',
    tags,
    access: 'public',
    response: z.object({
      status: z.enum(['ready', 'degraded']),
      database: z.enum(['sqlite', 'postgres']),
      revision: z.int().nullable().describe('The revision that serves: the newest that validates'),
      latestRevision: z.int().nullable().describe('The newest stored revision'),
      pendingAlerts: z.int().describe('Alerts whose routing waits to be retried'),
      problems: z.array(z.string()).describe('Why the server is degraded; empty when ready'),
    }),
    handler: async (_input, request) => {
      if (closing) throw new ApiError('unavailable', 'the server is shutting down');
      const { health } = context;
      const halted = context.intake.halted();
      if (halted) {
        throw new ApiError(
          classifyStoreError(halted) ?? 'database-unavailable',
          `not ready: ${halted.message}`,
        );
      }
      const check = await health.check();
      if (!check.ok) {
        request.log.warn({ cause: check.cause, code: check.failure }, 'not ready');
        throw new ApiError(check.failure, `not ready: ${STORE_FAILURE_MESSAGES[check.failure]}`);
      }
      const recent = health.recent();
      if (recent) {
        throw new ApiError(
          recent.failure,
          `not ready: ${STORE_FAILURE_MESSAGES[recent.failure]} (a write failed ${Math.round(recent.ago / 100) / 10} s ago)`,
        );
      }
      const serving = await withinProbeTime(context.models.serving());
      const degraded = serving ? degradedOf(serving) : null;
      const problems = [
        ...(degraded ? [degraded.message] : []),
        ...(serving ? [] : ['the model is still being loaded']),
      ];
      return {
        status: degraded ? ('degraded' as const) : ('ready' as const),
        database: context.store.dialect,
        revision: serving?.model?.revision ?? null,
        latestRevision: serving && serving.latest > 0 ? serving.latest : null,
        pendingAlerts: await countPendingAlerts({ db: context.store.db }),
        problems,
      };
    },
  });
}

/** The serving revision, unless loading it takes longer than a probe may wait. */
async function withinProbeTime(serving: Promise<Serving>): Promise<Serving | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<undefined>((done) => {
    timer = setTimeout(() => done(undefined), PROBE_TIMEOUT_MS);
  });
  try {
    return await Promise.race([serving, late]);
  } finally {
    clearTimeout(timer);
  }
}
