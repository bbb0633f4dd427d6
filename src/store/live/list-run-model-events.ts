import type { Selectable } from 'kysely';
import type { RunModelEventsTable, StoreDb } from '../database.ts';
import type { RunModelEventRecord } from './live-records.ts';

export interface ListRunModelEventsOptions {
  readonly db: StoreDb;
  readonly service?: string | undefined;
  readonly limit: number;
  /** Only events stored before this id: the next page. */
  readonly before?: number | undefined;
}

/** Changes of who runs services, newest first. */
export async function listRunModelEvents({
  db,
  service,
  limit,
  before,
}: ListRunModelEventsOptions): Promise<RunModelEventRecord[]> {
  let query = db.selectFrom('run_model_events').selectAll().orderBy('id', 'desc').limit(limit);
  if (service !== undefined) query = query.where('service', '=', service);
  if (before !== undefined) query = query.where('id', '<', before);
  return (await query.execute()).map(toRunModelEvent);
}

export function toRunModelEvent(row: Selectable<RunModelEventsTable>): RunModelEventRecord {
  return {
    id: Number(row.id),
    service: row.service,
    sequence: Number(row.sequence),
    from: row.from_model,
    to: row.to_model,
    reason: row.reason,
    at: row.at,
    revisionId: row.revision_id === null ? null : Number(row.revision_id),
  };
}
