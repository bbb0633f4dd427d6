import type { StoreDb } from '../database.ts';
import { raiseLiveVersion } from '../live/raise-live-version.ts';
import type { SliPullRecord } from './sli-pull-record.ts';

/** Stores the pull state of a service, replacing the previous one. */
export async function saveSliPull({
  db,
  pull,
}: {
  db: StoreDb;
  pull: SliPullRecord;
}): Promise<void> {
  const row = {
    backend: pull.backend,
    last_attempt_at: pull.lastAttemptAt,
    last_success_at: pull.lastSuccessAt,
    read_until: pull.readUntil,
    last_sample_at: pull.lastSampleAt,
    last_error: pull.lastError,
    last_error_at: pull.lastErrorAt,
    failures: pull.failures,
  };
  await db
    .insertInto('sli_pulls')
    .values({ service: pull.service, created_at: pull.createdAt, ...row })
    .onConflict((oc) => oc.column('service').doUpdateSet(row))
    .execute();
  // After the write: a reader that saw the old version and the new state refreshes once more.
  await raiseLiveVersion({ db });
}
