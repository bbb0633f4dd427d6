import type { StoreDb } from '../database.ts';
import { type AuditAction, type AuditEventRecord, toAuditEventRecord } from './audit-event.ts';

export interface ListAuditEventsOptions {
  readonly db: StoreDb;
  readonly action?: AuditAction | undefined;
  /** Entries older than this id (the row the previous page ended with). */
  readonly before?: number | undefined;
  readonly limit: number;
}

/** Up to `limit` entries of the audit log, newest first (by id, which only grows). */
export async function listAuditEvents({
  db,
  action,
  before,
  limit,
}: ListAuditEventsOptions): Promise<AuditEventRecord[]> {
  let query = db.selectFrom('audit_events').selectAll().orderBy('id', 'desc').limit(limit);
  if (action !== undefined) query = query.where('action', '=', action);
  if (before !== undefined) query = query.where('id', '<', before);
  return (await query.execute()).map(toAuditEventRecord);
}
