import type { StoreDb } from '../database.ts';
import type { IncidentRecord } from './live-records.ts';

export interface ListIncidentsOptions {
  readonly db: StoreDb;
  readonly service?: string | undefined;
  /** Only incidents started at or after this instant, ISO 8601 UTC. */
  readonly from?: string | undefined;
}

/** Incidents in the order they started. */
export async function listIncidents({
  db,
  service,
  from,
}: ListIncidentsOptions): Promise<IncidentRecord[]> {
  let query = db.selectFrom('incidents').selectAll().orderBy('started_at').orderBy('id');
  if (service !== undefined) query = query.where('service', '=', service);
  if (from !== undefined) query = query.where('started_at', '>=', from);
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
