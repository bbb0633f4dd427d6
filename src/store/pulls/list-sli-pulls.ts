import type { StoreDb } from '../database.ts';
import { type SliPullRecord, toSliPullRecord } from './sli-pull-record.ts';

/** The pull state of every service read (or of one), by service name. */
export async function listSliPulls({
  db,
  service,
}: {
  db: StoreDb;
  service?: string | undefined;
}): Promise<SliPullRecord[]> {
  let query = db.selectFrom('sli_pulls').selectAll().orderBy('service');
  if (service !== undefined) query = query.where('service', '=', service);
  return (await query.execute()).map(toSliPullRecord);
}
