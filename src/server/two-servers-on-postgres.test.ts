import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PostgresCluster, startPostgresCluster } from '../../test/support/postgres-cluster.ts';
import { serverModelSources } from '../../test/support/server-model.ts';
import { type ServerProcess, startServerProcess } from '../../test/support/server-process.ts';
import { doc } from '../../test/support/yaml-model.ts';
import { listAlerts, listRevisions, openStore, type Store } from '../store/index.ts';
import { createToken } from './auth/create-token.ts';

let cluster: PostgresCluster;
let store: Store;
let servers: ServerProcess[] = [];
let token = '';

beforeAll(async () => {
  cluster = await startPostgresCluster();
  const databaseUrl = await cluster.createDatabase();
  store = await openStore({ databaseUrl });
  token = (await createToken({ db: store.db, name: 'ops', role: 'admin', now: new Date() })).token;
  // Both start at once on the same database: migrations must not trip over each other.
  servers = await Promise.all([
    startServerProcess(['--data', '/nonexistent'], { DATABASE_URL: databaseUrl }),
    startServerProcess(['--data', '/nonexistent'], { DATABASE_URL: databaseUrl }),
  ]);
}, 240_000);
afterAll(async () => {
  for (const s of servers) s.child.kill('SIGKILL');
  await store?.close();
  cluster?.stop();
});

function post(
  server: ServerProcess,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body: JSON.stringify(body),
  });
}

const variant = (i: number) => [
  ...serverModelSources(),
  { name: 'extra.yaml', text: doc('Organization', `org-${i}`, 'type: sre') },
];

describe('two server processes on one PostgreSQL database', () => {
  it('loses no revision when both take uploads at the same time', async () => {
    const uploads = Array.from({ length: 16 }, (_, i) =>
      post(servers[i % 2] as ServerProcess, '/api/v1/revisions', {
        message: `m${i}`,
        sources: variant(i),
      }),
    );
    const responses = await Promise.all(uploads);
    expect(responses.map((r) => r.status)).toEqual(Array(16).fill(201));
    const answers = (await Promise.all(responses.map((r) => r.json()))) as {
      revision: { id: number };
    }[];
    const ids = answers.map((b) => b.revision.id).sort((a, b) => a - b);
    expect(ids).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    const stored = await listRevisions({ db: store.db, limit: 100 });
    expect(new Set(stored.map((r) => r.message)).size).toBe(16);
  });

  it('lets exactly one of two edits of the same revision win; the other gets 409', async () => {
    const latest = (await listRevisions({ db: store.db, limit: 1 }))[0]?.id ?? 0;
    const [a, b] = await Promise.all(
      [0, 1].map((i) =>
        post(
          servers[i] as ServerProcess,
          '/api/v1/revisions',
          { message: `edit ${i}`, sources: variant(100 + i) },
          { 'if-match': `"${latest}"` },
        ),
      ),
    );
    expect([a?.status, b?.status].sort()).toEqual([201, 409]);
  });

  it('stores an alert delivered to both servers at once exactly once', async () => {
    const payload = {
      version: '4',
      status: 'firing',
      alerts: Array.from({ length: 5 }, (_, i) => ({
        labels: { alertname: `Twice${i}`, service: 'payments-api' },
        startsAt: '2025-03-03T10:00:00Z',
      })),
    };
    const deliveries = Array.from({ length: 12 }, (_, i) =>
      post(servers[i % 2] as ServerProcess, '/api/v1/alerts/alertmanager', payload),
    );
    const responses = await Promise.all(deliveries);
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const answers = (await Promise.all(responses.map((r) => r.json()))) as {
      alerts: { fingerprint: string; duplicate: boolean; routedTo: { rotation: string } }[];
    }[];
    const created = answers.flatMap((a) => a.alerts).filter((a) => !a.duplicate);
    expect(created).toHaveLength(5);
    const stored = await listAlerts({ db: store.db, limit: 1_000 });
    expect(stored.filter((a) => a.labels.alertname?.startsWith('Twice'))).toHaveLength(5);
    // Both servers answer the same decision for the same alert.
    const decisions = new Set(
      answers.flatMap((a) => a.alerts.map((x) => `${x.fingerprint}>${x.routedTo.rotation}`)),
    );
    expect(decisions.size).toBe(5);
  });
});
