import type { StoreDb } from '../database.ts';
import { getStoreVersions, type StoreVersions } from './get-store-versions.ts';

/**
 * Reads the store's versions for every request that asks, sharing one query among requests
 * that arrive together, yet never answering a request with versions read before it arrived: a
 * request that finds a read already running waits for the next one, which starts once that
 * read ends and serves everyone who asked in between. So a token revoked, or live data stored,
 * before a request arrived is seen by it, as with a query of its own, while a busy server runs
 * at most two reads at once instead of one per request (a round trip each on PostgreSQL).
 */
export function createSharedVersionsRead(db: StoreDb): () => Promise<StoreVersions> {
  let running: Promise<StoreVersions> | undefined;
  let next: Promise<StoreVersions> | undefined;
  const start = (): Promise<StoreVersions> => {
    const read = getStoreVersions({ db });
    running = read;
    const done = () => {
      if (running === read) running = undefined;
    };
    read.then(done, done);
    return read;
  };
  return () => {
    if (!running) return start();
    // The running read may have begun before this request arrived: wait for the next one.
    if (!next) {
      const after = running;
      next = after
        .then(
          () => undefined,
          () => undefined,
        )
        .then(() => {
          next = undefined;
          return start();
        });
    }
    return next;
  };
}
