import {
  type PreparedStoreAlerts,
  preparedStoreAlerts,
} from '../../store/alerts/prepared-store-alerts.ts';
import type { StoreDb } from '../../store/index.ts';
import { openSqliteConnection } from '../../store/sqlite/open-sqlite.ts';

/** Alert intake's own connection: `db`, and `storeAlerts` with its statements prepared on it. */
export interface IntakeConnection {
  readonly db: StoreDb;
  readonly storeAlerts: PreparedStoreAlerts;
}

/**
 * The connection alert intake's thread writes with, to the SQLite file `file`. Commits do not
 * wait for the disk: each group's calls are answered after `walSync`, while the next group is
 * written (see `durable` of the group commit). With synchronous=FULL each commit held the thread
 * for its fsync, so a call that arrived meanwhile waited for that one and then its own: about
 * 1.5–1.8 calls shared each fsync under load. Other connections may read a group's rows (and the
 * webhook sender its messages) before the sync returns; no call is answered before it.
 *
 * Temporary files stay in memory: a group of a few 10-alert calls is one INSERT of a few dozen
 * rows, whose statement journal passed SQLite's 64 KiB and went to a file in /var/tmp that was
 * created, written and deleted again in nearly every transaction.
 */
export function openIntakeConnection(file: string): IntakeConnection {
  const { db, database } = openSqliteConnection(file, 'NORMAL', 'MEMORY');
  return { db, storeAlerts: preparedStoreAlerts(database) };
}
