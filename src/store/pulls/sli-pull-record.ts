import type { Selectable } from 'kysely';
import type { SliPullsTable } from '../database.ts';

/** How the server last read a service's SLI from its backend, and what failed. */
export interface SliPullRecord {
  readonly service: string;
  readonly backend: string;
  /** When the server first tried to read it. */
  readonly createdAt: string;
  readonly lastAttemptAt: string;
  readonly lastSuccessAt: string | null;
  /** The end of the last range read: the next read starts a little before it. */
  readonly readUntil: string | null;
  /** The newest sample any read returned. */
  readonly lastSampleAt: string | null;
  readonly lastError: string | null;
  readonly lastErrorAt: string | null;
  /** Failed reads since the last success. */
  readonly failures: number;
}

export function toSliPullRecord(row: Selectable<SliPullsTable>): SliPullRecord {
  return {
    service: row.service,
    backend: row.backend,
    createdAt: row.created_at,
    lastAttemptAt: row.last_attempt_at,
    lastSuccessAt: row.last_success_at,
    readUntil: row.read_until,
    lastSampleAt: row.last_sample_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    failures: Number(row.failures),
  };
}
