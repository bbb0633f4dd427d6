import { chmodSync, closeSync, existsSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { backup, DatabaseSync } from 'node:sqlite';
import { SQLITE_FILE } from '../open-store.ts';
import { BackupError } from './backup-error.ts';
import { checkSqliteBackup, type StoreContents } from './check-sqlite-backup.ts';

export interface BackupResult extends StoreContents {
  /** The database copied. */
  readonly from: string;
  /** The backup file written. */
  readonly to: string;
  readonly bytes: number;
}

/**
 * Copies the SQLite database of a data folder to `to` with SQLite's online backup, while the
 * server keeps running: the copy is one consistent state of the database (every commit before
 * it, none after), never a torn file as a file copy of a database being written can be. The
 * copy is checked (integrity, schema) before it is reported; it is private (0600), like the
 * database. An existing `to` is never overwritten.
 */
export async function backupSqlite(options: {
  readonly dataDir: string;
  readonly to: string;
}): Promise<BackupResult> {
  const from = join(options.dataDir, SQLITE_FILE);
  if (!existsSync(from))
    throw new BackupError('no-input', `no whorunsit database in ${options.dataDir}`);
  if (existsSync(options.to)) {
    throw new BackupError(
      'file-exists',
      `${options.to} exists already: choose a new file for the backup`,
    );
  }
  // Created private before SQLite writes to it.
  closeSync(openSync(options.to, 'wx', 0o600));
  const source = new DatabaseSync(from);
  try {
    source.exec('PRAGMA busy_timeout = 5000');
    // All pages in one step: the copy cannot restart, however busy the server is.
    await backup(source, options.to, { rate: 1_000_000_000 });
  } finally {
    source.close();
  }
  chmodSync(options.to, 0o600);
  const contents = checkSqliteBackup(options.to);
  return { from, to: options.to, bytes: statSync(options.to).size, ...contents };
}
