import { request } from 'node:http';
import type { Socket } from 'node:net';
import { type KyselyPlugin, type OperationNode, type QueryId, RawNode } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listAlerts, type Store } from '../../src/store/index.ts';
import { INTAKE_PATH, oneAlert, postAlerts } from '../support/alert-intake.ts';
import { eachDialect } from '../support/each-dialect.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** Ingest calls the server works on at once (INGEST_ADMISSION in src/server/app.ts). */
const INGEST_PLACES = 4;

/**
 * Holds the transaction that stores alerts open after its INSERT until `release`, so a test can
 * hang up a client while its alerts are being stored, on either engine.
 */
function holdAlertInserts(store: Store) {
  const inserts = new WeakSet<QueryId>();
  let holding = true;
  let onReached: (() => void) | undefined;
  const held: (() => void)[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      // The query builder's INSERT (SQLite), or the raw INSERT … SELECT FROM
      // json_array_elements(…) that stores a group on PostgreSQL (store-alerts.ts).
      const insertsAlerts =
        node.kind === 'InsertQueryNode'
          ? node.into?.table.identifier.name === 'alerts'
          : node.kind === 'RawNode' && /^\s*insert into alerts\b/i.test(rawText(node));
      if (insertsAlerts) inserts.add(queryId);
      return node;
    },
    transformResult: async ({ queryId, result }) => {
      if (holding && inserts.has(queryId)) {
        onReached?.();
        await new Promise<void>((resolve) => held.push(resolve));
      }
      return result;
    },
  };
  return {
    store: { ...store, db: store.db.withPlugin(plugin) },
    /** Resolves when an INSERT of alerts is held. */
    reached: () =>
      new Promise<void>((resolve) => {
        onReached = resolve;
      }),
    release: () => {
      for (const resolve of held.splice(0)) resolve();
    },
    stopHolding: () => {
      holding = false;
      for (const resolve of held.splice(0)) resolve();
    },
  };
}

/**
 * The text of a raw statement with the raw pieces spliced in where they stand: PostgreSQL's
 * insert is `sql.raw` text around its one parameter, so its first fragment is empty.
 */
function rawText(node: OperationNode): string {
  if (!RawNode.is(node)) return '';
  return node.sqlFragments
    .map((fragment, i) => fragment + (node.parameters[i] ? rawText(node.parameters[i]) : ''))
    .join('');
}

describe.each(eachDialect())('intake with clients that hang up, on $dialect', (engine) => {
  let t: TestApp;
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());
  afterEach(() => t.close());

  it('gives each intake place back when its client hangs up while its alerts are being stored', async () => {
    const store = await engine.open();
    const gate = holdAlertInserts(store);
    // The held statements are the store connection's: intake writes on it, not in its thread.
    t = await startTestApp({ store: gate.store, config: { intakeThread: false } });
    const url = new URL(await t.app.listen({ host: '127.0.0.1', port: 0 }));
    const serverSockets: Socket[] = [];
    t.app.server.on('connection', (socket: Socket) => serverSockets.push(socket));

    // More cut-off calls than there are places: before the places were given back on the
    // response's close, the fifth waited for a place that never came and got 503.
    const cutOff = INGEST_PLACES + 2;
    const outcomes: string[] = [];
    for (let i = 0; i < cutOff; i += 1) {
      const body = JSON.stringify(oneAlert(`CutOff${i}`));
      const client = request({
        host: '127.0.0.1',
        port: Number(url.port),
        method: 'POST',
        path: INTAKE_PATH,
        agent: false,
        headers: {
          authorization: `Bearer ${t.tokens.ingest}`,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
        },
      });
      const answered = new Promise<string>((resolve) => {
        client.on('response', (response) => resolve(`answered ${response.statusCode}`));
        client.on('error', () => resolve('no answer'));
      });
      client.end(body);
      const outcome = await Promise.race([gate.reached().then(() => 'held'), answered]);
      if (outcome !== 'held') {
        outcomes.push(outcome);
        break;
      }
      // Hang up while the alerts are being stored, and let the server see the socket close
      // before the store finishes.
      client.destroy();
      const socket = serverSockets.at(-1) as Socket;
      if (!socket.destroyed) await new Promise((resolve) => socket.once('close', resolve));
      gate.release();
      outcomes.push('cut off while storing');
    }
    expect(outcomes).toEqual(Array(cutOff).fill('cut off while storing'));
    gate.stopHolding();

    const normal = await postAlerts(t, oneAlert('Answered'));
    expect(normal.statusCode, normal.body).toBe(200);

    // The answered alert is stored, and so is every alert whose client hung up after sending it.
    const stored = await listAlerts({ db: store.db, limit: 100 });
    expect(stored.map((a) => a.labels.alertname).sort()).toEqual(
      ['Answered', ...Array.from({ length: cutOff }, (_, i) => `CutOff${i}`)].sort(),
    );
  }, 120_000);
});
