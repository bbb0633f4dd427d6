import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Prepared statements kept per connection; the store issues a few dozen distinct queries. */
const STATEMENT_CACHE_SIZE = 200;

/**
 * Lets Kysely's SQLite dialect drive Node's built-in `node:sqlite` (no native build, unlike
 * better-sqlite3): the two differ only in how parameters are passed (spread, not an array) and
 * in how a statement says it returns rows.
 */
export function nodeSqliteDatabase(db: DatabaseSync): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      if (db.isOpen) db.close();
    },
    prepare: (sql) => {
      if (sql === 'rollback') return rollback(db);
      const cached = cache.get(sql);
      if (cached) return cached;
      const statement = adapt(db.prepare(sql));
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
      cache.set(sql, statement);
      return statement;
    },
  };
}

/**
 * SQLite ends a transaction itself when a statement in it fails for lack of disk space or
 * memory (SQLITE_FULL, SQLITE_NOMEM, some I/O errors). Kysely then still sends ROLLBACK, which
 * would fail with "no transaction is active" and hide the real cause (a full disk, answered 503
 * disk-full) behind a logic error (answered 500): roll back only what is still open.
 */
function rollback(db: DatabaseSync): SqliteStatement {
  const statement = db.prepare('rollback');
  const run = () => (db.isTransaction ? statement.run() : { changes: 0, lastInsertRowid: 0 });
  return {
    reader: false,
    all: () => {
      run();
      return [];
    },
    run,
    iterate: () => {
      run();
      return [][Symbol.iterator]();
    },
  };
}

function adapt(statement: StatementSync): SqliteStatement {
  return {
    // INSERT … RETURNING has columns too: it must be read, not just run.
    reader: statement.columns().length > 0,
    all: (parameters) => statement.all(...toSqlite(parameters)),
    run: (parameters) => statement.run(...toSqlite(parameters)),
    iterate: (parameters) => statement.iterate(...toSqlite(parameters)),
  };
}

function toSqlite(parameters: readonly unknown[]): SQLInputValue[] {
  return parameters.map((value) => {
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (value === undefined) return null;
    return value as SQLInputValue;
  });
}
