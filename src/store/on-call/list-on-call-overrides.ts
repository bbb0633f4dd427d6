import type { StoreDb } from '../database.ts';
import { type OnCallOverrideRecord, toOnCallOverrideRecord } from './on-call-override.ts';

/**
 * On-call overrides in the order they were made (the order they apply in: a later one wins
 * where two overlap): those in force (not revoked), or all of them with `revoked: true`; only
 * those overlapping `[from, to)` when given.
 */
export async function listOnCallOverrides({
  db,
  from,
  to,
  revoked = false,
}: {
  db: StoreDb;
  from?: string | undefined;
  to?: string | undefined;
  revoked?: boolean;
}): Promise<OnCallOverrideRecord[]> {
  let query = db.selectFrom('on_call_overrides').selectAll().orderBy('id', 'asc');
  if (!revoked) query = query.where('revoked_at', 'is', null);
  if (from !== undefined) query = query.where('ends_at', '>', from);
  if (to !== undefined) query = query.where('starts_at', '<', to);
  return (await query.execute()).map(toOnCallOverrideRecord);
}
