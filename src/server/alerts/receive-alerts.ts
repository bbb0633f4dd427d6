import { labelFingerprint, type RouteReason, routeAlert } from '../../engine/routing/index.ts';
import { type AlertmanagerPayload, isoOfSeconds } from '../../model/index.ts';
import {
  type AlertRecord,
  enqueueWebhookDeliveries,
  findAlert,
  insertAlert,
  type NewAlert,
  type StoreDb,
} from '../../store/index.ts';
import type { ServerContext } from '../context.ts';
import { currentRunModels } from '../live/current-run-models.ts';
import { alertRoutedPayload } from '../webhooks/webhook-events.ts';

/** Stored when no model revision exists yet: the alert is kept, routing waits for a model. */
export const NO_MODEL_REASON = 'no-model';

export interface ReceivedAlert {
  readonly alert: AlertRecord;
  /** False when this exact delivery (fingerprint, startsAt, status) was stored before. */
  readonly created: boolean;
}

/**
 * Stores and routes every alert of one webhook call in one transaction, then returns: the
 * caller answers 2xx only after this resolves, so an answered alert is durable. A redelivered
 * alert keeps its first decision; a resolution goes to whoever got the firing alert.
 */
export async function receiveAlerts(
  context: ServerContext,
  payload: AlertmanagerPayload,
): Promise<ReceivedAlert[]> {
  const db = context.store.db;
  const now = context.now();
  const revision = await context.models.latest();
  const state = revision ? await currentRunModels(db, revision.model) : undefined;
  const onCall = revision ? context.onCallAt(revision, now) : undefined;

  const alerts: NewAlert[] = payload.alerts.map((alert) => {
    const labels = alert.labels;
    const serviceLabel = labels[context.config.alertServiceLabel]?.trim();
    const service = serviceLabel ? serviceLabel : undefined;
    const decision: {
      rotation: string | null;
      person: string | null;
      reason: RouteReason | string;
    } =
      revision && state && onCall
        ? routeAlert({
            model: revision.model,
            service,
            runModel: state.runModel,
            fallbackRotation: context.config.fallbackRotation,
            onCall,
          })
        : { rotation: null, person: null, reason: NO_MODEL_REASON };
    const endsAt = alert.endsAt == null ? null : isoOfSeconds(alert.endsAt);
    return {
      fingerprint: alert.fingerprint ?? labelFingerprint(labels),
      // One spelling per instant: a redelivery that writes the time differently is the same alert.
      startsAt: isoOfSeconds(alert.startsAt),
      status: alert.status ?? payload.status,
      endsAt,
      service: service ?? null,
      labels,
      annotations: alert.annotations ?? {},
      generatorUrl: alert.generatorURL ?? null,
      groupKey: payload.groupKey ?? null,
      receivedAt: now.toISOString(),
      revisionId: revision?.revision ?? null,
      routedTo: { rotation: decision.rotation, person: decision.person },
      routeReason: decision.reason,
    };
  });

  const received = await db.transaction().execute(async (tx) => {
    const out: ReceivedAlert[] = [];
    for (const alert of alerts) {
      const routed = alert.status === 'resolved' ? await sameAsFiring(tx, alert) : alert;
      const result = await insertAlert({ db: tx, alert: routed });
      out.push(result);
      if (result.created) {
        await enqueueWebhookDeliveries({
          db: tx,
          urls: context.config.webhooks,
          event: 'alert.routed',
          payload: alertRoutedPayload(result.alert),
          at: now.toISOString(),
        });
      }
    }
    return out;
  });
  if (received.some((r) => r.created) && context.config.webhooks.length > 0) {
    context.webhooks.kick();
  }
  return received;
}

/** A resolution is routed to whoever got the firing alert, when that alert is stored. */
async function sameAsFiring(db: StoreDb, alert: NewAlert): Promise<NewAlert> {
  const firing = await findAlert({
    db,
    fingerprint: alert.fingerprint,
    startsAt: alert.startsAt,
    status: 'firing',
  });
  return firing ? { ...alert, routedTo: firing.routedTo, routeReason: firing.routeReason } : alert;
}
