import type { Selectable } from 'kysely';
import type { AlertsTable } from '../database.ts';

/** Where an alert was routed: a rotation and the person on call on it, when known. */
export interface RoutedTo {
  readonly rotation: string | null;
  readonly person: string | null;
}

/** A received alert and the routing decision taken for it. */
export interface AlertRecord {
  readonly id: number;
  readonly fingerprint: string;
  readonly startsAt: string;
  readonly status: string;
  readonly endsAt: string | null;
  readonly service: string | null;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
  readonly generatorUrl: string | null;
  readonly groupKey: string | null;
  readonly receivedAt: string;
  readonly revisionId: number | null;
  readonly routedTo: RoutedTo;
  readonly routeReason: string;
  /**
   * True while the routing could not be decided (no usable model, nobody known to be on call):
   * the alert is stored and acknowledged all the same, and the server retries the routing.
   */
  readonly routePending: boolean;
}

export type NewAlert = Omit<AlertRecord, 'id'>;

export function toAlertRecord(row: Selectable<AlertsTable>): AlertRecord {
  return {
    id: Number(row.id),
    fingerprint: row.fingerprint,
    startsAt: row.starts_at,
    status: row.status,
    endsAt: row.ends_at,
    service: row.service,
    labels: JSON.parse(row.labels) as Record<string, string>,
    annotations: JSON.parse(row.annotations) as Record<string, string>,
    generatorUrl: row.generator_url,
    groupKey: row.group_key,
    receivedAt: row.received_at,
    revisionId: row.revision_id === null ? null : Number(row.revision_id),
    routedTo: { rotation: row.routed_rotation, person: row.routed_person },
    routeReason: row.route_reason,
    routePending: Number(row.route_pending) === 1,
  };
}

/** The record of a row just stored from `alert` with this id, as `toAlertRecord` reads it back. */
export function alertRecordOf(alert: NewAlert, id: number): AlertRecord {
  return {
    id,
    fingerprint: alert.fingerprint,
    startsAt: alert.startsAt,
    status: alert.status,
    endsAt: alert.endsAt,
    service: alert.service,
    labels: alert.labels,
    annotations: alert.annotations,
    generatorUrl: alert.generatorUrl,
    groupKey: alert.groupKey,
    receivedAt: alert.receivedAt,
    revisionId: alert.revisionId,
    routedTo: { rotation: alert.routedTo.rotation, person: alert.routedTo.person },
    routeReason: alert.routeReason,
    routePending: alert.routePending,
  };
}
