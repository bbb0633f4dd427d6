import type { StoreDb } from '../database.ts';
import { type Revision, toRevision } from './revision.ts';

/** One revision with its documents; undefined when there is no such revision. */
export async function getRevision({
  db,
  id,
}: {
  db: StoreDb;
  id: number;
}): Promise<Revision | undefined> {
  const row = await db.selectFrom('revisions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toRevision(row) : undefined;
}
