import type { StoreDb } from '../database.ts';
import { type AlertRecord, toAlertRecord } from './alert-record.ts';

export interface ListAlertsOptions {
  readonly db: StoreDb;
  readonly limit: number;
  readonly service?: string | undefined;
  /** Only alerts stored before this id: the next page. */
  readonly before?: number | undefined;
  /** Only alerts whose routing is (true) or is not (false) pending. */
  readonly pending?: boolean | undefined;
}

/** Received alerts, newest first. */
export async function listAlerts({
  db,
  limit,
  service,
  before,
  pending,
}: ListAlertsOptions): Promise<AlertRecord[]> {
  let query = db.selectFrom('alerts').selectAll().orderBy('id', 'desc').limit(limit);
  if (service !== undefined) query = query.where('service', '=', service);
  if (before !== undefined) query = query.where('id', '<', before);
  if (pending !== undefined) query = query.where('route_pending', '=', pending ? 1 : 0);
  return (await query.execute()).map(toAlertRecord);
}
