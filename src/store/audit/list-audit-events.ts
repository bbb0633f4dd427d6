import type { StoreDb } from '../database.ts';
import { type AuditAction, type AuditEventRecord, toAuditEventRecord } from './audit-event.ts';

export interface ListAuditEventsOptions {
  readonly db: StoreDb;
  readonly action?: AuditAction | undefined;
  /** Entries older than this id (the `nextCursor` of the previous page). */
  readonly before?: number | undefined;
  readonly limit: number;
}

/** A page of the audit log, newest first, and the cursor of the next page when there is one. */
export async function listAuditEvents({
  db,
  action,
  before,
  limit,
}: ListAuditEventsOptions): Promise<{
  events: AuditEventRecord[];
  nextCursor: number | null;
}> {
  let query = db
    .selectFrom('audit_events')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(limit + 1);
  if (action !== undefined) query = query.where('action', '=', action);
  if (before !== undefined) query = query.where('id', '<', before);
  const rows = await query.execute();
  const events = rows.slice(0, limit).map(toAuditEventRecord);
  const last = events.at(-1);
  return { events, nextCursor: rows.length > limit && last ? last.id : null };
}
