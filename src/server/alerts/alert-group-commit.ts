import type { PreparedStoreAlerts } from '../../store/alerts/prepared-store-alerts.ts';
import type {
  AlertMessage,
  AlertRecord,
  NewAlert,
  StoreDb,
  StoredAlert,
} from '../../store/index.ts';
import { INTAKE_HALTED, isIntakeHalted, storeAlerts } from '../../store/index.ts';
import type { AlertWriter } from './alert-store-worker.ts';

/** Alerts written in one transaction at most; a larger backlog takes several. */
const MAX_ALERTS_PER_COMMIT = 5_000;

/**
 * Syncs are made on the writing thread itself (`durableNow`) only while none of the last
 * QUICK_SYNCS_BEFORE_BLOCKING took QUICK_SYNC_MS or more. A call that arrives during such a sync
 * waits for it before it is written, while the hand-off saved is worth about a tenth of a
 * millisecond: on a disk whose syncs took milliseconds now and then, blocking cost more than it
 * saved (measured side by side, also with a mean of recent syncs as the rule).
 */
export const QUICK_SYNC_MS = 0.5;
export const QUICK_SYNCS_BEFORE_BLOCKING = 64;

/** Stores the alerts of webhook calls, several calls in one durable transaction. */
export interface AlertGroupCommit {
  /**
   * Stores one call's alerts as `storeAlerts` does; resolves only once the transaction that
   * holds them has committed, so an answered alert is durable.
   */
  readonly store: (alerts: readonly NewAlert[], at: string) => Promise<StoredAlert[]>;
  /** Ends the thread that writes, if any, once the writes asked for are answered. */
  readonly close: () => Promise<void>;
  /**
   * The error every call fails with since a sync of committed writes failed (see `durable`),
   * if one did: intake takes no call until the server is restarted.
   */
  readonly halted: () => Error | undefined;
}

interface Waiting {
  readonly alerts: readonly NewAlert[];
  /** Each alert's `alertKeyOf`, worked out once: a call's keys are looked at several times. */
  readonly keys: readonly string[];
  readonly at: string;
  readonly resolve: (stored: StoredAlert[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit for alert intake: the calls that arrive while a transaction is being written
 * (or in the same turn of the event loop) are written together in the next one, so a burst
 * of webhook calls costs one durable commit (one fsync) instead of one each. Each call still
 * gets exactly what storing it alone would give: its own alerts in order, a redelivery or an
 * alert sent twice marked as a duplicate, a resolution routed like its firing alert. A failed
 * transaction of several calls is written again call by call, so one call that cannot be
 * stored fails alone.
 */
export function createAlertGroupCommit(options: {
  readonly db: StoreDb;
  /** Outgoing webhooks that get a message about each alert stored for the first time. */
  readonly webhooks: readonly string[];
  readonly message: (alert: AlertRecord) => AlertMessage;
  /**
   * Stores each call somewhere else that groups calls itself (SQLite: a thread of its own, with
   * the same webhooks and messages, running this group commit on its connection): each call is
   * handed on at once, so no round trip between the threads separates two commits.
   */
  readonly writer?:
    | { readonly write: AlertWriter; readonly close: () => Promise<void> }
    | undefined;
  /**
   * Called before each group is taken: adds the calls that have arrived but not been delivered
   * yet (the intake thread reads its port synchronously; a commit held its event loop).
   */
  readonly collect?: () => void;
  /**
   * Transactions written at once (1 by default). PostgreSQL flushes the commits that wait
   * together in one WAL flush, so a call that arrives while a transaction is committing can
   * start its own at once instead of waiting for that commit and then paying for another:
   * with one at a time, each call waited for about one and a half commits. SQLite has one
   * writer: 1.
   */
  readonly concurrency?: number;
  /**
   * Makes every transaction committed so far durable, when commits themselves do not wait for
   * the disk (SQLite's intake thread: `syncedWal`). A group's calls are answered only once it
   * resolves, while the next group is written at once: the disk's sync, not the writing, is what
   * takes long, and syncs that overlap share the disk's flush. Until then the group's alerts
   * still count as in flight, so a redelivery or a resolution of one of them waits for it.
   * One that fails halts intake for good (`halted`).
   */
  readonly durable?: () => Promise<void>;
  /**
   * `durable` on this thread, blocking it (throws where `durable` rejects). Used instead when a
   * group's writes are done, no other call waits to be written or is being written, and the
   * disk's syncs have been quick (QUICK_SYNC_MS): then the thread has nothing to do
   * during the sync, and the sync's hand-off to libuv's pool and back (two thread wake-ups per
   * group) is saved.
   */
  readonly durableNow?: () => void;
  /** Told once, when intake halts (see `halted`). */
  readonly onHalt?: (error: Error) => void;
  /**
   * Writes one transaction's alerts as `storeAlerts` on `db` does (the same rows and answers),
   * in its place: SQLite's intake thread passes its statements prepared once on `db`'s
   * connection (`preparedStoreAlerts`).
   */
  readonly storeAlerts?: PreparedStoreAlerts;
}): AlertGroupCommit {
  const { writer } = options;
  let halted: Error | undefined;
  const halt = (error: Error): Error => {
    if (!halted) {
      halted = error;
      options.onHalt?.(error);
    }
    return halted;
  };
  if (writer) {
    return {
      store: (alerts, at) => {
        if (halted) return Promise.reject(halted);
        if (alerts.length === 0) return Promise.resolve([]);
        return writer.write(alerts, at).catch((error: unknown) => {
          // The thread halted: so does this side, without asking it again.
          throw isIntakeHalted(error) ? halt(error as Error) : error;
        });
      },
      close: () => writer.close(),
      halted: () => halted,
    };
  }
  const waiting: Waiting[] = [];
  const concurrency = Math.max(1, options.concurrency ?? 1);
  let inFlight = 0;
  let scheduled = false;
  // Syncs in a row that took less than QUICK_SYNC_MS: decides `durableNow`.
  let quickSyncs = 0;
  const timed = (started: number) => {
    quickSyncs = performance.now() - started < QUICK_SYNC_MS ? quickSyncs + 1 : 0;
  };
  // The alerts (by fingerprint and start) of the transactions being written, each counted
  // once per transaction that holds it.
  const alertsInFlight = new Map<string, number>();

  const write = (calls: readonly Waiting[]) => {
    const alerts = calls.flatMap((c) => c.alerts);
    // The queued webhook messages are dated by the latest call they carry.
    const at =
      calls
        .map((c) => c.at)
        .sort()
        .at(-1) ?? '';
    const group = { alerts, webhooks: options.webhooks, message: options.message, at };
    if (options.storeAlerts) {
      try {
        return Promise.resolve(options.storeAlerts(group));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return storeAlerts({ db: options.db, ...group });
  };

  // Writes the calls (all in one transaction, else call by call), calls `written` once no
  // transaction of theirs is open any more, then answers each call once its writes are durable.
  const commit = async (calls: readonly Waiting[], written: () => void) => {
    const outcomes: ({ ok: true; stored: StoredAlert[] } | { ok: false; error: unknown })[] = [];
    try {
      const stored = await write(calls);
      let offset = 0;
      for (const call of calls) {
        outcomes.push({ ok: true, stored: stored.slice(offset, offset + call.alerts.length) });
        offset += call.alerts.length;
      }
    } catch (error) {
      if (calls.length === 1) {
        outcomes.push({ ok: false, error });
      } else {
        for (const call of calls) {
          outcomes.push(
            await write([call]).then(
              (stored) => ({ ok: true as const, stored }),
              (e: unknown) => ({ ok: false as const, error: e }),
            ),
          );
        }
      }
    }
    written();
    if (options.durable && outcomes.some((o) => o.ok)) {
      const failed = (error: unknown) => {
        halt(haltedBy(error));
        failWaiting();
      };
      const started = performance.now();
      // `written` took the calls that had arrived: none means nothing to write during the sync.
      if (
        options.durableNow &&
        inFlight === 0 &&
        waiting.length === 0 &&
        quickSyncs >= QUICK_SYNCS_BEFORE_BLOCKING
      ) {
        try {
          options.durableNow();
        } catch (error) {
          failed(error);
        }
      } else {
        await options.durable().then(() => undefined, failed);
      }
      timed(started);
    }
    calls.forEach((call, i) => {
      const outcome = outcomes[i] as (typeof outcomes)[number];
      if (!outcome.ok) call.reject(outcome.error);
      // Once any sync failed, no sync that returns after it is trusted (it may have come back
      // clean because the failed one dropped the pages it would have written).
      else if (halted) call.reject(halted);
      else call.resolve(outcome.stored);
    });
  };

  const failWaiting = () => {
    for (const call of waiting.splice(0)) call.reject(halted);
  };

  const count = (batch: readonly Waiting[], by: 1 | -1) => {
    for (const call of batch) {
      for (const key of call.keys) {
        const n = (alertsInFlight.get(key) ?? 0) + by;
        if (n === 0) alertsInFlight.delete(key);
        else alertsInFlight.set(key, n);
      }
    }
  };

  // Starts transactions while there is room and calls that may go: each takes every call
  // waiting, up to the first that must wait for a transaction in flight.
  const pump = () => {
    if (halted) return failWaiting();
    while (inFlight < concurrency) {
      options.collect?.();
      const batch = takeBatch(waiting, alertsInFlight);
      if (batch.length === 0) return;
      inFlight += 1;
      count(batch, 1);
      let open = true;
      const written = () => {
        if (!open) return;
        open = false;
        inFlight -= 1;
        pump();
      };
      void commit(batch, written).finally(() => {
        written();
        count(batch, -1);
        pump();
      });
    }
  };

  return {
    store: (alerts, at) => {
      if (halted) return Promise.reject(halted);
      if (alerts.length === 0) return Promise.resolve([]);
      return new Promise<StoredAlert[]>((resolve, reject) => {
        waiting.push({ alerts, keys: alerts.map(alertKeyOf), at, resolve, reject });
        if (scheduled || inFlight >= concurrency) return;
        scheduled = true;
        // After the calls already read from their sockets this turn have joined.
        setImmediate(() => {
          scheduled = false;
          pump();
        });
      });
    },
    close: async () => {},
    halted: () => halted,
  };
}

/**
 * The error intake halts with after a failed sync. Linux may drop the pages a failed fsync did
 * not write and report success to the next one (PostgreSQL stops on the same failure for that
 * reason), so rows committed before it may never reach the disk while they are visible: a
 * redelivery would be answered as a duplicate. SQLite checks the log when it opens the file
 * again, and keeps only the transactions whose pages reached it whole.
 */
function haltedBy(cause: unknown): Error {
  const reason = cause instanceof Error ? cause.message : String(cause);
  return Object.assign(
    new Error(
      `alert intake stopped: a sync of the database's write-ahead log failed (${reason}), so alerts written since may not be on disk; check the disk, then restart the server (SQLite reads its log back when it opens the database and keeps only what reached the disk whole)`,
      { cause },
    ),
    { code: INTAKE_HALTED },
  );
}

/**
 * The calls of the next transaction, oldest first, up to MAX_ALERTS_PER_COMMIT alerts (at least
 * one call, unless the oldest must wait). A call waits while a transaction in flight holds one
 * of its alerts (same fingerprint and start): its resolution must find the firing alert stored
 * to be routed like it, and a redelivery must find the first delivery stored (PostgreSQL would
 * make it wait on that transaction's row anyway). Calls behind it wait too, so none overtakes an
 * earlier one. Likewise a call that resolves an alert fired by an earlier call of the batch
 * starts the next batch.
 */
function takeBatch(waiting: Waiting[], inFlight: ReadonlyMap<string, number>): Waiting[] {
  const batch: Waiting[] = [];
  const firing = new Set<string>();
  let alerts = 0;
  while (waiting.length > 0) {
    const next = waiting[0] as Waiting;
    if (inFlight.size > 0 && next.keys.some((key) => inFlight.has(key))) break;
    if (batch.length > 0) {
      if (alerts + next.alerts.length > MAX_ALERTS_PER_COMMIT) break;
      if (next.alerts.some((a, i) => a.status === 'resolved' && firing.has(next.keys[i] as string)))
        break;
    }
    waiting.shift();
    batch.push(next);
    alerts += next.alerts.length;
    next.alerts.forEach((a, i) => {
      if (a.status === 'firing') firing.add(next.keys[i] as string);
    });
  }
  return batch;
}

/** One alert, whatever its status: its firing and its resolution share this key. */
function alertKeyOf(alert: NewAlert): string {
  return JSON.stringify([alert.fingerprint, alert.startsAt]);
}
