import type pg from 'pg';
import type { StoreVersions } from '../live/get-store-versions.ts';
import { VERSIONS_BOUND_MS } from '../live/versions-bound.ts';

/** The channel the store's triggers notify when the versions move (migration 0011). */
export const VERSIONS_CHANNEL = 'whorunsit_versions';

/** How often the listening connection reads the versions itself, well within the bound. */
const HEARTBEAT_MS = 250;
/** How long after losing the listening connection a new one is opened. */
const RECONNECT_MS = 1_000;

const VERSIONS_SQL =
  'select version, tokens, (select max(id) from revisions) as revision from live_version where id = 1';

export interface PostgresVersions {
  /** The versions as of the call, kept in memory while the listener vouches for them. */
  readonly read: () => Promise<StoreVersions>;
  /** This process committed a change of the versions: the next read asks the store. */
  readonly written: () => void;
  /**
   * Whether reads may be answered from memory: the listener is listening and its last read of
   * the versions came back within the bound.
   */
  readonly listening: () => boolean;
  readonly close: () => Promise<void>;
}

export interface WatchOptions {
  /** A new client on the store's database, for the listening connection (not yet connected). */
  readonly client: () => pg.Client;
  /** A read of the versions on the store's pool (shared by requests that arrive together). */
  readonly read: () => Promise<StoreVersions>;
  readonly boundMs?: number;
  readonly heartbeatMs?: number;
  readonly reconnectMs?: number;
  readonly now?: () => number;
}

/**
 * The store's versions on PostgreSQL without a round trip per request. One connection LISTENs
 * to the notification the store's triggers send when `live_version` (live data, token
 * revocations) or `revisions` change; while it listens, the versions last read stay in memory
 * until a notification says they moved, and the next read asks the store again. Changes this
 * process commits are told through `written` (the pool calls it when such a commit ends), so a
 * client that stored something sees it in its next request.
 *
 * A notification travels on its own after the commit, so another process's change can be
 * missed for as long as it is under way: the listening connection also reads the versions every
 * `heartbeatMs` itself and drops what memory holds when they differ, and memory is trusted only
 * until `boundMs` after the start of the last read that came back. So a request that arrives
 * `boundMs` after another process's commit counts it even when the notification is lost or the
 * connection hangs. While the listener is down every read asks the store, as without it.
 */
export function watchPostgresVersions(options: WatchOptions): PostgresVersions {
  const boundMs = options.boundMs ?? VERSIONS_BOUND_MS;
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS;
  const reconnectMs = options.reconnectMs ?? RECONNECT_MS;
  // A clock that never steps: the bound is a span of time, whatever the wall clock does.
  const now = options.now ?? (() => performance.now());
  let known: StoreVersions | undefined;
  /** `known` counts every change committed before it was read that anyone was told of. */
  let current = false;
  /** Raised by whatever makes a read in flight doubtful: a write, a notification, the listener. */
  let generation = 0;
  let trustedUntil = Number.NEGATIVE_INFINITY;
  let client: pg.Client | undefined;
  let listening = false;
  let started = false;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;

  const invalidate = () => {
    generation += 1;
    current = false;
  };

  const lost = (lostClient: pg.Client) => {
    if (client !== lostClient) return;
    client = undefined;
    listening = false;
    invalidate();
    clearTimeout(timer);
    lostClient.end().catch(() => {});
    if (!closed) timer = setTimeout(listen, reconnectMs).unref();
  };

  const heartbeat = async (listener: pg.Client) => {
    const startedAt = now();
    try {
      const result = await listener.query<Record<string, unknown>>(VERSIONS_SQL);
      if (client !== listener) return;
      const read = versionsOf(result.rows[0]);
      if (!known || !sameVersions(read, known)) invalidate();
      trustedUntil = startedAt + boundMs;
      timer = setTimeout(() => void heartbeat(listener), heartbeatMs).unref();
    } catch {
      lost(listener);
    }
  };

  const listen = async () => {
    if (closed) return;
    const listener = options.client();
    client = listener;
    listener.on('error', () => lost(listener));
    listener.on('end', () => lost(listener));
    listener.on('notification', () => {
      if (client === listener) invalidate();
    });
    try {
      await listener.connect();
      await listener.query(`LISTEN ${VERSIONS_CHANNEL}`);
    } catch {
      lost(listener);
      return;
    }
    if (client !== listener) {
      // Closed (or given up) while connecting: this connection is nobody's.
      await listener.end().catch(() => {});
      return;
    }
    listening = true;
    // Only reads that start from now on count every change a notification would tell.
    invalidate();
    await heartbeat(listener);
  };

  return {
    read: () => {
      if (!started && !closed) {
        started = true;
        void listen();
      }
      if (current && listening && known && now() < trustedUntil) return Promise.resolve(known);
      const asked = generation;
      return options.read().then((read) => {
        if (asked === generation) {
          known = read;
          current = listening;
        }
        return read;
      });
    },
    written: invalidate,
    listening: () => listening && now() < trustedUntil,
    close: async () => {
      closed = true;
      clearTimeout(timer);
      const listener = client;
      client = undefined;
      listening = false;
      await listener?.end().catch(() => {});
    },
  };
}

function versionsOf(row: Record<string, unknown> | undefined): StoreVersions {
  const number = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));
  return {
    revision: number(row?.revision),
    live: number(row?.version),
    tokens: number(row?.tokens),
  };
}

function sameVersions(a: StoreVersions, b: StoreVersions): boolean {
  return a.revision === b.revision && a.live === b.live && a.tokens === b.tokens;
}
