import type { StoreDb } from '../database.ts';
import { raiseLiveVersion } from '../live/raise-live-version.ts';
import { type OnCallOverrideRecord, toOnCallOverrideRecord } from './on-call-override.ts';

/**
 * Records an on-call override and raises the live version with it, so every server on the
 * store plans who is on call afresh. Pass a transaction to record its audit entry with it.
 */
export async function insertOnCallOverride({
  db,
  override,
}: {
  db: StoreDb;
  override: Omit<OnCallOverrideRecord, 'id' | 'revokedAt' | 'revokedBy'>;
}): Promise<OnCallOverrideRecord> {
  const row = await db
    .insertInto('on_call_overrides')
    .values({
      rotation: override.rotation,
      person: override.person,
      starts_at: override.startsAt,
      ends_at: override.endsAt,
      reason: override.reason,
      author: override.author,
      created_at: override.createdAt,
      revoked_at: null,
      revoked_by: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await raiseLiveVersion({ db });
  return toOnCallOverrideRecord(row);
}
