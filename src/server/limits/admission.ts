import type { DurationMillis } from '../../model/concepts/time-units.ts';
/** A bounded number of requests at work, and a bounded, timed queue of those waiting. */
export interface Admission {
  /**
   * Waits for a place; false when the queue is full, the wait exceeded its limit or `signal`
   * ended the wait.
   */
  readonly enter: (signal?: AbortSignal) => Promise<boolean>;
  /** Gives the place back (once per successful `enter`). */
  readonly leave: () => void;
  readonly inFlight: () => number;
}

/**
 * Admits at most `concurrency` requests at once; up to `maxWaiting` more wait, each at most
 * `maxWaitMs`. Intake uses it: a burst of webhook calls is smoothed instead of refused, and
 * beyond what the queue holds the caller answers 503 with Retry-After, which Alertmanager
 * retries, instead of holding every body in memory at once.
 */
export function createAdmission(options: {
  readonly concurrency: number;
  readonly maxWaiting: number;
  readonly maxWaitMs: DurationMillis;
}): Admission {
  let active = 0;
  const waiting: { admit: () => void; timer: NodeJS.Timeout }[] = [];
  return {
    enter: (signal) => {
      if (signal?.aborted) return Promise.resolve(false);
      if (active < options.concurrency) {
        active += 1;
        return Promise.resolve(true);
      }
      if (waiting.length >= options.maxWaiting) return Promise.resolve(false);
      return new Promise<boolean>((done) => {
        const giveUp = () => {
          clearTimeout(entry.timer);
          const at = waiting.indexOf(entry);
          if (at >= 0) waiting.splice(at, 1);
          done(false);
        };
        const entry = {
          admit: () => {
            clearTimeout(entry.timer);
            signal?.removeEventListener('abort', giveUp);
            done(true);
          },
          timer: setTimeout(() => {
            signal?.removeEventListener('abort', giveUp);
            giveUp();
          }, options.maxWaitMs),
        };
        signal?.addEventListener('abort', giveUp, { once: true });
        waiting.push(entry);
      });
    },
    leave: () => {
      const next = waiting.shift();
      // The place passes to the next waiter directly, so `active` stays as it is.
      if (next) next.admit();
      else active = Math.max(0, active - 1);
    },
    inFlight: () => active,
  };
}
