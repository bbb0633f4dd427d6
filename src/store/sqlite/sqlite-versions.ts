import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { StoreVersions } from '../live/get-store-versions.ts';
import { VERSIONS_BOUND_MS } from '../live/versions-bound.ts';

/** The same query as `getStoreVersions`, run on the connection itself. */
const VERSIONS_SQL =
  'select version, tokens, (select max(id) from revisions) as revision from live_version where id = 1';

interface VersionsRow {
  readonly version: number;
  readonly tokens: number;
  readonly revision: number | null;
}

export interface SqliteVersions {
  /** The versions as of the call, kept in memory between this connection's writes. */
  readonly read: () => Promise<StoreVersions>;
  /**
   * A statement that may change the versions ran on this connection (every statement but a
   * SELECT, COMMIT included): the next read asks the database.
   */
  readonly written: () => void;
}

/**
 * The store's versions on the embedded SQLite, kept in memory. Every version this server
 * raises is raised on its own connection, which calls `written` once each statement that may
 * change them has run (before any other JavaScript), so what this server stores counts from its
 * next request on. Another process (`whorunsit token revoke` on the data folder) is counted at
 * the latest `boundMs` after its commit: what memory holds is trusted only until `boundMs`
 * after the start of the read it came from, as on PostgreSQL. Alert intake's thread writes on a
 * connection of its own but changes no version. Before, every request read the versions: a
 * read transaction of its own (two locks on the shared-memory file, about a tenth of the
 * runner's CPU per request).
 *
 * A read runs a statement of the connection itself while no transaction is open on it (it
 * reads every commit of this and other connections, without waiting its turn behind the query
 * builder's promise chain), else `queued`, the query builder's read, which waits for the open
 * transaction to end (a version raised inside it must not be seen before it commits). Any
 * failure is left to `queued`, which reports it as every other query does (a read-only folder,
 * a closed store).
 */
export function sqliteVersions(
  connection: DatabaseSync,
  queued: () => Promise<StoreVersions>,
  options: { readonly boundMs?: number; readonly now?: () => number } = {},
): SqliteVersions {
  const boundMs = options.boundMs ?? VERSIONS_BOUND_MS;
  // A clock that never steps: the bound is a span of time, whatever the wall clock does.
  const now = options.now ?? (() => performance.now());
  let statement: StatementSync | undefined;
  let known: StoreVersions | undefined;
  let trustedUntil = Number.NEGATIVE_INFINITY;
  /** Raised by every write: a read that began before it may miss what it wrote. */
  let generation = 0;
  const keep = (versions: StoreVersions, asked: number, startedAt: number) => {
    if (asked !== generation) return;
    known = versions;
    trustedUntil = startedAt + boundMs;
  };
  const readQueued = (asked: number, startedAt: number) =>
    queued().then((versions) => {
      keep(versions, asked, startedAt);
      return versions;
    });
  return {
    read: () => {
      const startedAt = now();
      const asked = generation;
      // A closed store fails as every query does, not from memory.
      if (!connection.isOpen) return readQueued(asked, startedAt);
      if (known && startedAt < trustedUntil) return Promise.resolve(known);
      if (connection.isTransaction) return readQueued(asked, startedAt);
      let versions: StoreVersions;
      try {
        statement ??= connection.prepare(VERSIONS_SQL);
        const row = statement.get() as VersionsRow | undefined;
        versions = {
          revision: row?.revision ?? 0,
          live: row?.version ?? 0,
          tokens: row?.tokens ?? 0,
        };
      } catch {
        return readQueued(asked, startedAt);
      }
      keep(versions, asked, startedAt);
      return Promise.resolve(versions);
    },
    written: () => {
      generation += 1;
      known = undefined;
    },
  };
}
