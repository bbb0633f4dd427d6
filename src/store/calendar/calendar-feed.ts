import type { Selectable } from 'kysely';
import type { CalendarFeedsTable } from '../database.ts';

/** A rotation's calendar feed: never the secret, only its hash. */
export interface CalendarFeedRecord {
  readonly id: string;
  readonly rotation: string;
  readonly name: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly expiresAt: string | null;
  readonly revokedAt: string | null;
}

export function toCalendarFeedRecord(row: Selectable<CalendarFeedsTable>): CalendarFeedRecord {
  return {
    id: row.id,
    rotation: row.rotation,
    name: row.name,
    createdAt: row.created_at,
    createdBy: row.created_by,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}
