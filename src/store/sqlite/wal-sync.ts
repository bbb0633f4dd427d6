import { closeSync, fdatasync, fstatSync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Makes durable every transaction that a connection with `synchronous = NORMAL` has committed
 * to the SQLite file `file` so far: an fdatasync of its write-ahead log, where such a commit
 * writes its pages and which it does not sync itself (a checkpoint syncs the log before it
 * copies pages into the database, and the database before the log is reused). The sync runs
 * off the calling thread (libuv's pool), so the connection can commit the next transaction
 * meanwhile, and syncs that overlap share the disk's flush. The log is opened afresh each
 * time: SQLite removes it only after a checkpoint that left nothing in it, so the file open now
 * holds every commit made before. The directory is synced too the first time a log file is
 * seen, so a log created since is found after a power cut.
 *
 * Call it only after the commits it must cover have returned: it covers what was written
 * before it started.
 */
export function walSync(file: string): () => Promise<void> {
  const wal = `${file}-wal`;
  let directorySynced: number | undefined;
  return () =>
    new Promise<void>((resolve, reject) => {
      let fd: number;
      try {
        fd = openSync(wal, 'r');
        const { ino } = fstatSync(fd);
        if (ino !== directorySynced) {
          syncDirectory(dirname(wal));
          directorySynced = ino;
        }
      } catch (error) {
        reject(error);
        return;
      }
      fdatasync(fd, (error) => {
        try {
          closeSync(fd);
        } catch {
          // Closing a descriptor that was synced cannot lose what the sync made durable.
        }
        if (error) reject(error);
        else resolve();
      });
    });
}

function syncDirectory(directory: string): void {
  const fd = openSync(directory, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
