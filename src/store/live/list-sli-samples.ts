import type { StoreDb } from '../database.ts';
import type { SliSampleRecord } from './live-records.ts';

export interface ListSliSamplesOptions {
  readonly db: StoreDb;
  readonly service?: string | undefined;
  /** Inclusive lower bound, ISO 8601 UTC. */
  readonly from?: string | undefined;
  /** Exclusive upper bound, ISO 8601 UTC. */
  readonly to?: string | undefined;
}

/** SLI samples in time order. */
export async function listSliSamples({
  db,
  service,
  from,
  to,
}: ListSliSamplesOptions): Promise<SliSampleRecord[]> {
  let query = db
    .selectFrom('sli_samples')
    .select(['service', 'timestamp', 'good', 'total'])
    .orderBy('service')
    .orderBy('timestamp');
  if (service !== undefined) query = query.where('service', '=', service);
  if (from !== undefined) query = query.where('timestamp', '>=', from);
  if (to !== undefined) query = query.where('timestamp', '<', to);
  const rows = await query.execute();
  // Named fields, not `...r`: spreading the driver's rows took three times as long, and the
  // handover engine reads every sample of the live horizon on each ingest.
  return rows.map((r) => ({
    service: r.service,
    timestamp: r.timestamp,
    good: Number(r.good),
    total: Number(r.total),
  }));
}
