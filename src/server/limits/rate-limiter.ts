/** Requests counted per client in fixed one-minute windows. */
export interface RateLimiter {
  /** Counts one request of `key`; the seconds to wait when it is over the limit. */
  readonly take: (
    key: string,
  ) => { readonly ok: true } | { readonly ok: false; readonly retryAfter: number };
  /** Whether `key` is over the limit now, without counting a request. */
  readonly over: (key: string) => boolean;
}

const WINDOW_MS = 60_000;

/**
 * A fixed-window counter per key (a token, a client address), bounded in memory: past
 * `maxKeys` keys, expired windows are dropped, then the oldest. An attacker rotating addresses
 * therefore costs a bounded map, and at worst resets some counters early.
 */
export function createRateLimiter(options: {
  readonly perMinute: number;
  readonly maxKeys: number;
  readonly now?: () => number;
}): RateLimiter {
  const clock = options.now ?? Date.now;
  const windows = new Map<string, { start: number; count: number }>();
  const current = (key: string, now: number) => {
    const window = windows.get(key);
    return window && now - window.start < WINDOW_MS ? window : undefined;
  };
  const evict = (now: number) => {
    for (const [key, window] of windows) {
      if (now - window.start >= WINDOW_MS) windows.delete(key);
    }
    for (const key of windows.keys()) {
      if (windows.size < options.maxKeys) break;
      windows.delete(key);
    }
  };
  return {
    take: (key) => {
      const now = clock();
      let window = current(key, now);
      if (!window) {
        if (windows.size >= options.maxKeys) evict(now);
        window = { start: now, count: 0 };
        windows.delete(key);
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count <= options.perMinute) return { ok: true };
      return {
        ok: false,
        retryAfter: Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000)),
      };
    },
    over: (key) => {
      const window = current(key, clock());
      return window !== undefined && window.count >= options.perMinute;
    },
  };
}
