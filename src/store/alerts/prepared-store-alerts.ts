import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { webhookDeliveryRowsOf } from '../webhooks/enqueue-webhook-messages.ts';
import { type AlertRecord, alertRecordOf, type NewAlert, toAlertRecord } from './alert-record.ts';
import {
  ALERT_COLUMNS,
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

/**
 * `storeAlerts` for alert intake's thread, on its own SQLite connection (`database`, the
 * connection under its Kysely instance): the same rows, answers and transaction (all or none
 * of one call or group), with statements prepared once per connection. Building a multi-row
 * INSERT with Kysely for every group (and SQLite parsing its new text) was most of the thread's
 * own work. Synchronous, as node:sqlite is: no other statement on the connection can come
 * between its BEGIN and its COMMIT.
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
  return {
    begin: database.prepare('begin'),
    commit: database.prepare('commit'),
    // Each time: the connection's ROLLBACK looks at whether a transaction is still open.
    rollback: () => database.prepare('rollback'),
    insertAlerts: preparedInsert(
      database,
      'alerts',
      ALERT_COLUMNS,
      'on conflict ("fingerprint", "starts_at", "status") do nothing returning "id", "fingerprint", "starts_at", "status"',
    ),
    findAlert: database.prepare(
      'select * from "alerts" where "fingerprint" = ? and "starts_at" = ? and "status" = ?',
    ),
    insertDeliveries: preparedInsert(database, 'webhook_deliveries', DELIVERY_COLUMNS, ''),
  };
}

/** Rows per statement at most; a statement of this many rows has 960 parameters at most. */
const MAX_ROWS_PER_STATEMENT = 64;

/**
 * Inserts rows (each its columns' values, in order) with INSERTs of 64, 32, …, 2 or 1 rows,
 * each prepared the first time it is used: a group of 30 alerts is four statements (16, 8, 4
 * and 2 rows), not 30, and no statement text is built or parsed again. Returns what the
 * statements return, if anything (SQLite returns a statement's rows in no set order).
 */
function preparedInsert(
  database: SqliteDatabase,
  table: string,
  columns: readonly string[],
  suffix: string,
): (rows: readonly unknown[][]) => unknown[] {
  const bySize = new Map<number, SqliteStatement>();
  const statementOf = (size: number): SqliteStatement => {
    let statement = bySize.get(size);
    if (!statement) {
      const row = `(${columns.map(() => '?').join(', ')})`;
      statement = database.prepare(
        `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array.from({ length: size }, () => row).join(', ')} ${suffix}`,
      );
      bySize.set(size, statement);
    }
    return statement;
  };
  return (rows) => {
    const out: unknown[] = [];
    let at = 0;
    while (at < rows.length) {
      let size = MAX_ROWS_PER_STATEMENT;
      while (size > rows.length - at) size /= 2;
      const statement = statementOf(size);
      const parameters = rows.slice(at, at + size).flat();
      if (statement.reader) out.push(...statement.all(parameters));
      else statement.run(parameters);
      at += size;
    }
    return out;
  };
}

type Statements = ReturnType<typeof prepare>;

/** `storeAlerts`'s work inside its transaction: the same rows, in the same order. */
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
  const inserted = s.insertAlerts(
    toStore.map((alert) => {
      const row = alertRowOf(alert);
      return ALERT_COLUMNS.map((c) => row[c]);
    }),
  ) as { id: number; fingerprint: string; starts_at: string; status: string }[];
  const ids = new Map(
    inserted.map((row) => [
      deliveryKeyOf({ fingerprint: row.fingerprint, startsAt: row.starts_at, status: row.status }),
      Number(row.id),
    ]),
  );
  const stored = new Map<string, StoredAlert>();
  for (const alert of toStore) {
    const key = deliveryKeyOf(alert);
    if (stored.has(key)) continue;
    const id = ids.get(key);
    if (id !== undefined) {
      stored.set(key, { alert: alertRecordOf(alert, id), created: true });
      continue;
    }
    const existing = find(s.findAlert, alert);
    if (!existing) throw new Error(`alert ${key} neither inserted nor found`);
    stored.set(key, { alert: existing, created: false });
  }
  if (options.webhooks.length > 0) {
    const rows = webhookDeliveryRowsOf(
      options.webhooks,
      createdMessages(stored, options.message),
      options.at,
    );
    s.insertDeliveries(rows.map((row) => DELIVERY_COLUMNS.map((c) => row[c])));
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
