import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { StoreVersions } from '../live/get-store-versions.ts';

/** The same query as `getStoreVersions`, run on the connection itself. */
const VERSIONS_SQL =
  'select version, tokens, (select max(id) from revisions) as revision from live_version where id = 1';

interface VersionsRow {
  readonly version: number;
  readonly tokens: number;
  readonly revision: number | null;
}

/**
 * The store's versions on the embedded SQLite, read on every call: by a statement of the
 * connection itself while no transaction is open on it (then it reads exactly what a query
 * would, every commit of this and other connections, without waiting its turn behind the
 * query builder's promise chain: half the cost of a runner request's reads), else by
 * `queued`, the query builder's read, which waits for the open transaction to end (a version
 * raised inside it must not be seen before it commits). Any failure is left to `queued`, which
 * reports it as every other query does (a read-only folder, a closed store).
 */
export function sqliteVersions(
  connection: DatabaseSync,
  queued: () => Promise<StoreVersions>,
): () => Promise<StoreVersions> {
  let statement: StatementSync | undefined;
  return () => {
    if (!connection.isOpen || connection.isTransaction) return queued();
    try {
      statement ??= connection.prepare(VERSIONS_SQL);
      const row = statement.get() as VersionsRow | undefined;
      return Promise.resolve({
        revision: row?.revision ?? 0,
        live: row?.version ?? 0,
        tokens: row?.tokens ?? 0,
      });
    } catch {
      return queued();
    }
  };
}
