import type { StoreDb } from '../database.ts';
import { type GateOverrideRecord, toGateOverrideRecord } from './gate-override.ts';

/**
 * A service's gate overrides, newest first: all of them (the record of who decided what), or
 * only those in force at `activeAt` (not revoked, not expired).
 */
export async function listGateOverrides({
  db,
  service,
  activeAt,
}: {
  db: StoreDb;
  service: string;
  activeAt?: string | undefined;
}): Promise<GateOverrideRecord[]> {
  let query = db
    .selectFrom('gate_overrides')
    .selectAll()
    .where('service', '=', service)
    .orderBy('id', 'desc');
  if (activeAt !== undefined) {
    query = query
      .where('revoked_at', 'is', null)
      .where('expires_at', '>', activeAt)
      .where('created_at', '<=', activeAt);
  }
  return (await query.execute()).map(toGateOverrideRecord);
}
