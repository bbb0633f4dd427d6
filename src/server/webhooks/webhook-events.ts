import type { AlertRecord, RunModelEventRecord } from '../../store/index.ts';

/** The events outgoing webhooks receive; the `event` field says which. */
export const WEBHOOK_EVENTS = ['alert.routed', 'run-model.changed'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** The body sent for a routed alert. */
export function alertRoutedPayload(alert: AlertRecord) {
  return {
    event: 'alert.routed' as const,
    alert: {
      fingerprint: alert.fingerprint,
      status: alert.status,
      startsAt: alert.startsAt,
      endsAt: alert.endsAt,
      service: alert.service,
      labels: alert.labels,
      annotations: alert.annotations,
      generatorUrl: alert.generatorUrl,
    },
    routedTo: alert.routedTo,
    reason: alert.routeReason,
    revision: alert.revisionId,
    receivedAt: alert.receivedAt,
  };
}

/** The message queued for each outgoing webhook about a newly stored alert. */
export function alertRoutedMessage(alert: AlertRecord) {
  return { event: 'alert.routed', payload: alertRoutedPayload(alert) };
}

/** The body sent when who runs a service changes. */
export function runModelChangedPayload(change: RunModelEventRecord) {
  return {
    event: 'run-model.changed' as const,
    service: change.service,
    from: change.from,
    to: change.to,
    reason: change.reason,
    at: change.at,
    revision: change.revisionId,
  };
}
