import type { Selectable } from 'kysely';
import type { GateOverridesTable } from '../database.ts';

export const GATE_DECISIONS = ['allowed', 'frozen'] as const;
export type GateDecision = (typeof GATE_DECISIONS)[number];

/** A person's decision about a service's deployment gate, in force until it expires or is revoked. */
export interface GateOverrideRecord {
  readonly id: number;
  readonly service: string;
  readonly decision: GateDecision;
  readonly reason: string;
  readonly author: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
}

export function toGateOverrideRecord(row: Selectable<GateOverridesTable>): GateOverrideRecord {
  return {
    id: Number(row.id),
    service: row.service,
    decision: row.decision as GateDecision,
    reason: row.reason,
    author: row.author,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
  };
}
