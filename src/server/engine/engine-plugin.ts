import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { addRoute } from '../http/add-route.ts';
import { loadLiveData } from '../live/load-live-data.ts';
import { RevisionQuery } from '../revisions/revision-schemas.ts';
import { ENGINE_ENDPOINTS } from './endpoints/index.ts';
import { toJson } from './to-json.ts';

/**
 * Everything the engine computes, as JSON under /api/v1, on the current revision or on
 * `?revision=N`: the same results as the CLI's `--json`, plus the revision they are for.
 */
export async function enginePlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  for (const endpoint of ENGINE_ENDPOINTS) {
    const querystring = endpoint.query ? RevisionQuery.extend(endpoint.query.shape) : RevisionQuery;
    addRoute(app, {
      method: 'GET',
      url: `/api/v1/${endpoint.path}`,
      summary: endpoint.summary,
      tags: ['engine'],
      access: 'read',
      querystring,
      response: z.object({
        revision: z.int(),
        asOf: z.string().describe('The time the result was computed for'),
        result: z.unknown(),
      }),
      handler: async ({ query }) => {
        const { revision, model } = await context.models.at(
          (query as { revision?: number | undefined }).revision,
        );
        const now = context.now();
        let live: ReturnType<typeof loadLiveData> | undefined;
        const result = await endpoint.compute({
          revision,
          model,
          query,
          now,
          context,
          live: () => {
            live ??= loadLiveData({
              db: context.store.db,
              now,
              horizonDays: context.config.liveHorizonDays,
            });
            return live;
          },
        });
        return { revision, asOf: now.toISOString(), result: toJson(result) };
      },
    });
  }
}
