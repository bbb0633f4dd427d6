import { PostgresAdapter, sql } from 'kysely';
import type { StoreDb } from '../database.ts';
import { BATCH_ROWS, chunks } from '../live/live-records.ts';
import { namedStatement } from '../postgres/named-statements.ts';
import { enqueueWebhookMessages } from '../webhooks/enqueue-webhook-messages.ts';
import { type AlertRecord, alertRecordOf, type NewAlert, toAlertRecord } from './alert-record.ts';

/** A message about a newly stored alert, for every outgoing webhook. */
export interface AlertMessage {
  readonly event: string;
  readonly payload: unknown;
}

export interface StoreAlertsOptions {
  readonly db: StoreDb;
  readonly alerts: readonly NewAlert[];
  /** Outgoing webhooks that get a message about each alert stored for the first time. */
  readonly webhooks: readonly string[];
  readonly message: (alert: AlertRecord) => AlertMessage;
  /** When the messages are queued, ISO 8601. */
  readonly at: string;
}

export interface StoredAlert {
  readonly alert: AlertRecord;
  /** False when this exact delivery (fingerprint, startsAt, status) was stored before. */
  readonly created: boolean;
}

/**
 * Stores one webhook call's alerts, all or none, in one transaction (on PostgreSQL with no
 * webhook, in one statement): each alert once per (fingerprint, startsAt, status) — a
 * redelivery returns the alert as first stored — with a resolution taking the routing decision
 * of its stored firing alert, and a queued message per outgoing webhook for each alert stored
 * for the first time. Returns the alerts in the order given. The caller answers 2xx only after
 * this resolves, so an acknowledged alert is durable. Rows go in batches on SQLite (a
 * 10,000-alert outage is 20 statements, not 10,000) and in one statement on PostgreSQL.
 */
export async function storeAlerts(options: StoreAlertsOptions): Promise<StoredAlert[]> {
  const { alerts } = options;
  if (alerts.length === 0) return [];
  // On PostgreSQL all of it is one INSERT when no webhook message goes with it: a statement
  // outside a transaction is atomic and committed (durably) when it returns, and the reads
  // around it see what a read-committed transaction would, so BEGIN and COMMIT would be two
  // more round trips to the database for each group of calls and nothing else.
  if (isPostgres(options.db) && options.webhooks.length === 0) return storeIn(options.db, options);
  return options.db.transaction().execute((tx) => storeIn(tx, options));
}

/** `storeAlerts` on `tx`: a transaction, or on PostgreSQL one statement that writes. */
async function storeIn(tx: StoreDb, options: StoreAlertsOptions): Promise<StoredAlert[]> {
  const { alerts } = options;
  const firing = await firingDecisions(
    tx,
    alerts.filter((a) => a.status === 'resolved'),
  );
  const toStore = routedLikeFiring(alerts, firing);
  const stored = new Map<string, StoredAlert>();
  const postgres = isPostgres(tx);
  // PostgreSQL takes any number of rows in one statement of one JSON parameter.
  for (const batch of postgres ? [toStore] : chunks(toStore, BATCH_ROWS)) {
    const inserted = postgres ? await insertJsonRows(tx, batch) : await insertValues(tx, batch);
    const ids = new Map(
      inserted.map((row) => [
        deliveryKeyOf({
          fingerprint: row.fingerprint,
          startsAt: row.starts_at,
          status: row.status,
        }),
        Number(row.id),
      ]),
    );
    for (const alert of batch) {
      const key = deliveryKeyOf(alert);
      const id = ids.get(key);
      if (id !== undefined && !stored.has(key)) {
        stored.set(key, { alert: alertRecordOf(alert, id), created: true });
      }
    }
    const missing = batch.filter((a) => !stored.has(deliveryKeyOf(a)));
    for (const alert of await findByKeys(tx, missing)) {
      stored.set(deliveryKeyOf(alert), { alert, created: false });
    }
  }
  if (options.webhooks.length > 0) {
    await enqueueWebhookMessages({
      db: tx,
      urls: options.webhooks,
      messages: createdMessages(stored, options.message),
      at: options.at,
    });
  }
  return answersOf(toStore, stored);
}

/**
 * The alerts to store for the alerts given: a resolution whose firing alert is stored (`firing`,
 * by the resolution's key) takes that alert's routing decision, so both go to the same place.
 */
export function routedLikeFiring(
  alerts: readonly NewAlert[],
  firing: ReadonlyMap<string, AlertRecord>,
): NewAlert[] {
  return alerts.map((alert) => {
    const decided = alert.status === 'resolved' ? firing.get(deliveryKeyOf(alert)) : undefined;
    return decided
      ? {
          ...alert,
          routedTo: decided.routedTo,
          routeReason: decided.routeReason,
          routePending: decided.routePending,
          revisionId: decided.revisionId,
        }
      : alert;
  });
}

/** A message for each alert stored anew (`stored`, by key), in the order they were stored. */
export function createdMessages(
  stored: ReadonlyMap<string, StoredAlert>,
  message: (alert: AlertRecord) => AlertMessage,
): AlertMessage[] {
  const created = [...stored.values()].filter((s) => s.created).map((s) => s.alert);
  return created.sort((a, b) => a.id - b.id).map((alert) => message(alert));
}

/**
 * What storing `toStore` answers, in its order, from what each key's row is (`stored`): the same
 * alert twice in one call is stored once; the second is a duplicate of the first.
 */
export function answersOf(
  toStore: readonly NewAlert[],
  stored: ReadonlyMap<string, StoredAlert>,
): StoredAlert[] {
  const seen = new Set<string>();
  return toStore.map((alert) => {
    const key = deliveryKeyOf(alert);
    const found = stored.get(key) as StoredAlert;
    const first = !seen.has(key);
    seen.add(key);
    return first ? found : { alert: found.alert, created: false };
  });
}

function isPostgres(db: StoreDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** The key and id of each row inserted; only those come back (see insertValues). */
type Inserted = { id: number | string; fingerprint: string; starts_at: string; status: string };

/**
 * Inserts the rows not stored yet. Only the ids come back: a new row holds what was given, so
 * labels and annotations are not read back and parsed again (most of the cost of a row).
 */
function insertValues(db: StoreDb, alerts: readonly NewAlert[]): Promise<Inserted[]> {
  return db
    .insertInto('alerts')
    .values(alerts.map(alertRowOf))
    .onConflict((oc) => oc.columns(['fingerprint', 'starts_at', 'status']).doNothing())
    .returning(['id', 'fingerprint', 'starts_at', 'status'])
    .execute();
}

/** The columns of `alerts` an insert writes, in the order `insertJsonRows` and SQLite's prepared insert send them. */
export const ALERT_COLUMNS = [
  'fingerprint',
  'starts_at',
  'status',
  'ends_at',
  'service',
  'labels',
  'annotations',
  'generator_url',
  'group_key',
  'received_at',
  'revision_id',
  'routed_rotation',
  'routed_person',
  'route_reason',
  'route_pending',
] as const satisfies readonly (keyof ReturnType<typeof alertRowOf>)[];

/**
 * `insertValues` on PostgreSQL: the rows as one JSON parameter (an array of rows, each an array
 * of its columns' values), read back into rows by the database, so a statement of 10,000 alerts
 * has one parameter (VALUES would need 150,000, past the protocol's 65,535) and its text is the
 * same for any number of rows. The JSON text is written by V8's own JSON.stringify: sent as
 * fifteen column arrays, node-postgres escaped every element character by character, which
 * cost about half the request thread's CPU of a 10-alert insert. The text never changes, so it
 * is a named statement (`namedStatement`): each connection parses and plans it once, where
 * PostgreSQL parsed and planned it again for every group. It still goes through Kysely (as raw
 * text around its one parameter), so plugins of the store's see it as they see any statement.
 */
const INSERT_JSON_ROWS = namedStatement(
  'whorunsit_insert_alerts',
  `insert into alerts (fingerprint, starts_at, status, ends_at, service, labels, annotations,
  generator_url, group_key, received_at, revision_id, routed_rotation, routed_person,
  route_reason, route_pending)
select r->>0, r->>1, r->>2, r->>3, r->>4, r->>5, r->>6, r->>7, r->>8, r->>9,
  (r->>10)::bigint, r->>11, r->>12, r->>13, (r->>14)::integer
from json_array_elements($1::json) as r
on conflict (fingerprint, starts_at, status) do nothing
returning id, fingerprint, starts_at, status`,
);
const [BEFORE_ROWS, AFTER_ROWS] = INSERT_JSON_ROWS.split('$1') as [string, string];

async function insertJsonRows(db: StoreDb, alerts: readonly NewAlert[]): Promise<Inserted[]> {
  const rows = alerts.map((alert) => {
    const row = alertRowOf(alert);
    return ALERT_COLUMNS.map((c) => row[c]);
  });
  // Compiles to INSERT_JSON_ROWS exactly: the raw text with the rows as its parameter $1.
  const result =
    await sql<Inserted>`${sql.raw(BEFORE_ROWS)}${JSON.stringify(rows)}${sql.raw(AFTER_ROWS)}`.execute(
      db,
    );
  return result.rows;
}

/** The key an alert is stored once under: this delivery (fingerprint, startsAt, status). */
export function deliveryKeyOf(alert: {
  fingerprint: string;
  startsAt: string;
  status: string;
}): string {
  return JSON.stringify([alert.fingerprint, alert.startsAt, alert.status]);
}

/** The `alerts` row stored for an alert, column by column. */
export function alertRowOf(alert: NewAlert) {
  return {
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
  };
}

/**
 * Stored alerts with these keys (fingerprint, startsAt, status). Looked up by fingerprint alone
 * (the unique key's first column, so one index range per fingerprint) and matched here: an OR of
 * hundreds of (fingerprint AND startsAt AND status) terms made PostgreSQL scan the whole table,
 * so a resent 10,000-alert delivery took longer the more alerts were stored.
 */
async function findByKeys(
  db: StoreDb,
  keys: readonly { fingerprint: string; startsAt: string; status: string }[],
): Promise<AlertRecord[]> {
  const wanted = new Set(keys.map(deliveryKeyOf));
  const out: AlertRecord[] = [];
  const fingerprints = [...new Set(keys.map((k) => k.fingerprint))];
  for (const batch of chunks(fingerprints, BATCH_ROWS)) {
    if (batch.length === 0) continue;
    const rows = await db
      .selectFrom('alerts')
      .selectAll()
      .where('fingerprint', 'in', batch)
      .execute();
    for (const row of rows) {
      if (
        wanted.has(
          deliveryKeyOf({
            fingerprint: row.fingerprint,
            startsAt: row.starts_at,
            status: row.status,
          }),
        )
      ) {
        out.push(toAlertRecord(row));
      }
    }
  }
  return out;
}

/** The stored firing alert of each resolution, by the resolution's key. */
async function firingDecisions(
  db: StoreDb,
  resolved: readonly NewAlert[],
): Promise<Map<string, AlertRecord>> {
  const found = await findByKeys(
    db,
    resolved.map((a) => ({ fingerprint: a.fingerprint, startsAt: a.startsAt, status: 'firing' })),
  );
  return new Map(found.map((a) => [deliveryKeyOf({ ...a, status: 'resolved' }), a]));
}
