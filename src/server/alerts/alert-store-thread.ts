import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { walSync } from '../../store/sqlite/wal-sync.ts';
import { alertRoutedMessage } from '../webhooks/webhook-events.ts';
import { createAlertGroupCommit } from './alert-group-commit.ts';
import {
  type AlertStoreReply,
  type AlertStoreRequest,
  CLOSE_THREAD,
  sentBackOf,
  threadErrorOf,
} from './alert-store-messages.ts';
import { openIntakeConnection } from './open-intake-connection.ts';

/**
 * The thread that writes alert intake's transactions to the SQLite file, on its own connection.
 * node:sqlite is synchronous: written on the request thread, each durable commit (an fsync)
 * stopped every request for its duration. Here only this thread waits for the disk, while the
 * request thread reads, routes and answers the next calls.
 */
const port = parentPort;
if (!port) throw new Error('alert-store-thread runs as a worker thread');
const { file } = workerData as { file: string };
const { db, storeAlerts } = openIntakeConnection(file);
const { webhooks } = workerData as { webhooks: readonly string[] };
// Its descriptor of the log stays open between syncs; the thread's descriptors are closed when
// it ends (see `trackUnmanagedFds` in `startAlertStoreWorker`).
const wal = walSync(file);

/**
 * Group commit here, on the thread that waits for the disk: the calls that arrived while a
 * transaction was being committed are read from the port at once (the commit held this
 * thread's event loop, so they were not delivered yet) and written together in the next one.
 */
const intake = createAlertGroupCommit({
  db,
  storeAlerts,
  webhooks,
  message: alertRoutedMessage,
  durable: wal.sync,
  durableNow: wal.syncNow,
  collect: () => {
    for (let next = receiveMessageOnPort(port); next; next = receiveMessageOnPort(port)) {
      for (const request of JSON.parse(next.message as string) as AlertStoreRequest[])
        take(request);
    }
  },
});

// The answers settled in this turn of the thread's event loop, sent back together: a group's
// calls are answered at once (after its sync), and each message wakes the request thread, which
// then lost its core to this one on busy cores; one message per group instead of one per call.
let replies: AlertStoreReply[] = [];
const reply = (answer: AlertStoreReply) => {
  replies.push(answer);
  if (replies.length === 1) queueMicrotask(sendReplies);
};
const sendReplies = () => {
  const answers = replies;
  replies = [];
  port.postMessage(answers);
};

function take(request: AlertStoreRequest): void {
  intake.store(request.alerts, request.at).then(
    (stored) => reply({ id: request.id, ok: true, stored: sentBackOf(request.alerts, stored) }),
    (error: unknown) => reply({ id: request.id, ok: false, error: threadErrorOf(error) }),
  );
}

// Each message carries the calls the request thread read in one turn of its event loop, or
// asks the thread to end (every call answered by then): the connection and the log's descriptor
// are closed here, and with the port closed nothing keeps the thread alive. Ended from outside
// (`terminate`) in the middle of SQLite's or the disk's work, the whole process was once killed
// (SIGTRAP) on a loaded machine.
port.on('message', (requests: string) => {
  if (requests === CLOSE_THREAD) {
    wal.close();
    void db.destroy().finally(() => port.close());
    return;
  }
  for (const request of JSON.parse(requests) as AlertStoreRequest[]) take(request);
});
