import type { StoreDb } from '../database.ts';
import type { AuditEvent } from './audit-event.ts';

/**
 * Appends an entry to the audit log. Pass the transaction (`db: tx`) that stores the change it
 * records, so the change and its entry commit together or not at all.
 */
export async function appendAuditEvent({
  db,
  event,
}: {
  db: StoreDb;
  event: AuditEvent;
}): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      at: event.at,
      actor: event.actor,
      action: event.action,
      target: event.target,
      details: JSON.stringify(event.details),
    })
    .execute();
}
