import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from '../database.ts';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Connections per server process: enough for a busy server, few enough for many replicas. */
const POOL_SIZE = 10;

/**
 * Connects to PostgreSQL. `bigint` columns and `count(*)` come back as numbers, as from SQLite:
 * every count and id the store keeps is far below 2^53.
 */
export function openPostgres(connectionString: string): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString,
    max: POOL_SIZE,
    connectionTimeoutMillis: 10_000,
    types: {
      getTypeParser: (oid: number, format?: string) =>
        oid === INT8_OID || oid === NUMERIC_OID
          ? Number
          : pg.types.getTypeParser(oid, format as 'text'),
    } as pg.CustomTypesConfig,
  });
  // A client that loses its connection (a database restart, a failover, pg_terminate_backend)
  // emits 'error'; with no listener that ends the process. The pool listens only while a client
  // is idle, so a client in use (a transaction between two statements, too) needs its own: its
  // queries fail with the cause (answered 503 database-unavailable) and the pool drops it when
  // it is released.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
