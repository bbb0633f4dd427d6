import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AlertmanagerPayload } from '../../model/index.ts';
import { getAlert, listAlerts } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { notFound } from '../errors/api-error.ts';
import { addRoute } from '../http/add-route.ts';

import { receiveAlerts } from './receive-alerts.ts';

const tags = ['alerts'];

const RoutedTo = z.object({ rotation: z.string().nullable(), person: z.string().nullable() });

const AlertSchema = z.object({
  id: z.int(),
  fingerprint: z.string(),
  startsAt: z.string(),
  status: z.string(),
  endsAt: z.string().nullable(),
  service: z.string().nullable(),
  labels: z.record(z.string(), z.string()),
  annotations: z.record(z.string(), z.string()),
  generatorUrl: z.string().nullable(),
  groupKey: z.string().nullable(),
  receivedAt: z.string(),
  revisionId: z.int().nullable(),
  routedTo: RoutedTo,
  routeReason: z.string(),
});

/** Alert intake (Alertmanager webhook) and the alerts received. */
export async function alertsPlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  const db = context.store.db;

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/alerts/alertmanager',
    summary:
      'Alertmanager webhook (format version 4). Each alert is stored once per (fingerprint, startsAt, status), ' +
      'routed by §12.6 and answered 2xx only once stored durably. Takes ingest and admin tokens.',
    tags,
    access: 'ingest',
    body: AlertmanagerPayload,
    response: z.object({
      alerts: z.array(
        z.object({
          fingerprint: z.string(),
          service: z.string().nullable(),
          status: z.string(),
          routedTo: RoutedTo,
          reason: z.string(),
          duplicate: z.boolean().describe('True when this delivery was already stored'),
        }),
      ),
    }),
    handler: async ({ body }) => {
      const received = await receiveAlerts(context, body);
      context.metrics.alerts({
        received: received.length,
        routed: received.filter((r) => r.created).map((r) => r.alert.routeReason),
        duplicates: received.filter((r) => !r.created).length,
      });
      return {
        alerts: received.map(({ alert, created }) => ({
          fingerprint: alert.fingerprint,
          service: alert.service,
          status: alert.status,
          routedTo: alert.routedTo,
          reason: alert.routeReason,
          duplicate: !created,
        })),
      };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/alerts',
    summary: 'Received alerts and where they were routed, newest first',
    tags,
    access: 'read',
    querystring: z.object({
      service: z.string().max(200).optional(),
      limit: z.coerce.number().int().min(1).max(1_000).default(100),
      before: z.coerce
        .number()
        .int()
        .positive()
        .optional()
        .describe('Next page: alerts older than this id'),
    }),
    response: z.object({ alerts: z.array(AlertSchema) }),
    handler: async ({ query }) => ({
      alerts: await listAlerts({
        db,
        limit: query.limit,
        service: query.service,
        before: query.before,
      }),
    }),
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/alerts/:id',
    summary: 'One received alert and its routing decision',
    tags,
    access: 'read',
    params: z.object({ id: z.coerce.number().int().positive() }),
    response: z.object({ alert: AlertSchema }),
    handler: async ({ params }) => {
      const alert = await getAlert({ db, id: params.id });
      if (!alert) throw notFound(`alert ${params.id}`);
      return { alert };
    },
  });
}
