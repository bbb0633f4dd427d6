import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, type SqliteDatabase, SqliteDialect } from 'kysely';
import type { Database } from '../database.ts';
import { getStoreVersions, type StoreVersions } from '../live/get-store-versions.ts';
import { nodeSqliteDatabase } from './node-sqlite-database.ts';
import { sqliteVersions } from './sqlite-versions.ts';

/** How long a writer waits for another connection's lock before failing, in milliseconds. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating when missing) an SQLite database file. WAL lets readers run beside the one
 * writer; `synchronous=FULL` makes every commit durable when it returns, so the server can
 * answer 2xx right after a commit and lose nothing on a power cut or a kill.
 */
export function openSqlite(
  file: string,
  options: {
    /**
     * `NORMAL`: commits do not wait for the disk, and the caller makes them durable itself
     * (`walSync`) before it answers. Only for a connection whose every write is acknowledged
     * that way (alert intake's thread).
     */
    readonly synchronous?: 'FULL' | 'NORMAL';
    /**
     * `MEMORY`: SQLite's temporary files (a statement's journal past 64 KiB, large sorts) are
     * kept in memory. For a connection whose every statement is small (alert intake's thread):
     * there an INSERT of a few dozen alerts, inside a transaction, spilled its statement journal
     * to a file that was created, written and deleted again in every transaction.
     */
    readonly tempStore?: 'DEFAULT' | 'MEMORY';
  } = {},
): Kysely<Database> {
  return openSqliteConnection(file, options.synchronous ?? 'FULL', options.tempStore ?? 'DEFAULT')
    .db;
}

/** `openSqlite`, with the store's versions kept for the connection (`sqliteVersions`). */
export function openSqliteConnection(
  file: string,
  synchronous: 'FULL' | 'NORMAL' = 'FULL',
  tempStore: 'DEFAULT' | 'MEMORY' = 'DEFAULT',
  watch: { readonly boundMs?: number; readonly now?: () => number } = {},
): {
  readonly db: Kysely<Database>;
  readonly versions: () => Promise<StoreVersions>;
  /** The connection under `db`, for statements prepared once and run without Kysely. */
  readonly database: SqliteDatabase;
} {
  const connection = new DatabaseSync(file);
  connection.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  connection.exec('PRAGMA journal_mode = WAL');
  connection.exec(`PRAGMA synchronous = ${synchronous}`);
  connection.exec('PRAGMA foreign_keys = ON');
  connection.exec(`PRAGMA temp_store = ${tempStore}`);
  let written = () => {};
  const database = nodeSqliteDatabase(connection, dirname(file), () => written());
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  const versions = sqliteVersions(connection, () => getStoreVersions({ db }), watch);
  written = versions.written;
  return { db, versions: versions.read, database };
}
