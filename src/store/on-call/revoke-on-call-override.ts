import type { StoreDb } from '../database.ts';
import { raiseLiveVersion } from '../live/raise-live-version.ts';
import { type OnCallOverrideRecord, toOnCallOverrideRecord } from './on-call-override.ts';

/**
 * Ends an on-call override now (it stays in the record as revoked); undefined when there is no
 * such override. `revokedNow` says whether this call ended it, so only that call records it and
 * raises the live version. Pass a transaction to record the revocation with it.
 */
export async function revokeOnCallOverride({
  db,
  id,
  at,
  by,
}: {
  db: StoreDb;
  id: number;
  at: string;
  by: string;
}): Promise<{ override: OnCallOverrideRecord; revokedNow: boolean } | undefined> {
  const row = await db
    .updateTable('on_call_overrides')
    .set({ revoked_at: at, revoked_by: by })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (row) {
    await raiseLiveVersion({ db });
    return { override: toOnCallOverrideRecord(row), revokedNow: true };
  }
  const existing = await db
    .selectFrom('on_call_overrides')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return existing ? { override: toOnCallOverrideRecord(existing), revokedNow: false } : undefined;
}
