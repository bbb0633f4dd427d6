import { parentPort, workerData } from 'node:worker_threads';
import { storeAlerts } from '../../store/index.ts';
import { openSqlite } from '../../store/sqlite/open-sqlite.ts';
import { alertRoutedMessage } from '../webhooks/webhook-events.ts';
import {
  type AlertStoreReply,
  type AlertStoreRequest,
  threadErrorOf,
} from './alert-store-messages.ts';

/**
 * The thread that writes alert intake's transactions to the SQLite file, on its own connection.
 * node:sqlite is synchronous: written on the request thread, each durable commit (an fsync)
 * stopped every request for its duration. Here only this thread waits for the disk, while the
 * request thread reads, routes and answers the next calls.
 */
const port = parentPort;
if (!port) throw new Error('alert-store-thread runs as a worker thread');
const db = openSqlite((workerData as { file: string }).file);

port.on('message', (request: AlertStoreRequest) => {
  storeAlerts({
    db,
    alerts: request.alerts,
    webhooks: request.webhooks,
    message: alertRoutedMessage,
    at: request.at,
  }).then(
    (stored) => port.postMessage({ id: request.id, ok: true, stored } satisfies AlertStoreReply),
    (error: unknown) =>
      port.postMessage({
        id: request.id,
        ok: false,
        error: threadErrorOf(error),
      } satisfies AlertStoreReply),
  );
});
