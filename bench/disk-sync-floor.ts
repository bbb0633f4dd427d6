import { closeSync, fdatasyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './server-load.ts';

/** What one write is: about a group of a few alerts' pages in the write-ahead log. */
const WRITE_BYTES = 16 * 1024;
/** Writes rewritten in turn, so the file keeps its size (as a log reused after a checkpoint). */
const SLOTS = 64;

/** How long the disk under a folder took to make writes durable, back to back. */
export interface SyncFloor {
  readonly syncs: number;
  /** Milliseconds. */
  readonly p50: number;
  readonly mean: number;
}

/**
 * Times fdatasync of a 16 KiB write rewritten in place in a file of `folder` (as the store's
 * write-ahead log is written once a checkpoint has let it start over), back to back for
 * `seconds`. Every alert a durable intake acknowledges waited for at least one such sync, so
 * with C connections and one request in flight on each, intake cannot answer more than
 * C / mean requests per second on this disk, whatever it spends on CPU (Little's law: rate =
 * requests in flight / time each takes). Blocks the calling thread; run it between load runs.
 */
export function measureSyncFloor(folder: string, seconds: number): SyncFloor {
  const file = join(folder, 'bench-sync-floor');
  const fd = openSync(file, 'w');
  try {
    const page = Buffer.alloc(WRITE_BYTES, 0x5a);
    for (let slot = 0; slot < SLOTS; slot++)
      writeSync(fd, page, 0, page.length, slot * page.length);
    fdatasyncSync(fd);
    const times: number[] = [];
    const end = performance.now() + seconds * 1000;
    for (let slot = 0; performance.now() < end; slot = (slot + 1) % SLOTS) {
      writeSync(fd, page, 0, page.length, slot * page.length);
      const start = performance.now();
      fdatasyncSync(fd);
      times.push(performance.now() - start);
    }
    return {
      syncs: times.length,
      p50: median(times),
      mean: times.reduce((sum, t) => sum + t, 0) / Math.max(times.length, 1),
    };
  } finally {
    closeSync(fd);
    rmSync(file, { force: true });
  }
}
