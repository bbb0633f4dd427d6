import type { StoreDb } from '../database.ts';
import { type AlertRecord, toAlertRecord } from './alert-record.ts';

/** Alerts received at or after `since` whose routing is still pending, oldest first. */
export async function listPendingAlerts({
  db,
  since,
  limit,
}: {
  db: StoreDb;
  since: string;
  limit: number;
}): Promise<AlertRecord[]> {
  const rows = await db
    .selectFrom('alerts')
    .selectAll()
    .where('route_pending', '=', 1)
    .where('received_at', '>=', since)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toAlertRecord);
}

/** How many alerts wait for their routing. */
export async function countPendingAlerts({ db }: { db: StoreDb }): Promise<number> {
  const row = await db
    .selectFrom('alerts')
    .select((eb) => eb.fn.countAll().as('pending'))
    .where('route_pending', '=', 1)
    .executeTakeFirst();
  return Number(row?.pending ?? 0);
}
