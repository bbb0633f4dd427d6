import type { StoreDb } from '../database.ts';

/**
 * Says that the live state changed: call in the transaction of the change, after its writes
 * (a transaction that holds this row's lock is about to commit, so writers never wait on one
 * another in a cycle).
 */
export async function raiseLiveVersion({ db }: { db: StoreDb }): Promise<void> {
  await db
    .updateTable('live_version')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .execute();
}
