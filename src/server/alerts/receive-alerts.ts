import { labelFingerprint } from '../../engine/routing/index.ts';
import { type AlertmanagerPayload, isoOfSeconds } from '../../model/index.ts';
import {
  classifyStoreError,
  type NewAlert,
  type StoredAlert,
  type StoreVersions,
} from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import type { Serving } from '../revisions/model-cache.ts';
import { decideRoute, type Router } from './decide-route.ts';

export interface ReceivedAlerts {
  readonly alerts: readonly StoredAlert[];
  /** The revisions routing worked with: the serving one and, when newer, the latest stored. */
  readonly serving: Serving;
}

/**
 * Stores and routes every alert of one webhook call, then returns: the caller answers 2xx only
 * after this resolves, so an answered alert is durable. Routing never refuses an alert: with
 * no usable model, or nobody to page, the alert is stored with a pending decision that the
 * server retries. A redelivered alert keeps its first decision; a resolution goes to whoever
 * got the firing alert. Storage is one durable transaction shared with the calls that arrive
 * at the same time (`AlertGroupCommit`).
 */
export async function receiveAlerts(
  context: ServerContext,
  payload: AlertmanagerPayload,
  /** The store's versions when the request's authentication already read them. */
  known?: StoreVersions,
): Promise<ReceivedAlerts> {
  const now = context.now();
  const { router, serving } = await routerAt(context, now, known);
  const receivedAt = now.toISOString();
  const alerts: NewAlert[] = payload.alerts.map((alert) => {
    const labels = alert.labels;
    const serviceLabel = labels[context.config.alertServiceLabel]?.trim();
    const service = serviceLabel ? serviceLabel : undefined;
    const decision = decideRoute(router, service);
    return {
      fingerprint: alert.fingerprint ?? labelFingerprint(labels),
      // One spelling per instant: a redelivery that writes the time differently is the same alert.
      startsAt: isoOfSeconds(alert.startsAt),
      status: alert.status ?? payload.status,
      endsAt: alert.endsAt == null ? null : isoOfSeconds(alert.endsAt),
      service: service ?? null,
      labels,
      annotations: alert.annotations ?? {},
      generatorUrl: alert.generatorURL ?? null,
      groupKey: payload.groupKey ?? null,
      receivedAt,
      revisionId: decision.revision,
      routedTo: decision.routedTo,
      routeReason: decision.reason,
      routePending: decision.pending,
    };
  });
  const stored = await context.intake.store(alerts, receivedAt);
  if (stored.some((r) => r.created) && context.config.webhooks.length > 0) {
    context.webhooks.kick();
  }
  if (stored.some((r) => r.created && r.alert.routePending)) context.routes.kick();
  return { alerts: stored, serving };
}

/**
 * What routing works with now: the serving revision (the newest that validates), who runs each
 * service and who is on call. A store that fails is the caller's 503; a model that cannot be
 * parsed now (the parser is busy or failed) only makes the decisions pending.
 */
export async function routerAt(
  context: Pick<ServerContext, 'models' | 'live' | 'onCallAt' | 'config' | 'log'>,
  now: Date,
  known?: StoreVersions,
): Promise<{ router: Router; serving: Serving }> {
  const log = context.log;
  // One query (or none, when the caller read them): who runs each service is kept in memory
  // while these versions stay the same.
  const versions = known ?? (await context.live.versions());
  let serving: Serving;
  try {
    serving = await context.models.serving(versions.revision);
  } catch (error) {
    if (classifyStoreError(error)) throw error;
    log.error({ err: error }, 'no model for routing now; alerts are stored and retried');
    serving = { model: undefined, latest: 0, unusable: [] };
  }
  const model = serving.model;
  const state = model ? await context.live.runState(versions, model.model) : undefined;
  const onCall = model ? await context.onCallAt(model, now, versions) : undefined;
  return {
    router: {
      model,
      state,
      onCall,
      fallbackRotation: context.config.fallbackRotation,
      log,
    },
    serving,
  };
}
