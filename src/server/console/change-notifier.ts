import type { FastifyInstance } from 'fastify';
import type { ChangeFeed, ChangeKind } from './change-feed.ts';

/** The routes that store live data, a model or an on-call override, by what they change. */
const CHANGING_ROUTES: Readonly<Record<string, ChangeKind>> = {
  'POST /api/v1/sli-samples': 'sli',
  'POST /api/v1/incidents': 'incidents',
  'POST /api/v1/alerts/alertmanager': 'alerts',
  'POST /api/v1/revisions': 'revisions',
  'POST /api/v1/revisions/:id/restore': 'revisions',
  'POST /api/v1/handover/evaluate': 'handovers',
  'POST /api/v1/on-call-overrides': 'on-call',
  'DELETE /api/v1/on-call-overrides/:id': 'on-call',
};

/**
 * Emits a change after every successful request that stores data, whichever plugin answered
 * it: registered on the root instance, so it sees every route. Changes that do not come over
 * HTTP (pulled SLIs, handovers on the clock tick) are emitted where they happen.
 */
export function installChangeNotifier(app: FastifyInstance, changes: ChangeFeed): void {
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode >= 300) return;
    const kind = CHANGING_ROUTES[`${request.method} ${request.routeOptions.url ?? ''}`];
    if (kind) changes.emit(kind);
  });
}
