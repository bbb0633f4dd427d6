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
      const cached = cache.get(sql);
      if (cached) return cached;
      const statement = adapt(db.prepare(sql));
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
      cache.set(sql, statement);
      return statement;
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
