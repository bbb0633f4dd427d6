import {
  closeSync,
  fdatasync,
  fdatasyncSync,
  fstatSync,
  fsyncSync,
  openSync,
  statSync,
} from 'node:fs';
import { dirname } from 'node:path';

/** `sync` makes committed transactions durable (see `walSync`); `close` lets go of the log. */
export interface WalSync {
  readonly sync: () => Promise<void>;
  /**
   * `sync` on the calling thread, blocking it until the disk has the log (throws where `sync`
   * rejects): no hand-off to libuv's pool and back, for when the thread has nothing else to do
   * meanwhile.
   */
  readonly syncNow: () => void;
  /** Closes the log's descriptor once the syncs under way have returned; a later sync opens it again. */
  readonly close: () => void;
}

/** The log's descriptor, closed once it is given up and no sync on it is under way. */
interface Held {
  readonly fd: number;
  readonly ino: number;
  syncing: number;
  released: boolean;
}

/**
 * Makes durable every transaction that a connection with `synchronous = NORMAL` has committed
 * to the SQLite file `file` so far: an fdatasync of its write-ahead log, where such a commit
 * writes its pages and which it does not sync itself (a checkpoint syncs the log before it
 * copies pages into the database, and the database before the log is reused). The sync runs
 * off the calling thread (libuv's pool), so the connection can commit the next transaction
 * meanwhile, and syncs that overlap share the disk's flush.
 *
 * The log's descriptor is kept from one sync to the next: opening, checking and closing it for
 * every group cost about 5 % of the intake thread. SQLite rewrites the log in place after a
 * checkpoint and removes it only when its last connection closes (or after a checkpoint that
 * left nothing in it), so the descriptor held is the file every commit went to while the log's
 * name still names it; once it names another file, that one is opened, as every sync did before.
 * The directory is synced too the first time a log file is seen, so a log created since is
 * found after a power cut.
 *
 * Call `sync` only after the commits it must cover have returned: it covers what was written
 * before it started. Call `close` when the connection is done, or the descriptor outlives it.
 */
export function walSync(file: string): WalSync {
  const wal = `${file}-wal`;
  let directorySynced: number | undefined;
  let held: Held | undefined;

  const release = (h: Held) => {
    h.released = true;
    if (h.syncing > 0) return;
    try {
      closeSync(h.fd);
    } catch {
      // Closing a descriptor that was synced cannot lose what the sync made durable.
    }
  };

  // The descriptor of the log the commits went to: the one held while the log's name still
  // names its file (one stat, a third of opening, checking and closing it). No log by that
  // name fails the sync, as opening it did: commits to a file SQLite will not find again
  // (removed or renamed) are not durable.
  const current = (): Held => {
    if (held && statSync(wal).ino === held.ino) return held;
    if (held) release(held);
    held = undefined;
    const fd = openSync(wal, 'r');
    let ino: number;
    try {
      ino = fstatSync(fd).ino;
      if (ino !== directorySynced) {
        syncDirectory(dirname(wal));
        directorySynced = ino;
      }
    } catch (error) {
      closeSync(fd);
      throw error;
    }
    held = { fd, ino, syncing: 0, released: false };
    return held;
  };

  return {
    sync: () =>
      new Promise<void>((resolve, reject) => {
        let h: Held;
        try {
          h = current();
        } catch (error) {
          reject(error);
          return;
        }
        h.syncing += 1;
        fdatasync(h.fd, (error) => {
          h.syncing -= 1;
          if (h.released) release(h);
          if (error) reject(error);
          else resolve();
        });
      }),
    syncNow: () => {
      // Nothing can release the descriptor while this thread waits here: no count needed.
      fdatasyncSync(current().fd);
    },
    close: () => {
      if (held) release(held);
      held = undefined;
    },
  };
}

function syncDirectory(directory: string): void {
  const fd = openSync(directory, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
