import type { Selectable } from 'kysely';
import type { OnCallOverridesTable } from '../database.ts';

/** Someone takes a rotation's on-call in `[startsAt, endsAt)`, in force until revoked. */
export interface OnCallOverrideRecord {
  readonly id: number;
  readonly rotation: string;
  readonly person: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly reason: string;
  readonly author: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
}

export function toOnCallOverrideRecord(
  row: Selectable<OnCallOverridesTable>,
): OnCallOverrideRecord {
  return {
    id: Number(row.id),
    rotation: row.rotation,
    person: row.person,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    reason: row.reason,
    author: row.author,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
  };
}
