import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../database.ts';
import { nodeSqliteDatabase } from './node-sqlite-database.ts';

/** How long a writer waits for another connection's lock before failing, in milliseconds. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * Opens (creating when missing) an SQLite database file. WAL lets readers run beside the one
 * writer; `synchronous=FULL` makes every commit durable when it returns, so the server can
 * answer 2xx right after a commit and lose nothing on a power cut or a kill.
 */
export function openSqlite(file: string): Kysely<Database> {
  const db = new DatabaseSync(file);
  db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: nodeSqliteDatabase(db, dirname(file)) }),
  });
}
