import { DatabaseSync } from 'node:sqlite';
import { BackupError } from './backup-error.ts';

/** What a backup holds, counted: a person can tell at a glance it is the data they expect. */
export interface StoreContents {
  /** The newest migration the database has: the version of the schema. */
  readonly schema: string;
  readonly revisions: number;
  readonly tokens: number;
  readonly alerts: number;
  readonly sliSamples: number;
  readonly incidents: number;
  readonly auditEvents: number;
}

/**
 * Opens a backup read-only and checks it is a whole whorunsit database: SQLite's integrity
 * check passes and it has the store's schema. Throws BackupError saying what is wrong.
 */
export function checkSqliteBackup(file: string): StoreContents {
  let db: DatabaseSync;
  try {
    db = new DatabaseSync(file, { readOnly: true });
  } catch (error) {
    throw new BackupError(
      'bad-backup',
      `${file} is not an SQLite database: ${(error as Error).message}`,
    );
  }
  try {
    const count = (table: string) =>
      Number((db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);
    let integrity: string;
    try {
      integrity = String(
        (db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check,
      );
    } catch (error) {
      throw new BackupError(
        'bad-backup',
        `${file} is not an SQLite database: ${(error as Error).message}`,
      );
    }
    if (integrity !== 'ok') throw new BackupError('bad-backup', `${file} is damaged: ${integrity}`);
    const tables = new Set(
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
          name: string;
        }[]
      ).map((row) => row.name),
    );
    if (!tables.has('kysely_migration') || !tables.has('revisions')) {
      throw new BackupError(
        'bad-backup',
        `${file} is an SQLite database, but not one of whorunsit`,
      );
    }
    const schema = db
      .prepare('SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1')
      .get() as { name: string } | undefined;
    return {
      schema: schema?.name ?? '',
      revisions: count('revisions'),
      tokens: count('tokens'),
      alerts: count('alerts'),
      sliSamples: count('sli_samples'),
      incidents: count('incidents'),
      auditEvents: tables.has('audit_events') ? count('audit_events') : 0,
    };
  } finally {
    db.close();
  }
}
