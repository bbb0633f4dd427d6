import type { StoreDb } from '../database.ts';
import { type AlertRecord, toAlertRecord } from './alert-record.ts';

export interface ListAlertsOptions {
  readonly db: StoreDb;
  readonly limit: number;
  readonly service?: string | undefined;
  /** Only alerts stored before this id: the next page. */
  readonly before?: number | undefined;
}

/** Received alerts, newest first. */
export async function listAlerts({
  db,
  limit,
  service,
  before,
}: ListAlertsOptions): Promise<AlertRecord[]> {
  let query = db.selectFrom('alerts').selectAll().orderBy('id', 'desc').limit(limit);
  if (service !== undefined) query = query.where('service', '=', service);
  if (before !== undefined) query = query.where('id', '<', before);
  return (await query.execute()).map(toAlertRecord);
}
