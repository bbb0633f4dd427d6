import type { StoreDb } from '../database.ts';
import { type AlertRecord, toAlertRecord } from './alert-record.ts';

/** The stored delivery of an alert with this key, if any. */
export async function findAlert({
  db,
  fingerprint,
  startsAt,
  status,
}: {
  db: StoreDb;
  fingerprint: string;
  startsAt: string;
  status: string;
}): Promise<AlertRecord | undefined> {
  const row = await db
    .selectFrom('alerts')
    .selectAll()
    .where('fingerprint', '=', fingerprint)
    .where('starts_at', '=', startsAt)
    .where('status', '=', status)
    .executeTakeFirst();
  return row ? toAlertRecord(row) : undefined;
}
