import { appendAuditEvent } from '../audit/append-audit-event.ts';
import type { AuditEvent } from '../audit/audit-event.ts';
import type { StoreDb } from '../database.ts';
import { isUniqueViolation } from '../is-unique-violation.ts';
import { getLatestRevisionId } from './get-latest-revision-id.ts';
import type { NewRevision, Revision } from './revision.ts';

export interface InsertRevisionOptions {
  readonly db: StoreDb;
  /** The revision the caller built on: the new one becomes `parent + 1`. 0 for the first. */
  readonly parent: number;
  readonly revision: NewRevision;
  /** The audit log entry of the new revision, written in the same transaction. */
  readonly audit?: ((id: number) => AuditEvent) | undefined;
}

export type InsertRevisionResult =
  | { readonly ok: true; readonly revision: Revision }
  | { readonly ok: false; readonly latest: number };

/**
 * Stores a revision on top of `parent`, or reports the newer latest revision. Revision numbers
 * are the primary key, so of two writers building on the same parent (two requests, or two
 * servers on one PostgreSQL database) exactly one wins; the other is told, never overwritten.
 */
export async function insertRevision({
  db,
  parent,
  revision,
  audit,
}: InsertRevisionOptions): Promise<InsertRevisionResult> {
  const latest = await getLatestRevisionId({ db });
  if (latest !== parent) return { ok: false, latest };
  const id = parent + 1;
  try {
    // Its own transaction: a writer that loses the race rolls back, then reads the winner.
    await db.transaction().execute(async (tx) => {
      await tx
        .insertInto('revisions')
        .values({
          id,
          created_at: revision.createdAt,
          author: revision.author,
          message: revision.message,
          summary: JSON.stringify(revision.summary),
          sources: JSON.stringify(revision.sources),
          content_hash: revision.contentHash,
          restored_from: revision.restoredFrom,
        })
        .execute();
      if (audit) await appendAuditEvent({ db: tx, event: audit(id) });
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { ok: false, latest: await getLatestRevisionId({ db }) };
  }
  return { ok: true, revision: { ...revision, id } };
}
