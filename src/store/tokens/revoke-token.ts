import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { AuditEvent } from '../audit/audit-event.ts';
import type { StoreDb } from '../database.ts';

/**
 * Revokes a token; false when no token has that id. Revoking twice is a no-op, and only the
 * revocation that takes effect writes `audit` to the audit log, in the same transaction.
 */
export async function revokeToken({
  db,
  id,
  at,
  audit,
}: {
  db: StoreDb;
  id: string;
  at: string;
  audit?: AuditEvent | undefined;
}): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const exists = await tx
      .selectFrom('tokens')
      .select('id')
      .where('id', '=', id)
      .executeTakeFirst();
    if (!exists) return false;
    const revoked = await tx
      .updateTable('tokens')
      .set({ revoked_at: at })
      .where('id', '=', id)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    if (audit && Number(revoked.numUpdatedRows) > 0)
      await appendAuditEvent({ db: tx, event: audit });
    return true;
  });
}
