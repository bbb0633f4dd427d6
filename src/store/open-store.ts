import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { migrateToLatest } from './migrations/migrate-to-latest.ts';
import { openPostgres } from './postgres/open-postgres.ts';
import { openSqliteConnection } from './sqlite/open-sqlite.ts';
import type { Store } from './store.ts';

export interface StoreOptions {
  /** Folder for the embedded SQLite file; created when missing. */
  readonly dataDir?: string | undefined;
  /** `postgres://…` selects PostgreSQL; the data folder is then not used for the database. */
  readonly databaseUrl?: string | undefined;
}

/** The SQLite file inside a data folder. */
export const SQLITE_FILE = 'whorunsit.sqlite';

/**
 * Opens the store and runs the migrations: PostgreSQL when a `postgres://` URL is given, else
 * the embedded SQLite file in the data folder.
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  const { dialect, db, location, versions, close } = connect(options);
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await close();
    throw error;
  }
  return { db, dialect, location, versions, close };
}

function connect(options: StoreOptions): Omit<Store, 'close'> & { close: () => Promise<void> } {
  const url = options.databaseUrl;
  if (url !== undefined && url !== '') {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
    }
    const { db, versions } = openPostgres(url);
    return {
      dialect: 'postgres',
      db,
      location: withoutPassword(url),
      versions: versions.read,
      close: async () => {
        await versions.close();
        await db.destroy();
      },
    };
  }
  if (options.dataDir === undefined) throw new Error('no data folder and no DATABASE_URL given');
  const file = join(options.dataDir, SQLITE_FILE);
  keepPrivate(options.dataDir, file);
  const { db, versions } = openSqliteConnection(file);
  return { dialect: 'sqlite', location: file, db, versions, close: () => db.destroy() };
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/**
 * The data holds token hashes, alerts and the model: only the server's user may read it. A folder
 * the server creates is 0700; the database file is created 0600 before SQLite opens it (SQLite
 * gives its -wal and -shm files the database file's mode), and an existing one readable by
 * others is made 0600. A folder the operator made keeps the mode they chose.
 */
function keepPrivate(dataDir: string, file: string): void {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!existsSync(file)) {
    closeSync(openSync(file, 'a', 0o600));
    return;
  }
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(path, 0o600);
    } catch {
      // Missing -wal/-shm, or a file owned by another user: SQLite's own errors say more.
    }
  }
}
