import type { StoreDb } from '../database.ts';
import { type AlertRecord, type NewAlert, toAlertRecord } from './alert-record.ts';

/**
 * Stores an alert once per (fingerprint, startsAt, status): a redelivery returns the alert as
 * first stored, with `created: false`, and changes nothing.
 */
export async function insertAlert({
  db,
  alert,
}: {
  db: StoreDb;
  alert: NewAlert;
}): Promise<{ alert: AlertRecord; created: boolean }> {
  const inserted = await db
    .insertInto('alerts')
    .values({
      fingerprint: alert.fingerprint,
      starts_at: alert.startsAt,
      status: alert.status,
      ends_at: alert.endsAt,
      service: alert.service,
      labels: JSON.stringify(alert.labels),
      annotations: JSON.stringify(alert.annotations),
      generator_url: alert.generatorUrl,
      group_key: alert.groupKey,
      received_at: alert.receivedAt,
      revision_id: alert.revisionId,
      routed_rotation: alert.routedTo.rotation,
      routed_person: alert.routedTo.person,
      route_reason: alert.routeReason,
      route_pending: alert.routePending ? 1 : 0,
    })
    .onConflict((oc) => oc.columns(['fingerprint', 'starts_at', 'status']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { alert: toAlertRecord(inserted), created: true };
  const existing = await db
    .selectFrom('alerts')
    .selectAll()
    .where('fingerprint', '=', alert.fingerprint)
    .where('starts_at', '=', alert.startsAt)
    .where('status', '=', alert.status)
    .executeTakeFirstOrThrow();
  return { alert: toAlertRecord(existing), created: false };
}
