import { listLiveTokenHashes, type StoreDb } from '../../store/index.ts';

/** How often the set of live tokens is read again (tokens made or revoked by another server). */
const REFRESH_MS = 10_000;

/**
 * The tokens that work, by the hash of their secret, read from the store every few seconds.
 * The rate limit before authentication counts, per client address, only requests that carry
 * none of them, so a flood of bad tokens from one address is cut off before it costs a
 * database lookup and a log line each, while a real client behind the same address (an
 * Alertmanager behind the same NAT) is never slowed by it. Knowing a token grants nothing:
 * every request is still authenticated against the store.
 */
export interface KnownTokens {
  /** A token this server just made or saw authenticate. */
  readonly remember: (secretHash: string) => void;
  /** A token this server just revoked. */
  readonly forget: (secretHash: string) => void;
  /**
   * Whether the request's bearer token, by the hash of its secret (`bearerHashOf`), is one
   * that works (as of the last read).
   */
  readonly knows: (secretHash: string | undefined) => boolean;
}

export function createKnownTokens(db: StoreDb, now: () => number = Date.now): KnownTokens {
  let known = new Set<string>();
  let readAt = Number.NEGATIVE_INFINITY;
  let reading: Promise<void> | undefined;
  const refresh = () => {
    if (reading || now() - readAt < REFRESH_MS) return;
    reading = listLiveTokenHashes({ db, now: new Date(now()).toISOString() })
      .then((hashes) => {
        known = new Set(hashes);
        readAt = now();
      })
      // A store that fails keeps the last set; requests then meet the failure themselves.
      .catch(() => {
        readAt = now();
      })
      .finally(() => {
        reading = undefined;
      });
  };
  return {
    remember: (hash) => {
      known.add(hash);
    },
    forget: (hash) => {
      known.delete(hash);
    },
    knows: (secretHash) => {
      refresh();
      return secretHash !== undefined && known.has(secretHash);
    },
  };
}
