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
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => {});
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
