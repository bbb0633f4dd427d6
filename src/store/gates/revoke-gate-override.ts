import type { StoreDb } from '../database.ts';
import { type GateOverrideRecord, toGateOverrideRecord } from './gate-override.ts';

/**
 * Ends a gate override now; undefined when the service has no such override. `revokedNow` says
 * whether this call ended it (false when it was already revoked), so only that call records it.
 * Pass a transaction to record the revocation with it.
 */
export async function revokeGateOverride({
  db,
  service,
  id,
  at,
  by,
}: {
  db: StoreDb;
  service: string;
  id: number;
  at: string;
  by: string;
}): Promise<{ override: GateOverrideRecord; revokedNow: boolean } | undefined> {
  const row = await db
    .updateTable('gate_overrides')
    .set({ revoked_at: at, revoked_by: by })
    .where('id', '=', id)
    .where('service', '=', service)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (row) return { override: toGateOverrideRecord(row), revokedNow: true };
  const existing = await db
    .selectFrom('gate_overrides')
    .selectAll()
    .where('id', '=', id)
    .where('service', '=', service)
    .executeTakeFirst();
  return existing ? { override: toGateOverrideRecord(existing), revokedNow: false } : undefined;
}
