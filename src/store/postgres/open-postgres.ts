import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../database.ts';
import { createSharedVersionsRead } from '../live/shared-versions-read.ts';
import { prepareNamedStatements } from './named-statements.ts';
import {
  type PostgresVersions,
  type WatchOptions,
  watchPostgresVersions,
} from './postgres-versions.ts';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Connections per server process: enough for a busy server, few enough for many replicas. */
const POOL_SIZE = 10;

const types = {
  getTypeParser: (oid: number, format?: string) =>
    oid === INT8_OID || oid === NUMERIC_OID
      ? Number
      : pg.types.getTypeParser(oid, format as 'text'),
} as pg.CustomTypesConfig;

/**
 * Connects to PostgreSQL. `bigint` columns and `count(*)` come back as numbers, as from SQLite:
 * every count and id the store keeps is far below 2^53. The store's versions are watched
 * (`watchPostgresVersions`) by a connection of their own, opened on the first read.
 */
export function openPostgres(
  connectionString: string,
  watch: Partial<Pick<WatchOptions, 'boundMs' | 'heartbeatMs' | 'reconnectMs'>> = {},
): { readonly db: Kysely<Database>; readonly versions: PostgresVersions } {
  const pool = new pg.Pool({
    connectionString,
    max: POOL_SIZE,
    connectionTimeoutMillis: 10_000,
    types,
  });
  // A client that loses its connection (a database restart, a failover, pg_terminate_backend)
  // emits 'error'; with no listener that ends the process. The pool listens only while a client
  // is idle, so a client in use (a transaction between two statements, too) needs its own: its
  // queries fail with the cause (answered 503 database-unavailable) and the pool drops it when
  // it is released.
  pool.on('error', () => {});
  let versions: PostgresVersions | undefined;
  pool.on('connect', (client) => {
    client.on('error', () => {});
    prepareNamedStatements(client);
    tellVersionWrites(client, () => versions?.written());
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  versions = watchPostgresVersions({
    ...watch,
    client: () =>
      new pg.Client({ connectionString, types, application_name: 'whorunsit versions' }),
    // Requests that arrive while the listener is down share one round trip.
    read: createSharedVersionsRead(db),
  });
  return { db, versions };
}

/** Statements that change what `getStoreVersions` reads. */
const VERSION_WRITE = /^\s*(?!select\b)[\s\S]*\b(live_version|revisions)\b/i;
const COMMIT = /^\s*(commit|end)\b/i;
const ROLLBACK = /^\s*(rollback|abort)\b/i;

/**
 * Calls `written` when a statement of this client that changes the versions (raising the live
 * or tokens version, storing a revision) has committed: at its end when it ran on its own, else
 * at the end of the COMMIT of its transaction. So a change this process made counts from the
 * next read of the versions on, before any notification of it arrives.
 */
function tellVersionWrites(client: pg.PoolClient, written: () => void): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  let pending = false;
  client.query = ((...args: unknown[]) => {
    const text = args[0];
    const result = query(...args);
    if (typeof text !== 'string' || !(result instanceof Promise)) return result;
    const writes = VERSION_WRITE.test(text);
    const commits = COMMIT.test(text);
    if (ROLLBACK.test(text)) pending = false;
    if (!writes && !commits) return result;
    if (writes) pending = true;
    return result.then((value: unknown) => {
      if (writes || (commits && pending)) written();
      if (commits) pending = false;
      return value;
    });
  }) as typeof client.query;
}
