import type { StoreDb } from '../database.ts';
import { type GateOverrideRecord, toGateOverrideRecord } from './gate-override.ts';

/** Ends a gate override now; undefined when the service has no such override. */
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
}): Promise<GateOverrideRecord | undefined> {
  const row = await db
    .updateTable('gate_overrides')
    .set({ revoked_at: at, revoked_by: by })
    .where('id', '=', id)
    .where('service', '=', service)
    .where('revoked_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (row) return toGateOverrideRecord(row);
  const existing = await db
    .selectFrom('gate_overrides')
    .selectAll()
    .where('id', '=', id)
    .where('service', '=', service)
    .executeTakeFirst();
  return existing ? toGateOverrideRecord(existing) : undefined;
}
