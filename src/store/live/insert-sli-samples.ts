import type { StoreDb } from '../database.ts';
import { BATCH_ROWS, chunks, type SliSampleRecord } from './live-records.ts';
import { raiseLiveVersion } from './raise-live-version.ts';

/**
 * Stores SLI samples; a sample for a (service, timestamp) already stored replaces it, so
 * resending a batch is harmless and a corrected sample wins. Call inside a transaction to make
 * a batch all-or-nothing.
 */
export async function insertSliSamples({
  db,
  samples,
}: {
  db: StoreDb;
  samples: readonly SliSampleRecord[];
}): Promise<void> {
  for (const batch of chunks(samples, BATCH_ROWS)) {
    await db
      .insertInto('sli_samples')
      .values(batch.map((s) => ({ ...s })))
      .onConflict((oc) =>
        oc.columns(['service', 'timestamp']).doUpdateSet((eb) => ({
          good: eb.ref('excluded.good'),
          total: eb.ref('excluded.total'),
        })),
      )
      .execute();
  }
  await raiseLiveVersion({ db });
}
