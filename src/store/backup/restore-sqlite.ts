import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { openStore, SQLITE_FILE } from '../open-store.ts';
import { BackupError } from './backup-error.ts';
import { checkSqliteBackup, type StoreContents } from './check-sqlite-backup.ts';

export interface RestoreResult extends StoreContents {
  readonly from: string;
  /** The database written. */
  readonly to: string;
}

/**
 * Restores a backup into a data folder that has no database yet (a fresh server, or the old
 * database moved away first: a restore never overwrites data). The backup is checked first;
 * then copied with SQLite's backup, made private (0600) and migrated to this version's schema,
 * so a backup taken by an older whorunsit restores into a newer one.
 */
export async function restoreSqlite(options: {
  readonly from: string;
  readonly dataDir: string;
}): Promise<RestoreResult> {
  if (!existsSync(options.from)) throw new BackupError('no-input', `no backup at ${options.from}`);
  const to = join(options.dataDir, SQLITE_FILE);
  if (existsSync(to) && statSync(to).size > 0) {
    throw new BackupError(
      'file-exists',
      `${to} exists already: restore into a new data folder, or move the database (and its -wal and -shm files) away first`,
    );
  }
  checkSqliteBackup(options.from);
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  closeSync(openSync(to, 'w', 0o600));
  const source = new DatabaseSync(options.from, { readOnly: true });
  try {
    await backup(source, to, { rate: 1_000_000_000 });
  } finally {
    source.close();
  }
  chmodSync(to, 0o600);
  // Migrations bring an older backup to this version's schema.
  const store = await openStore({ dataDir: options.dataDir });
  await store.close();
  return { from: options.from, to, ...checkSqliteBackup(to) };
}
