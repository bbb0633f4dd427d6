import type { StoreDb } from '../database.ts';
import { REVISION_INFO_COLUMNS, type RevisionInfo, toRevisionInfo } from './revision.ts';

export interface ListRevisionsOptions {
  readonly db: StoreDb;
  readonly limit: number;
  /** Only revisions older than this one: the next page of the history. */
  readonly before?: number | undefined;
}

/** The history, newest first, without the documents. */
export async function listRevisions({
  db,
  limit,
  before,
}: ListRevisionsOptions): Promise<RevisionInfo[]> {
  let query = db
    .selectFrom('revisions')
    .select(REVISION_INFO_COLUMNS)
    .orderBy('id', 'desc')
    .limit(limit);
  if (before !== undefined) query = query.where('id', '<', before);
  return (await query.execute()).map(toRevisionInfo);
}
