import type { DurationMillis } from '../../model/concepts/time-units.ts';
import { listPendingAlerts, settleAlertRoute } from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { alertRoutedPayload } from '../webhooks/webhook-events.ts';
import { decideRoute } from './decide-route.ts';
import { routerAt } from './receive-alerts.ts';

export interface RouteRetrier {
  /** Retries pending routing now; resolves with how many alerts were routed. Runs queue. */
  readonly retry: () => Promise<number>;
  /** Retries soon, without waiting: after intake stored pending alerts or a revision came in. */
  readonly kick: () => void;
  readonly stop: () => Promise<void>;
}

/** Alerts older than this are not retried: a week-old page reaches nobody usefully. */
const RETRY_DAYS = 7;
/** Alerts routed per run; the next run takes the rest. */
const BATCH = 500;

/**
 * Retries the routing of stored alerts that could not be routed when they arrived (no usable
 * model, nobody on duty or known to be), on a timer and when kicked, until each reaches a
 * rotation and a person. A settled alert keeps its new decision, which goes to the outgoing
 * webhooks like any other; what stays pending is listed by `GET /api/v1/alerts?pending=true`
 * and counted by `/readyz`.
 */
export function startRouteRetrier(
  context: Omit<ServerContext, 'routes'>,
  intervalMs: DurationMillis,
): RouteRetrier {
  let queue: Promise<unknown> = Promise.resolve();
  let kicked = false;
  let stopped = false;
  const run = async (): Promise<number> => {
    const now = context.now();
    const pending = await listPendingAlerts({
      db: context.store.db,
      since: new Date(now.getTime() - RETRY_DAYS * 86_400_000).toISOString(),
      limit: BATCH,
    });
    if (pending.length === 0) return 0;
    const { router } = await routerAt(context, now);
    if (!router.model) return 0;
    let settled = 0;
    for (const alert of pending) {
      const decision = decideRoute(router, alert.service ?? undefined);
      if (decision.pending) continue;
      const done = await settleAlertRoute({
        db: context.store.db,
        id: alert.id,
        routedTo: decision.routedTo,
        routeReason: decision.reason,
        revisionId: decision.revision,
        webhooks: context.config.webhooks,
        message: (a) => ({ event: 'alert.routed', payload: alertRoutedPayload(a) }),
        at: now.toISOString(),
      });
      if (done) settled += 1;
    }
    if (settled > 0 && context.config.webhooks.length > 0) context.webhooks.kick();
    return settled;
  };
  const retry = (): Promise<number> => {
    const next = queue.then(run);
    queue = next.catch(() => undefined);
    return next;
  };
  const background = () => {
    retry().catch((error: unknown) =>
      context.log.warn({ err: error }, 'retrying pending alert routes failed'),
    );
  };
  const timer = intervalMs > 0 ? setInterval(background, intervalMs) : undefined;
  timer?.unref();
  return {
    retry,
    kick: () => {
      if (kicked || stopped) return;
      kicked = true;
      setImmediate(() => {
        kicked = false;
        if (!stopped) background();
      });
    },
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      await queue;
    },
  };
}
