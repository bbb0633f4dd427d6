import type { StoreDb } from '../database.ts';
import { type GateOverrideRecord, toGateOverrideRecord } from './gate-override.ts';

/** Records a gate override; it is never changed afterwards, only revoked. */
export async function insertGateOverride({
  db,
  override,
}: {
  db: StoreDb;
  override: Omit<GateOverrideRecord, 'id' | 'revokedAt' | 'revokedBy'>;
}): Promise<GateOverrideRecord> {
  const row = await db
    .insertInto('gate_overrides')
    .values({
      service: override.service,
      decision: override.decision,
      reason: override.reason,
      author: override.author,
      created_at: override.createdAt,
      expires_at: override.expiresAt,
      revoked_at: null,
      revoked_by: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toGateOverrideRecord(row);
}
