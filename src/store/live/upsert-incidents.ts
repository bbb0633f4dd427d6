import type { StoreDb } from '../database.ts';
import { BATCH_ROWS, chunks, type IncidentRecord } from './live-records.ts';
import { raiseLiveVersion } from './raise-live-version.ts';

/**
 * Stores incidents by id; an incident sent again (typically once resolved) replaces the stored
 * one. Call inside a transaction to make a batch all-or-nothing.
 */
export async function upsertIncidents({
  db,
  incidents,
  at,
}: {
  db: StoreDb;
  incidents: readonly IncidentRecord[];
  at: string;
}): Promise<void> {
  for (const batch of chunks(incidents, BATCH_ROWS)) {
    await db
      .insertInto('incidents')
      .values(
        batch.map((i) => ({
          id: i.id,
          service: i.service,
          started_at: i.startedAt,
          detected_at: i.detectedAt,
          resolved_at: i.resolvedAt,
          customer_visible: i.customerVisible ? 1 : 0,
          budget_consumed: i.budgetConsumed,
          updated_at: at,
        })),
      )
      .onConflict((oc) =>
        oc.column('id').doUpdateSet((eb) => ({
          service: eb.ref('excluded.service'),
          started_at: eb.ref('excluded.started_at'),
          detected_at: eb.ref('excluded.detected_at'),
          resolved_at: eb.ref('excluded.resolved_at'),
          customer_visible: eb.ref('excluded.customer_visible'),
          budget_consumed: eb.ref('excluded.budget_consumed'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .execute();
  }
  await raiseLiveVersion({ db });
}
