import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { AuditEvent } from '../audit/audit-event.ts';
import type { StoreDb } from '../database.ts';
import { VERSIONS_BOUND_MS } from '../live/versions-bound.ts';

/**
 * Revokes a token; false when no token has that id. Revoking twice is a no-op, and only the
 * revocation that takes effect writes `audit` to the audit log and raises the tokens' version
 * (`getStoreVersions`), in the same transaction. It returns once every server on the store
 * refuses the token: servers keep the versions in memory, and count another process's change
 * (`whorunsit token revoke` beside a server, another server on PostgreSQL) at the latest
 * `VERSIONS_BOUND_MS` after its commit.
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
  let raised = false;
  const found = await db.transaction().execute(async (tx) => {
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
    if (Number(revoked.numUpdatedRows) > 0) {
      // Servers that keep verified tokens in memory see this number move and ask again.
      await tx
        .updateTable('live_version')
        .set((eb) => ({ tokens: eb('tokens', '+', 1) }))
        .where('id', '=', 1)
        .execute();
      if (audit) await appendAuditEvent({ db: tx, event: audit });
      raised = true;
    }
    return true;
  });
  if (raised) {
    await new Promise((resolve) => setTimeout(resolve, VERSIONS_BOUND_MS));
  }
  return found;
}
