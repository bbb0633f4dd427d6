import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AlertmanagerPayload, fastAlertmanagerPayload } from '../../model/index.ts';
import { getAlert, listAlerts } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { notFound } from '../errors/api-error.ts';
import { addRoute } from '../http/add-route.ts';
import { idOfCursor, NextCursorSchema, PageCursorSchema, pageOf } from '../http/page-cursor.ts';

import { degradedOf } from '../revisions/degraded-of.ts';
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
  routePending: z
    .boolean()
    .describe('True while no person could be routed to; the server retries the routing'),
});

/** Alert intake (Alertmanager webhook) and the alerts received. */
export async function alertsPlugin(app: FastifyInstance, context: ServerContext): Promise<void> {
  const db = context.store.db;

  addRoute(app, {
    method: 'POST',
    url: '/api/v1/alerts/alertmanager',
    summary:
      'Alertmanager webhook (format version 4). Each alert is stored once per (fingerprint, startsAt, status), ' +
      'routed by §12.6 and answered 2xx only once stored durably. An alert whose routing cannot be decided now ' +
      '(no usable model, nobody on call) is stored all the same with `pending: true` and retried. When the latest ' +
      'revision does not validate, the newest that does routes, and `degraded` says so. Takes ingest and admin tokens.',
    tags,
    access: 'ingest',
    bodyLimit: context.config.alertBodyLimit,
    body: AlertmanagerPayload,
    // Alertmanager's bodies skip the schema's per-text checks; anything else gets them. Every
    // string was made sure of holding no unsafe character before (addRoute).
    fastBody: (data) => fastAlertmanagerPayload(data, true),
    response: z.object({
      alerts: z.array(
        z.object({
          fingerprint: z.string(),
          service: z.string().nullable(),
          status: z.string(),
          routedTo: RoutedTo,
          reason: z.string(),
          pending: z.boolean().describe('True while the routing waits to be retried'),
          duplicate: z.boolean().describe('True when this delivery was already stored'),
        }),
      ),
      revision: z.int().nullable().describe('The revision the alerts were routed with'),
      degraded: z
        .object({ latest: z.int(), message: z.string() })
        .nullable()
        .describe('Set when the latest revision could not be used and an older one routed'),
    }),
    handler: async ({ body }, request) => {
      const { alerts, serving } = await receiveAlerts(context, body, request.storeVersions);
      context.metrics.alerts({
        received: alerts.length,
        routed: alerts.filter((r) => r.created).map((r) => r.alert.routeReason),
        duplicates: alerts.filter((r) => !r.created).length,
      });
      return {
        alerts: alerts.map(({ alert, created }) => ({
          fingerprint: alert.fingerprint,
          service: alert.service,
          status: alert.status,
          routedTo: alert.routedTo,
          reason: alert.routeReason,
          pending: alert.routePending,
          duplicate: !created,
        })),
        revision: serving.model?.revision ?? null,
        degraded: degradedOf(serving),
      };
    },
  });

  addRoute(app, {
    method: 'GET',
    url: '/api/v1/alerts',
    summary:
      'Received alerts and where they were routed, newest first, a page at a time: pass `nextCursor` as `cursor` for the next page',
    tags,
    access: 'read',
    querystring: z.strictObject({
      service: z.string().max(200).optional(),
      pending: z
        .enum(['true', 'false'])
        .optional()
        .describe('`true`: only alerts whose routing is still pending'),
      limit: z.coerce.number().int().min(1).max(1_000).default(100),
      cursor: PageCursorSchema,
    }),
    response: z.object({ alerts: z.array(AlertSchema), nextCursor: NextCursorSchema }),
    handler: async ({ query }) => {
      const rows = await listAlerts({
        db,
        limit: query.limit + 1,
        service: query.service,
        before: query.cursor === undefined ? undefined : idOfCursor('alerts', query.cursor),
        pending: query.pending === undefined ? undefined : query.pending === 'true',
      });
      const page = pageOf('alerts', rows, query.limit);
      return { alerts: page.items, nextCursor: page.nextCursor };
    },
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
