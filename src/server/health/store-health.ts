import { checkStore, type Store, type StoreCheck, type StoreFailure } from '../../store/index.ts';

/** How long a readiness probe waits for the database: a hung one must not hang the probe. */
export const PROBE_TIMEOUT_MS = 1_000;
/** How long a failed write keeps the server unready after it happened. */
export const FAILURE_MEMORY_MS = 5_000;

export interface StoreHealth {
  /** Records a failure of the store met by a request or background work. */
  readonly failed: (failure: StoreFailure) => void;
  /** The latest failure met within FAILURE_MEMORY_MS, if any. */
  readonly recent: () => { readonly failure: StoreFailure; readonly ago: number } | undefined;
  /** Checks the store, answering within PROBE_TIMEOUT_MS whatever the database does. */
  readonly check: () => Promise<StoreCheck>;
}

/**
 * What readiness knows about the store: a bounded check (one at a time: while a check hangs on
 * a database that stopped answering, later probes are told so at once instead of piling up
 * connections), and the failures requests met lately (a full disk shows when a write needs
 * room, which a probe that writes nothing cannot see). Both recover by themselves: once the
 * database answers and writes succeed for FAILURE_MEMORY_MS, the server is ready again.
 */
export function createStoreHealth(store: Store, clock: () => number = Date.now): StoreHealth {
  let last: { failure: StoreFailure; at: number } | undefined;
  let inFlight: { since: number; result: Promise<StoreCheck> } | undefined;
  return {
    failed: (failure) => {
      last = { failure, at: clock() };
    },
    recent: () => {
      if (!last) return undefined;
      const ago = clock() - last.at;
      return ago <= FAILURE_MEMORY_MS ? { failure: last.failure, ago } : undefined;
    },
    check: async () => {
      if (!inFlight) {
        const result = checkStore(store).finally(() => {
          inFlight = undefined;
        });
        inFlight = { since: clock(), result };
      }
      const waited = clock() - inFlight.since;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<StoreCheck>((done) => {
        timer = setTimeout(
          () =>
            done({
              ok: false,
              failure: 'database-unavailable',
              cause: `the database has not answered for ${Math.round((clock() - (inFlight?.since ?? clock())) / 100) / 10} s`,
            }),
          Math.max(0, PROBE_TIMEOUT_MS - waited),
        );
      });
      try {
        return await Promise.race([inFlight.result, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
