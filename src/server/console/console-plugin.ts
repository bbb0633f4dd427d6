import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { ServerContext } from '../context.ts';
import { addRoute } from '../http/add-route.ts';
import { registerConsoleAssets } from './console-assets.ts';
import { OverviewSchema, ServiceDetailSchema, SessionSchema } from './console-schemas.ts';
import { registerEventStream } from './event-stream.ts';
import { overview } from './overview.ts';
import { serviceDetail } from './service-detail.ts';

const tags = ['console'];

/**
 * The web console: its built assets at `/`, and the data its pages need that no other endpoint
 * answers in one request (every service now, live change events). Its pages otherwise call the
 * same endpoints as every other client.
 */
export async function consolePlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  await registerConsoleAssets(app);
  registerEventStream(app, context.changes);

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/console/overview',
    summary:
      'Every service of the current revision with where it sits (organization, product line, domain, team, tier), ' +
      'its agreed and current run model, who is on call now and its error budget now; the latest handovers and alerts',
    tags,
    access: 'read',
    response: OverviewSchema,
    handler: async () => overview(context),
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/console/services/:name',
    summary:
      'One service for the console’s service page: where it sits, who runs it and who is on call now, its error budget ' +
      'burn-down over the last four periods, every change of who runs it with why, its incidents and latest alerts',
    tags,
    access: 'read',
    params: z.object({ name: z.string().min(1).max(200) }),
    response: ServiceDetailSchema,
    handler: async ({ params }) => serviceDetail(context, params.name),
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/console/session',
    summary:
      'Who the caller is: the token’s id, name and role (what the console lets them do), or anonymous',
    tags,
    access: 'read',
    response: SessionSchema,
    handler: async (_input, request) => {
      const principal = request.principal;
      return principal?.kind === 'token'
        ? { kind: 'token' as const, id: principal.id, name: principal.name, role: principal.role }
        : { kind: 'anonymous' as const, id: null, name: 'anonymous', role: 'viewer' as const };
    },
  });
}
