import type { StoreDb } from '../database.ts';
import type { RunModelEventRecord } from './live-records.ts';
import { raiseLiveVersion } from './raise-live-version.ts';

export interface AppendRunModelEventOptions {
  readonly db: StoreDb;
  /** The sequence number of the service's latest event the decision was based on; 0 for none. */
  readonly after: number;
  readonly event: Omit<RunModelEventRecord, 'id' | 'sequence'>;
}

/**
 * Records a change of who runs a service as event `after + 1`. When another server already
 * recorded an event after `after`, nothing is stored and `undefined` comes back: the decision
 * was taken on stale state and must not be applied twice.
 */
export async function appendRunModelEvent({
  db,
  after,
  event,
}: AppendRunModelEventOptions): Promise<RunModelEventRecord | undefined> {
  // ON CONFLICT rather than catching the error: inside a PostgreSQL transaction an error
  // would abort the whole transaction.
  const row = await db
    .insertInto('run_model_events')
    .values({
      service: event.service,
      sequence: after + 1,
      from_model: event.from,
      to_model: event.to,
      reason: event.reason,
      at: event.at,
      revision_id: event.revisionId,
    })
    .onConflict((oc) => oc.columns(['service', 'sequence']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!row) return undefined;
  await raiseLiveVersion({ db });
  return { ...event, id: Number(row.id), sequence: after + 1 };
}
