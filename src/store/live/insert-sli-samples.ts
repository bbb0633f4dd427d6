import type { StoreDb } from '../database.ts';
import { countSliDays, sliDayOf } from './count-sli-days.ts';
import { BATCH_ROWS, chunks, type SliSampleRecord } from './live-records.ts';
import { raiseLiveVersion } from './raise-live-version.ts';

/**
 * Stores SLI samples; a sample for a (service, timestamp) already stored replaces it, so
 * resending a batch is harmless and a corrected sample wins; the days the samples fall on are
 * counted again into `sli_days`. Call inside a transaction to make a batch all-or-nothing.
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
  const days = new Map<string, { from: string; to: string }>();
  for (const s of samples) {
    const day = sliDayOf(s.timestamp);
    const range = days.get(s.service);
    if (!range) days.set(s.service, { from: day, to: day });
    else if (day < range.from) range.from = day;
    else if (day > range.to) range.to = day;
  }
  for (const [service, { from, to }] of days) await countSliDays({ db, service, from, to });
}
