import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { webhookDeliveryRowsOf } from '../webhooks/enqueue-webhook-messages.ts';
import { type AlertRecord, alertRecordOf, type NewAlert, toAlertRecord } from './alert-record.ts';
import {
  alertRowOf,
  answersOf,
  createdMessages,
  deliveryKeyOf,
  routedLikeFiring,
  type StoreAlertsOptions,
  type StoredAlert,
} from './store-alerts.ts';

/** `storeAlerts` on one SQLite connection, with its statements prepared once. */
export type PreparedStoreAlerts = (options: Omit<StoreAlertsOptions, 'db'>) => StoredAlert[];

const ALERT_COLUMNS = [
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

const DELIVERY_COLUMNS = [
  'url',
  'event',
  'payload',
  'created_at',
  'attempts',
  'next_attempt_at',
  'claimed_until',
  'delivered_at',
  'last_error',
] as const satisfies readonly (keyof ReturnType<typeof webhookDeliveryRowsOf>[number])[];

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/**
 * `storeAlerts` for alert intake's thread, on its own SQLite connection (`database`, the
 * connection under its Kysely instance): the same rows, answers and transaction (all or none
 * of one call or group), with each statement prepared once and run once per alert. Building
 * a multi-row INSERT with Kysely for every group (and parsing its text in SQLite) was most of
 * the thread's own work; a prepared statement run per row is a function call here, not a round
 * trip, since node:sqlite runs in the process. Synchronous, as node:sqlite is: no other
 * statement on the connection can come between its BEGIN and its COMMIT.
 *
 * The statements come from the connection's `prepare`, so they behave as the store's others:
 * BEGIN takes the write lock at once, a ROLLBACK after SQLite ended the transaction itself does
 * not hide the cause, and an I/O error on a read-only folder says so.
 */
export function preparedStoreAlerts(database: SqliteDatabase): PreparedStoreAlerts {
  // Prepared on the first call: the thread may open its connection before the tables exist.
  let statements: ReturnType<typeof prepare> | undefined;
  return (options) => {
    const { alerts } = options;
    if (alerts.length === 0) return [];
    statements ??= prepare(database);
    const s = statements;
    s.begin.run([]);
    try {
      const stored = storeIn(s, options);
      s.commit.run([]);
      return stored;
    } catch (error) {
      s.rollback().run([]);
      throw error;
    }
  };
}

function prepare(database: SqliteDatabase) {
  const keyed = 'where "fingerprint" = ? and "starts_at" = ? and "status" = ?';
  return {
    begin: database.prepare('begin'),
    commit: database.prepare('commit'),
    // Each time: the connection's ROLLBACK looks at whether a transaction is still open.
    rollback: () => database.prepare('rollback'),
    insertAlert: database.prepare(
      `insert into "alerts" (${ALERT_COLUMNS.map((c) => `"${c}"`).join(', ')}) values (${placeholders(ALERT_COLUMNS.length)}) on conflict ("fingerprint", "starts_at", "status") do nothing returning "id"`,
    ),
    findAlert: database.prepare(`select * from "alerts" ${keyed}`),
    insertDelivery: database.prepare(
      `insert into "webhook_deliveries" (${DELIVERY_COLUMNS.map((c) => `"${c}"`).join(', ')}) values (${placeholders(DELIVERY_COLUMNS.length)})`,
    ),
  };
}

type Statements = ReturnType<typeof prepare>;

/** `storeAlerts`'s work inside its transaction, a statement per row, in the same order. */
function storeIn(s: Statements, options: Omit<StoreAlertsOptions, 'db'>): StoredAlert[] {
  const { alerts } = options;
  // Every resolution's firing alert is looked up before anything is written, as storeAlerts
  // does: a firing alert of the same call does not count.
  const firing = new Map<string, AlertRecord>();
  for (const alert of alerts) {
    if (alert.status !== 'resolved') continue;
    const found = find(s.findAlert, { ...alert, status: 'firing' });
    if (found) firing.set(deliveryKeyOf(alert), found);
  }
  const toStore = routedLikeFiring(alerts, firing);
  const stored = new Map<string, StoredAlert>();
  for (const alert of toStore) {
    const key = deliveryKeyOf(alert);
    const row = alertRowOf(alert);
    const inserted = s.insertAlert.all(ALERT_COLUMNS.map((c) => row[c])) as { id: number }[];
    const id = inserted[0]?.id;
    if (id !== undefined) {
      stored.set(key, { alert: alertRecordOf(alert, Number(id)), created: true });
    } else if (!stored.has(key)) {
      const existing = find(s.findAlert, alert);
      if (!existing) throw new Error(`alert ${key} neither inserted nor found`);
      stored.set(key, { alert: existing, created: false });
    }
  }
  if (options.webhooks.length > 0) {
    const rows = webhookDeliveryRowsOf(
      options.webhooks,
      createdMessages(stored, options.message),
      options.at,
    );
    for (const row of rows) s.insertDelivery.run(DELIVERY_COLUMNS.map((c) => row[c]));
  }
  return answersOf(toStore, stored);
}

function find(
  statement: SqliteStatement,
  key: Pick<NewAlert, 'fingerprint' | 'startsAt' | 'status'>,
): AlertRecord | undefined {
  const [row] = statement.all([key.fingerprint, key.startsAt, key.status]);
  return row ? toAlertRecord(row as Parameters<typeof toAlertRecord>[0]) : undefined;
}
