import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DAY_MS } from '../../engine/schedule/index.ts';
import { TimeParameterSchema } from '../../model/index.ts';
import type { ServerContext } from '../context.ts';
import { addRoute } from '../http/add-route.ts';
import { registerConsoleAssets } from './console-assets.ts';
import {
  ChangePlanViewSchema,
  OnCallSchema,
  OrganizationMapSchema,
  OverviewSchema,
  PlanViewSchema,
  ServiceDetailSchema,
  SessionSchema,
} from './console-schemas.ts';
import { registerEventStream } from './event-stream.ts';
import { onCallTimeline } from './on-call.ts';
import { organizationMap } from './organization-map.ts';
import { overview } from './overview.ts';
import { changePlanView, createPlanViews } from './plan-view.ts';
import { serviceDetail } from './service-detail.ts';

const tags = ['console'];

/** The longest on-call timeline one request plans: four weeks, a month's rota at a glance. */
const MAX_ON_CALL_DAYS = 28;

/**
 * The web console: its built assets at `/`, and the data its pages need that no other endpoint
 * answers in one request (every service now, live change events). Its pages otherwise call the
 * same endpoints as every other client.
 */
export async function consolePlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  await registerConsoleAssets(app);
  registerEventStream(app, context.changes);
  const planView = createPlanViews(context);

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
    url: '/api/v1/console/on-call',
    summary:
      'Every rotation’s on-call timeline: who is on call now and next, the shifts of the range, hours per member, ' +
      'the services each covers, and the gaps and conflicts of the schedule (§12.6, §12.9.5)',
    tags,
    access: 'read',
    querystring: z.object({
      from: TimeParameterSchema.optional().describe(
        'Start: a date (midnight UTC) or a time with a zone; default today, midnight UTC',
      ),
      days: z.coerce.number().int().min(1).max(MAX_ON_CALL_DAYS).default(7),
    }),
    response: OnCallSchema,
    handler: async ({ query }) => {
      const from = query.from ?? Math.floor(context.now().getTime() / DAY_MS) * DAY_MS;
      return onCallTimeline(context, { from, to: from + query.days * DAY_MS });
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/console/organization',
    summary:
      'The organization of a revision (default the served one): organizations with their heads, teams where they sit ' +
      'with their managers and whom SRE teams support, services with their run model agreed and, when served, now',
    tags,
    access: 'read',
    querystring: z.object({
      revision: z.coerce.number().int().positive().optional().describe('A stored revision'),
    }),
    response: OrganizationMapSchema,
    handler: async ({ query }) => organizationMap(context, query.revision),
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/console/plan',
    summary:
      'The plan document of a revision (default the served one) section by section, rendered as `plan --format html` ' +
      'renders it: summary, placement options, cost, business case, risks, charts as SVG (§12.2–§12.10)',
    tags,
    access: 'read',
    querystring: z.object({
      revision: z.coerce.number().int().positive().optional().describe('A stored revision'),
    }),
    response: PlanViewSchema,
    handler: async ({ query }) => planView(query.revision),
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/console/change-plan',
    summary:
      'The change plan from a revision (default the served one) to a target revision, as `whorunsit diff` writes it (§12.12)',
    tags,
    access: 'read',
    querystring: z.object({
      revision: z.coerce.number().int().positive().optional().describe('Today’s revision'),
      target: z.coerce.number().int().positive().describe('The target revision'),
    }),
    response: ChangePlanViewSchema,
    handler: async ({ query }) =>
      changePlanView(context, { revision: query.revision, target: query.target }),
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
