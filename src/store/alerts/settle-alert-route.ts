import type { StoreDb } from '../database.ts';
import { enqueueWebhookDeliveries } from '../webhooks/enqueue-webhook-deliveries.ts';
import { type AlertRecord, type RoutedTo, toAlertRecord } from './alert-record.ts';
import type { AlertMessage } from './store-alerts.ts';

export interface SettleAlertRouteOptions {
  readonly db: StoreDb;
  readonly id: number;
  readonly routedTo: RoutedTo;
  readonly routeReason: string;
  readonly revisionId: number | null;
  readonly webhooks: readonly string[];
  readonly message: (alert: AlertRecord) => AlertMessage;
  readonly at: string;
}

/**
 * Records the routing decided for an alert that was pending, with a message per outgoing
 * webhook, in one transaction. Only a pending alert is settled, so when two servers retry the
 * same alert one settles it and the other gets undefined (and sends nothing).
 */
export async function settleAlertRoute(
  options: SettleAlertRouteOptions,
): Promise<AlertRecord | undefined> {
  return options.db.transaction().execute(async (tx) => {
    const row = await tx
      .updateTable('alerts')
      .set({
        routed_rotation: options.routedTo.rotation,
        routed_person: options.routedTo.person,
        route_reason: options.routeReason,
        revision_id: options.revisionId,
        route_pending: 0,
      })
      .where('id', '=', options.id)
      .where('route_pending', '=', 1)
      .returningAll()
      .executeTakeFirst();
    if (!row) return undefined;
    const alert = toAlertRecord(row);
    const { event, payload } = options.message(alert);
    await enqueueWebhookDeliveries({
      db: tx,
      urls: options.webhooks,
      event,
      payload,
      at: options.at,
    });
    return alert;
  });
}
