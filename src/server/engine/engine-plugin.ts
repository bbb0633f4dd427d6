import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { addRoute } from '../http/add-route.ts';
import { loadLiveData } from '../live/load-live-data.ts';
import { RevisionQuery } from '../revisions/revision-schemas.ts';
import { ENGINE_ENDPOINTS } from './endpoints/index.ts';

/**
 * Everything the engine computes, as JSON under /api/v1, on the current revision or on
 * `?revision=N`: `result` is exactly the matching CLI command's `--json` (the same report
 * function builds both), wrapped with the revision it is for and the server's clock.
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
        asOf: z.string().describe("The server's clock when the result was computed (ISO 8601)"),
        result: (endpoint.result ?? z.unknown()).describe(
          `Exactly what \`${endpoint.command}\` prints for the same model`,
        ),
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
        return { revision, asOf: now.toISOString(), result };
      },
    });
  }
}
