import type { StoreDb } from '../database.ts';
import type { SliSampleRecord } from './live-records.ts';

export interface ListSliSamplesOptions {
  readonly db: StoreDb;
  readonly service?: string | undefined;
  /** Inclusive lower bound, ISO 8601 UTC. */
  readonly from?: string | undefined;
  /** Exclusive upper bound, ISO 8601 UTC. */
  readonly to?: string | undefined;
  /** Samples after this (service, timestamp) in the listing's order: the next page's start. */
  readonly after?: { readonly service: string; readonly timestamp: string } | undefined;
  /** At most this many samples; all of them when absent (the engine reads whole ranges). */
  readonly limit?: number | undefined;
}

/** SLI samples in time order. */
export async function listSliSamples({
  db,
  service,
  from,
  to,
  after,
  limit,
}: ListSliSamplesOptions): Promise<SliSampleRecord[]> {
  let query = db
    .selectFrom('sli_samples')
    .select(['service', 'timestamp', 'good', 'total'])
    .orderBy('service')
    .orderBy('timestamp');
  if (service !== undefined) query = query.where('service', '=', service);
  if (from !== undefined) query = query.where('timestamp', '>=', from);
  if (to !== undefined) query = query.where('timestamp', '<', to);
  if (after !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('service', '>', after.service),
        eb.and([eb('service', '=', after.service), eb('timestamp', '>', after.timestamp)]),
      ]),
    );
  }
  if (limit !== undefined) query = query.limit(limit);
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
