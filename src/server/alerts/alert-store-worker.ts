import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { NewAlert, StoredAlert } from '../../store/index.ts';
import {
  type AlertStoreReply,
  type AlertStoreRequest,
  CLOSE_THREAD,
  errorOfThread,
  storedOf,
} from './alert-store-messages.ts';

/** Writes one group of alerts in one durable transaction: `storeAlerts`, somewhere. */
export type AlertWriter = (alerts: readonly NewAlert[], at: string) => Promise<StoredAlert[]>;

export interface AlertStoreWorker {
  readonly write: AlertWriter;
  /** Ends the thread once the writes asked for are answered. */
  readonly close: () => Promise<void>;
}

/** The thread's file: the TypeScript source when running from sources, the build otherwise. */
const THREAD_URL = new URL(
  `./alert-store-thread.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`,
  import.meta.url,
);

/** How long a closed thread has to end by itself before it is stopped, in milliseconds. */
const CLOSE_WAIT_MS = 5_000;

interface Pending {
  readonly alerts: readonly NewAlert[];
  readonly resolve: (stored: StoredAlert[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Alert intake's writes to the SQLite file `file`, made by a thread of their own (started on
 * the first write), each resolved only after its transaction committed. A thread that ends
 * unexpectedly fails the writes it held (the callers answer 5xx, so the sender retries) and
 * is started again by the next write.
 */
export function startAlertStoreWorker(
  file: string,
  /** Alert intake's outgoing webhooks: each gets a message about every alert stored anew. */
  webhooks: readonly string[],
): AlertStoreWorker {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let closing: Promise<void> | undefined;
  // Who waits for the writes asked for to be answered (closing).
  const idle: (() => void)[] = [];
  const settled = () => {
    if (pending.size > 0) return;
    for (const done of idle.splice(0)) done();
  };

  // The calls of this turn of the event loop, sent to the thread together (see `write`), as
  // one JSON text: a structured clone of the alerts' objects cost more on both threads than
  // JSON.stringify here and JSON.parse there (10-alert calls side by side on a loaded machine:
  // server CPU per call 1.4–2.2 ms against 1.6–2.8 ms, lower in every run).
  let outbox: AlertStoreRequest[] = [];
  const send = () => {
    const requests = outbox;
    outbox = [];
    if (requests.length > 0) worker?.postMessage(JSON.stringify(requests));
  };

  const spawn = (): Worker => {
    // The thread keeps the write-ahead log open between syncs (`walSync`): the descriptors it
    // opened are closed when it ends, terminated on close or not (Node's default, stated here
    // because a thread started and closed again and again would otherwise leak one each time).
    const w = new Worker(THREAD_URL, { workerData: { file, webhooks }, trackUnmanagedFds: true });
    // The answers of one turn of the thread (a group's calls) come in one message.
    w.on('message', (replies: readonly AlertStoreReply[]) => {
      for (const reply of replies) {
        const waiting = pending.get(reply.id);
        if (!waiting) continue;
        pending.delete(reply.id);
        if (reply.ok) waiting.resolve(storedOf(waiting.alerts, reply.stored));
        else waiting.reject(errorOfThread(reply.error));
      }
      // Idle, the thread must not keep the process alive.
      if (pending.size === 0) w.unref();
      settled();
    });
    const fail = (error: Error) => {
      if (worker !== w) return;
      worker = undefined;
      // Not sent: rejected below with the rest.
      outbox = [];
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      settled();
    };
    w.on('error', fail);
    w.on('exit', (code) => fail(new Error(`the alert intake thread ended (exit code ${code})`)));
    return w;
  };

  return {
    write: (alerts, at) => {
      if (closing) return Promise.reject(new Error('alert intake is closed'));
      worker ??= spawn();
      worker.ref();
      const id = nextId++;
      return new Promise<StoredAlert[]>((resolve, reject) => {
        pending.set(id, { alerts, resolve, reject });
        // One message for every call read from the sockets in this turn: each message wakes
        // the thread, which cost far more than copying the call on busy cores.
        outbox.push({ id, alerts, at });
        if (outbox.length === 1) setImmediate(send);
      });
    },
    close: () => {
      closing ??= (async () => {
        if (pending.size > 0) await new Promise<void>((done) => idle.push(done));
        const w = worker;
        worker = undefined;
        if (!w) return;
        // The thread ends by itself once asked (see alert-store-thread); `terminate` only if it
        // has not within CLOSE_WAIT_MS, which stopping it in the middle of its work risks.
        const ended = once(w, 'exit');
        w.ref();
        w.postMessage(CLOSE_THREAD);
        let timer: NodeJS.Timeout | undefined;
        const late = new Promise<'late'>((resolve) => {
          timer = setTimeout(() => resolve('late'), CLOSE_WAIT_MS);
        });
        if ((await Promise.race([ended, late])) === 'late') await w.terminate();
        clearTimeout(timer);
      })();
      return closing;
    },
  };
}
