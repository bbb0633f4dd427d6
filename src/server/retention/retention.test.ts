import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.ts';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import {
  deleteExpiredData,
  getStoreVersions,
  insertAlert,
  insertSliSamples,
  listIncidents,
  listSliSamples,
  type NewAlert,
  type Store,
  upsertIncidents,
} from '../../store/index.ts';

const NOW = '2025-03-20T10:00:00.000Z';
/** Ten days before NOW: what is older goes. */
const CUTOFF = '2025-03-10T10:00:00.000Z';
const OLD = '2025-03-01T10:00:00.000Z';
const RECENT = '2025-03-15T10:00:00.000Z';

function alert(fingerprint: string, status: string, receivedAt: string, endsAt: string | null) {
  return {
    fingerprint,
    startsAt: '2025-02-28T10:00:00.000Z',
    status,
    endsAt,
    service: 'payments-api',
    labels: { alertname: 'Down', service: 'payments-api' },
    annotations: {},
    generatorUrl: null,
    groupKey: null,
    receivedAt,
    revisionId: null,
    routedTo: { rotation: null, person: null },
    routeReason: 'no-model',
    routePending: false,
  } satisfies NewAlert;
}

async function seed(store: Store) {
  const db = store.db;
  await db.transaction().execute(async (tx) => {
    await insertSliSamples({
      db: tx,
      samples: [
        { service: 'payments-api', timestamp: OLD, good: 1, total: 1 },
        { service: 'payments-api', timestamp: RECENT, good: 1, total: 1 },
      ],
    });
    await upsertIncidents({
      db: tx,
      at: NOW,
      incidents: [
        incident('resolved-long-ago', OLD),
        incident('resolved-lately', RECENT),
        incident('still-open', null),
      ],
    });
  });
  // Resolved long ago: both deliveries go.
  await insertAlert({ db, alert: alert('a-resolved', 'firing', OLD, null) });
  await insertAlert({ db, alert: alert('a-resolved', 'resolved', OLD, OLD) });
  // Resolved lately: kept, with its firing delivery.
  await insertAlert({ db, alert: alert('b-resolved-lately', 'firing', OLD, null) });
  await insertAlert({ db, alert: alert('b-resolved-lately', 'resolved', RECENT, RECENT) });
  // Never resolved, but its end passed long ago: goes.
  await insertAlert({ db, alert: alert('c-ended', 'firing', OLD, OLD) });
  // Never resolved, no end: may still be firing, kept.
  await insertAlert({ db, alert: alert('d-firing', 'firing', OLD, null) });
}

function incident(id: string, resolvedAt: string | null) {
  return {
    id,
    service: 'payments-api',
    startedAt: '2025-02-27T10:00:00.000Z',
    detectedAt: null,
    resolvedAt,
    customerVisible: true,
    budgetConsumed: null,
  };
}

async function alertKeys(store: Store) {
  const rows = await store.db
    .selectFrom('alerts')
    .select(['fingerprint', 'status'])
    .orderBy('fingerprint')
    .orderBy('status')
    .execute();
  return rows.map((r) => `${r.fingerprint}/${r.status}`);
}

describe.each(eachDialect())('retention on $dialect', (engine) => {
  let store: Store;
  let t: TestApp | undefined;
  beforeAll(() => engine.setup(), 120_000);
  afterAll(() => engine.teardown(), 60_000);
  afterEach(async () => {
    if (t) await t.close();
    else await store.close();
    t = undefined;
  });

  it('deletes what is past its retention and raises the live version with it', async () => {
    store = await engine.open();
    await seed(store);
    const before = await getStoreVersions({ db: store.db });

    const deleted = await deleteExpiredData({
      db: store.db,
      before: { sliSamples: CUTOFF, incidents: CUTOFF, alerts: CUTOFF },
    });

    expect(deleted).toEqual({ sliSamples: 1, incidents: 1, alerts: 3 });
    expect((await listSliSamples({ db: store.db, limit: 10 })).map((s) => s.timestamp)).toEqual([
      RECENT,
    ]);
    expect((await listIncidents({ db: store.db, limit: 10 })).map((i) => i.id).sort()).toEqual([
      'resolved-lately',
      'still-open',
    ]);
    expect(await alertKeys(store)).toEqual([
      'b-resolved-lately/firing',
      'b-resolved-lately/resolved',
      'd-firing/firing',
    ]);
    const after = await getStoreVersions({ db: store.db });
    expect(after.live).toBe(before.live + 1);

    // Nothing more to delete: the live state did not change, caches stay valid.
    const again = await deleteExpiredData({
      db: store.db,
      before: { sliSamples: CUTOFF, incidents: CUTOFF, alerts: CUTOFF },
    });
    expect(again).toEqual({ sliSamples: 0, incidents: 0, alerts: 0 });
    expect((await getStoreVersions({ db: store.db })).live).toBe(after.live);
  });

  it('keeps a kind of data with no retention set', async () => {
    store = await engine.open();
    await seed(store);
    const deleted = await deleteExpiredData({ db: store.db, before: { sliSamples: CUTOFF } });
    expect(deleted).toEqual({ sliSamples: 1, incidents: 0, alerts: 0 });
    expect(await listIncidents({ db: store.db, limit: 10 })).toHaveLength(3);
    expect(await alertKeys(store)).toHaveLength(6);
  });

  it('deletes nothing when the live version cannot be raised with it', async () => {
    store = await engine.open();
    await seed(store);
    await sql`DROP TABLE live_version`.execute(store.db);

    await expect(
      deleteExpiredData({ db: store.db, before: { sliSamples: CUTOFF, alerts: CUTOFF } }),
    ).rejects.toThrow();

    expect(await listSliSamples({ db: store.db, limit: 10 })).toHaveLength(2);
    expect(await alertKeys(store)).toHaveLength(6);
  });

  it('makes a server derive afresh what it kept from deleted samples', async () => {
    store = await engine.open();
    t = await startTestApp({
      now: NOW,
      store,
      config: { retention: { sliSamplesDays: 1 } },
    });
    const pushed = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'admin',
      payload: { message: 'model', sources: serverModelSources() },
    });
    expect(pushed.statusCode, pushed.body).toBe(201);
    await insertSliSamples({
      db: store.db,
      samples: [
        { service: 'payments-api', timestamp: '2025-03-18T09:00:00.000Z', good: 900, total: 1000 },
      ],
    });
    const runner = async () => {
      const response = await t?.call({
        method: 'GET',
        url: '/api/v1/services/payments-api/runner',
        as: 'viewer',
      });
      expect(response?.statusCode, response?.body).toBe(200);
      return response?.json();
    };
    const sampled = await runner();
    expect(sampled.sli.lastSampleAt).toBe('2025-03-18T09:00:00.000Z');
    expect(sampled.errorBudget.status).toBe('depleted');
    // Answered again from memory: the cache holds the sample.
    expect((await runner()).errorBudget.status).toBe('depleted');

    expect(await t.context.retention.sweep()).toEqual({ sliSamples: 1, incidents: 0, alerts: 0 });

    const swept = await runner();
    expect(swept.sli.lastSampleAt).toBeNull();
    expect(swept.errorBudget.status).toBe('no-data');
    const listed = await t.call({ method: 'GET', url: '/api/v1/sli-samples', as: 'viewer' });
    expect(listed.json().samples).toEqual([]);
  });
});
