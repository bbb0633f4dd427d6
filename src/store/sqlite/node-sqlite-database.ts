import type { DatabaseSync, SQLInputValue, StatementSync } from 'node:sqlite';
import type { SqliteDatabase, SqliteStatement } from 'kysely';
import { checkWritableSync } from './check-writable.ts';

/** Prepared statements kept per connection; the store issues a few dozen distinct queries. */
const STATEMENT_CACHE_SIZE = 200;

// SQLite primary result codes (the low byte of node:sqlite's `errcode`) that hide an errno.
const SQLITE_IOERR = 10;
const SQLITE_CANTOPEN = 14;

/**
 * Lets Kysely's SQLite dialect drive Node's built-in `node:sqlite` (no native build, unlike
 * better-sqlite3): the two differ only in how parameters are passed (spread, not an array) and
 * in how a statement says it returns rows. `folder` is the data folder, asked when SQLite
 * reports an I/O error without saying why.
 */
export function nodeSqliteDatabase(
  db: DatabaseSync,
  folder: string,
  /** Called once each statement but a SELECT has run (or failed): it may change the versions. */
  written: () => void = () => {},
): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  const explain = explainIoError(folder);
  return {
    close: () => {
      cache.clear();
      if (db.isOpen) db.close();
    },
    prepare: (text) => {
      if (text === 'rollback') return rollback(db, explain, written);
      // A transaction takes the write lock when it begins (waiting for it, as for any lock, up
      // to the busy timeout): begun deferred, one that read first and then wrote would fail at
      // once with SQLITE_BUSY when another connection (alert intake's thread) had committed
      // since its read.
      const sql = text === 'begin' ? 'begin immediate' : text;
      const cached = cache.get(sql);
      if (cached) return cached;
      const statement = adapt(
        explain(() => db.prepare(sql)),
        explain,
        READ_ONLY.test(sql) ? undefined : written,
      );
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.clear();
      cache.set(sql, statement);
      return statement;
    },
  };
}

type Explain = <T>(work: () => T) => T;

/** Statements that change nothing; any other (a write, COMMIT, a PRAGMA) is told as written. */
const READ_ONLY = /^\s*select\b/i;

/**
 * SQLite says "disk I/O error" (or "unable to open database file") whatever the system said,
 * so a data folder that turned read-only under the server (a disk error on ext4
 * `errors=remount-ro`) looked like a database that does not answer. On such an error the folder
 * is asked: when it takes no writes, the system's error (EROFS, EACCES) is thrown, with SQLite's
 * as its cause, and the server answers 503 `read-only`.
 */
function explainIoError(folder: string): Explain {
  return (work) => {
    try {
      return work();
    } catch (error) {
      const errcode = (error as { errcode?: unknown }).errcode;
      if (typeof errcode !== 'number') throw error;
      const primary = errcode & 0xff;
      if (primary !== SQLITE_IOERR && primary !== SQLITE_CANTOPEN) throw error;
      try {
        checkWritableSync(folder);
      } catch (system) {
        const { code, message } = system as NodeJS.ErrnoException;
        throw Object.assign(
          new Error(`${(error as Error).message}: ${message}`, { cause: error }),
          {
            code,
          },
        );
      }
      throw error;
    }
  };
}

/**
 * SQLite ends a transaction itself when a statement in it fails for lack of disk space or
 * memory (SQLITE_FULL, SQLITE_NOMEM, some I/O errors). Kysely then still sends ROLLBACK, which
 * would fail with "no transaction is active" and hide the real cause (a full disk, answered 503
 * disk-full) behind a logic error (answered 500): roll back only what is still open.
 */
function rollback(db: DatabaseSync, explain: Explain, written: () => void): SqliteStatement {
  const statement = explain(() => db.prepare('rollback'));
  const run = () => {
    try {
      return db.isTransaction ? explain(() => statement.run()) : { changes: 0, lastInsertRowid: 0 };
    } finally {
      written();
    }
  };
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

function adapt(
  statement: StatementSync,
  explain: Explain,
  written: (() => void) | undefined,
): SqliteStatement {
  // INSERT … RETURNING has columns too: it must be read, not just run.
  const reader = statement.columns().length > 0;
  if (!written) {
    return {
      reader,
      all: (parameters) => explain(() => statement.all(...toSqlite(parameters))),
      run: (parameters) => explain(() => statement.run(...toSqlite(parameters))),
      iterate: (parameters) => explain(() => statement.iterate(...toSqlite(parameters))),
    };
  }
  // Told once the statement has run, before any other JavaScript: a commit counts from the next
  // read of the versions on. Stepped lazily, a statement would commit after `iterate` returns,
  // so it is run whole instead.
  const told = <T>(work: () => T): T => {
    try {
      return explain(work);
    } finally {
      written();
    }
  };
  return {
    reader,
    all: (parameters) => told(() => statement.all(...toSqlite(parameters))),
    run: (parameters) => told(() => statement.run(...toSqlite(parameters))),
    iterate: (parameters) =>
      told(() => statement.all(...toSqlite(parameters)))[Symbol.iterator]() as ReturnType<
        SqliteStatement['iterate']
      >,
  };
}

function toSqlite(parameters: readonly unknown[]): SQLInputValue[] {
  return parameters.map((value) => {
    if (typeof value === 'boolean') return value ? 1 : 0;
    if (value === undefined) return null;
    return value as SQLInputValue;
  });
}
