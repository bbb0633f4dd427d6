import type { StoreDb } from '../database.ts';
import { type AlertRecord, toAlertRecord } from './alert-record.ts';

/** One stored alert by id. */
export async function getAlert({
  db,
  id,
}: {
  db: StoreDb;
  id: number;
}): Promise<AlertRecord | undefined> {
  const row = await db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toAlertRecord(row) : undefined;
}
