import type { StoreDb } from '../database.ts';
import type { IncidentRecord } from './live-records.ts';

export interface ListIncidentsOptions {
  readonly db: StoreDb;
  readonly service?: string | undefined;
  /** Only incidents started at or after this instant, ISO 8601 UTC. */
  readonly from?: string | undefined;
  /** Incidents after this (startedAt, id) in the listing's order: the next page's start. */
  readonly after?: { readonly startedAt: string; readonly id: string } | undefined;
  /** At most this many incidents; all of them when absent (the engine reads whole ranges). */
  readonly limit?: number | undefined;
}

/** Incidents in the order they started. */
export async function listIncidents({
  db,
  service,
  from,
  after,
  limit,
}: ListIncidentsOptions): Promise<IncidentRecord[]> {
  let query = db.selectFrom('incidents').selectAll().orderBy('started_at').orderBy('id');
  if (service !== undefined) query = query.where('service', '=', service);
  if (from !== undefined) query = query.where('started_at', '>=', from);
  if (after !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('started_at', '>', after.startedAt),
        eb.and([eb('started_at', '=', after.startedAt), eb('id', '>', after.id)]),
      ]),
    );
  }
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    service: r.service,
    startedAt: r.started_at,
    detectedAt: r.detected_at,
    resolvedAt: r.resolved_at,
    customerVisible: Number(r.customer_visible) === 1,
    budgetConsumed: r.budget_consumed === null ? null : Number(r.budget_consumed),
  }));
}
