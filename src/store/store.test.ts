import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eachDialect } from '../../test/support/each-dialect.ts';
import {
  appendRunModelEvent,
  claimWebhookDeliveries,
  deleteExpiredData,
  enqueueWebhookDeliveries,
  findTokenBySecretHash,
  getAlert,
  getLatestRevisionId,
  getLatestRunModelEvents,
  getRevision,
  getSliVersion,
  getStoreVersions,
  insertAlert,
  insertRevision,
  insertSliSamples,
  insertToken,
  listAlerts,
  listIncidents,
  listLiveTokenHashes,
  listRevisions,
  listRunModelEvents,
  listSliSamples,
  listTokens,
  listWebhookDeliveries,
  type NewAlert,
  type NewRevision,
  openStore,
  recordWebhookAttempt,
  revokeToken,
  type Store,
  touchToken,
  upsertIncidents,
} from './index.ts';

const T0 = '2025-03-01T10:00:00.000Z';

function newRevision(message: string): NewRevision {
  return {
    createdAt: T0,
    author: 'ci',
    message,
    summary: { added: ['Service/checkout'], removed: [], changed: [] },
    sources: [{ name: 'services.yaml', text: `# ${message} — ünïcode ✓\n` }],
    contentHash: `hash-${message}`,
    restoredFrom: null,
  };
}

function newAlert(fingerprint: string, status = 'firing'): NewAlert {
  return {
    fingerprint,
    startsAt: '2018-03-07T06:33:21.873077559-05:00',
    status,
    endsAt: null,
    service: 'checkout',
    labels: { alertname: 'HighLatency', service: 'checkout' },
    annotations: { summary: 'p99 above 300ms' },
    generatorUrl: null,
    groupKey: '{}:{alertname="HighLatency"}',
    receivedAt: T0,
    revisionId: 1,
    routedTo: { rotation: 'checkout-team', person: 'alice' },
    routeReason: 'team-rotation',
    routePending: false,
  };
}

describe.each(eachDialect())('the store on $dialect', (engine) => {
  let store: Store;
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());
  beforeEach(async () => {
    store = await engine.open();
  });
  afterEach(() => store.close());

  describe('migrations', () => {
    it('runs each migration once when the store is opened again', async () => {
      const again = await openStore(engine.lastOptions());
      await again.close();
      expect(await getLatestRevisionId({ db: store.db })).toBe(0);
    });

    it('lets two servers open the same empty database at once', async () => {
      await store.close();
      const [a, b] = await Promise.all([
        openStore(engine.lastOptions()),
        openStore(engine.lastOptions()),
      ]);
      await Promise.all([a.close(), b.close()]);
      store = await openStore(engine.lastOptions());
      expect(await listRevisions({ db: store.db, limit: 10 })).toEqual([]);
    });
  });

  describe('revisions', () => {
    it('numbers revisions from 1 and keeps their documents unchanged', async () => {
      const first = await insertRevision({ db: store.db, parent: 0, revision: newRevision('a') });
      expect(first).toMatchObject({ ok: true, revision: { id: 1 } });
      const stored = await getRevision({ db: store.db, id: 1 });
      expect(stored).toEqual({ id: 1, ...newRevision('a') });
    });

    it('refuses a revision built on a parent that is no longer the latest', async () => {
      await insertRevision({ db: store.db, parent: 0, revision: newRevision('a') });
      await insertRevision({ db: store.db, parent: 1, revision: newRevision('b') });
      const stale = await insertRevision({ db: store.db, parent: 1, revision: newRevision('c') });
      expect(stale).toEqual({ ok: false, latest: 2 });
      expect(await getLatestRevisionId({ db: store.db })).toBe(2);
    });

    it('lets exactly one of several concurrent writers on the same parent win', async () => {
      const results = await Promise.all(
        ['a', 'b', 'c', 'd'].map((m) =>
          insertRevision({ db: store.db, parent: 0, revision: newRevision(m) }),
        ),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.latest === 1)).toBe(true);
    });

    it('lists the history newest first, without documents, a page at a time', async () => {
      for (const [i, m] of ['a', 'b', 'c'].entries()) {
        await insertRevision({ db: store.db, parent: i, revision: newRevision(m) });
      }
      const page = await listRevisions({ db: store.db, limit: 2 });
      expect(page.map((r) => r.id)).toEqual([3, 2]);
      expect(page[0]).not.toHaveProperty('sources');
      const next = await listRevisions({ db: store.db, limit: 2, before: 2 });
      expect(next.map((r) => r.message)).toEqual(['a']);
    });

    it('finds no revision that was never stored', async () => {
      expect(await getRevision({ db: store.db, id: 42 })).toBeUndefined();
    });
  });

  describe('tokens', () => {
    const token = {
      id: 'tok1',
      name: 'ci',
      role: 'editor' as const,
      createdAt: T0,
      expiresAt: null,
    };

    it('finds a token by the hash of its secret until it is revoked', async () => {
      await insertToken({ db: store.db, token, secretHash: 'h1' });
      expect(await findTokenBySecretHash({ db: store.db, secretHash: 'h1' })).toMatchObject({
        id: 'tok1',
        role: 'editor',
      });
      expect(await revokeToken({ db: store.db, id: 'tok1', at: T0 })).toBe(true);
      expect(await findTokenBySecretHash({ db: store.db, secretHash: 'h1' })).toBeUndefined();
      expect(await listTokens({ db: store.db })).toMatchObject([{ id: 'tok1', revokedAt: T0 }]);
    });

    it('keeps when a token expires and when it was last used, once a minute at most', async () => {
      const expiresAt = '2025-03-02T10:00:00.000Z';
      await insertToken({ db: store.db, token: { ...token, expiresAt }, secretHash: 'h1' });
      await insertToken({ db: store.db, token: { ...token, id: 'tok2' }, secretHash: 'h2' });
      expect((await listLiveTokenHashes({ db: store.db, now: T0 })).sort()).toEqual(['h1', 'h2']);
      expect(await listLiveTokenHashes({ db: store.db, now: expiresAt })).toEqual(['h2']);
      expect(await findTokenBySecretHash({ db: store.db, secretHash: 'h1' })).toMatchObject({
        expiresAt,
        lastUsedAt: null,
      });
      const use = (at: string, since: string) =>
        touchToken({ db: store.db, id: 'tok1', at, since });
      await use('2025-03-01T10:00:30.000Z', '2025-03-01T09:59:30.000Z');
      // Within the minute: not written again.
      await use('2025-03-01T10:01:00.000Z', '2025-03-01T10:00:00.000Z');
      expect((await listTokens({ db: store.db }))[0]?.lastUsedAt).toBe('2025-03-01T10:00:30.000Z');
      await use('2025-03-01T10:02:00.000Z', '2025-03-01T10:01:00.000Z');
      expect((await listTokens({ db: store.db }))[0]?.lastUsedAt).toBe('2025-03-01T10:02:00.000Z');
      expect((await listTokens({ db: store.db }))[1]?.lastUsedAt).toBeNull();
    });

    it('does not find a token for an unknown hash nor revoke an unknown id', async () => {
      expect(await findTokenBySecretHash({ db: store.db, secretHash: 'nope' })).toBeUndefined();
      expect(await revokeToken({ db: store.db, id: 'nope', at: T0 })).toBe(false);
    });
  });

  describe('alerts', () => {
    it('stores a redelivered alert once and returns the first decision', async () => {
      const first = await insertAlert({ db: store.db, alert: newAlert('f1') });
      const again = await insertAlert({
        db: store.db,
        alert: { ...newAlert('f1'), routedTo: { rotation: 'other', person: 'bob' } },
      });
      expect(first.created).toBe(true);
      expect(again).toEqual({ alert: first.alert, created: false });
      expect(await listAlerts({ db: store.db, limit: 10 })).toHaveLength(1);
    });

    it('stores the resolution of an alert as a delivery of its own', async () => {
      await insertAlert({ db: store.db, alert: newAlert('f1') });
      const resolved = await insertAlert({ db: store.db, alert: newAlert('f1', 'resolved') });
      expect(resolved.created).toBe(true);
      expect(await listAlerts({ db: store.db, limit: 10 })).toHaveLength(2);
    });

    it('stores an alert once when the same delivery arrives concurrently', async () => {
      const results = await Promise.all(
        Array.from({ length: 6 }, () => insertAlert({ db: store.db, alert: newAlert('f1') })),
      );
      expect(results.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(results.map((r) => r.alert.id)).size).toBe(1);
    });

    it('lists alerts newest first, by service, and reads one back by id', async () => {
      await insertAlert({ db: store.db, alert: newAlert('f1') });
      const other = await insertAlert({
        db: store.db,
        alert: { ...newAlert('f2'), service: null },
      });
      expect((await listAlerts({ db: store.db, limit: 10 })).map((a) => a.fingerprint)).toEqual([
        'f2',
        'f1',
      ]);
      expect(
        (await listAlerts({ db: store.db, limit: 10, service: 'checkout' })).map(
          (a) => a.fingerprint,
        ),
      ).toEqual(['f1']);
      expect(await getAlert({ db: store.db, id: other.alert.id })).toEqual(other.alert);
      expect(await getAlert({ db: store.db, id: 999 })).toBeUndefined();
    });

    it('keeps nothing of a transaction that fails half way', async () => {
      await expect(
        store.db.transaction().execute(async (tx) => {
          await insertAlert({ db: tx, alert: newAlert('f1') });
          await enqueueWebhookDeliveries({
            db: tx,
            urls: ['http://127.0.0.1:9/hook'],
            event: 'alert.routed',
            payload: {},
            at: T0,
          });
          throw new Error('crash before commit');
        }),
      ).rejects.toThrow('crash before commit');
      expect(await listAlerts({ db: store.db, limit: 10 })).toEqual([]);
      expect(await listWebhookDeliveries({ db: store.db, limit: 10 })).toEqual([]);
    });
  });

  describe('SLI samples and incidents', () => {
    it('replaces a sample sent again for the same service and time', async () => {
      await insertSliSamples({
        db: store.db,
        samples: [{ service: 'checkout', timestamp: T0, good: 90, total: 100 }],
      });
      await insertSliSamples({
        db: store.db,
        samples: [{ service: 'checkout', timestamp: T0, good: 99, total: 100 }],
      });
      expect(await listSliSamples({ db: store.db, service: 'checkout' })).toEqual([
        { service: 'checkout', timestamp: T0, good: 99, total: 100 },
      ]);
    });

    it('names the live version that last changed any sample, which incidents do not move', async () => {
      const db = store.db;
      expect(await getSliVersion({ db })).toBe(0);
      const sample = { service: 'checkout', timestamp: T0, good: 90, total: 100 };
      await insertSliSamples({ db, samples: [sample] });
      const first = await getSliVersion({ db });
      expect(first).toBe((await getStoreVersions({ db })).live);
      await upsertIncidents({
        db,
        incidents: [
          {
            id: 'INC-1',
            service: 'checkout',
            startedAt: T0,
            detectedAt: null,
            resolvedAt: null,
            customerVisible: true,
            budgetConsumed: null,
          },
        ],
        at: T0,
      });
      expect((await getStoreVersions({ db })).live).toBeGreaterThan(first);
      expect(await getSliVersion({ db })).toBe(first);
      await insertSliSamples({ db, samples: [{ ...sample, good: 99 }] });
      const second = await getSliVersion({ db });
      expect(second).toBeGreaterThan(first);
      // Retention empties the days it deletes (it does not drop them): the version moves too.
      await deleteExpiredData({ db, before: { sliSamples: '2025-03-02T00:00:00.000Z' } });
      expect(await listSliSamples({ db })).toEqual([]);
      expect(await getSliVersion({ db })).toBeGreaterThan(second);
    });

    it('lists samples a page at a time after a (service, timestamp)', async () => {
      const at = (m: number) => new Date(Date.UTC(2025, 0, 1, 0, m)).toISOString();
      await insertSliSamples({
        db: store.db,
        samples: ['checkout', 'search'].flatMap((service) =>
          [0, 1, 2].map((m) => ({ service, timestamp: at(m), good: 1, total: 1 })),
        ),
      });
      const page = await listSliSamples({
        db: store.db,
        after: { service: 'checkout', timestamp: at(1) },
        limit: 3,
      });
      expect(page.map((p) => [p.service, p.timestamp])).toEqual([
        ['checkout', at(2)],
        ['search', at(0)],
        ['search', at(1)],
      ]);
    });

    it('stores batches larger than one INSERT and reads a time range back', async () => {
      const samples = Array.from({ length: 1_201 }, (_, i) => ({
        service: 'search',
        timestamp: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
        good: i,
        total: 1_201,
      }));
      await insertSliSamples({ db: store.db, samples });
      const range = await listSliSamples({
        db: store.db,
        service: 'search',
        from: '2025-01-01T00:10:00.000Z',
        to: '2025-01-01T00:20:00.000Z',
      });
      expect(range.map((s) => s.good)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
      expect(await listSliSamples({ db: store.db })).toHaveLength(1_201);
    });

    it('replaces an incident sent again, as when it is resolved', async () => {
      const open = {
        id: 'INC-1',
        service: 'checkout',
        startedAt: T0,
        detectedAt: T0,
        resolvedAt: null,
        customerVisible: true,
        budgetConsumed: null,
      };
      await upsertIncidents({ db: store.db, incidents: [open], at: T0 });
      await upsertIncidents({
        db: store.db,
        incidents: [{ ...open, resolvedAt: '2025-03-01T11:00:00.000Z', budgetConsumed: 0.25 }],
        at: T0,
      });
      expect(await listIncidents({ db: store.db, service: 'checkout' })).toEqual([
        { ...open, resolvedAt: '2025-03-01T11:00:00.000Z', budgetConsumed: 0.25 },
      ]);
      expect(await listIncidents({ db: store.db, service: 'search' })).toEqual([]);
    });
    it('lists incidents a page at a time in the order they started, ties by id', async () => {
      const incident = (id: string, startedAt: string) => ({
        id,
        service: 'checkout',
        startedAt,
        detectedAt: null,
        resolvedAt: null,
        customerVisible: false,
        budgetConsumed: null,
      });
      const later = '2025-03-01T12:00:00.000Z';
      await upsertIncidents({
        db: store.db,
        incidents: [incident('B', later), incident('C', T0), incident('A', later)],
        at: T0,
      });
      const first = await listIncidents({ db: store.db, limit: 2 });
      expect(first.map((i) => i.id)).toEqual(['C', 'A']);
      const rest = await listIncidents({
        db: store.db,
        after: { startedAt: later, id: 'A' },
        limit: 2,
      });
      expect(rest.map((i) => i.id)).toEqual(['B']);
    });
  });

  describe('run model events', () => {
    const change = {
      service: 'checkout',
      from: 'sre-runs-it',
      to: 'you-run-it',
      reason: 'budget depleted in 2 of the last 3 periods',
      at: T0,
      revisionId: 1,
    };

    it('stores a change once when two servers decide it on the same state', async () => {
      const [a, b] = await Promise.all([
        appendRunModelEvent({ db: store.db, after: 0, event: change }),
        appendRunModelEvent({ db: store.db, after: 0, event: change }),
      ]);
      expect([a, b].filter((e) => e !== undefined)).toHaveLength(1);
      expect(await listRunModelEvents({ db: store.db, limit: 10 })).toHaveLength(1);
    });

    it('knows the latest change of each service', async () => {
      await appendRunModelEvent({ db: store.db, after: 0, event: change });
      await appendRunModelEvent({
        db: store.db,
        after: 1,
        event: { ...change, from: 'you-run-it', to: 'sre-runs-it', reason: 'back within budget' },
      });
      await appendRunModelEvent({
        db: store.db,
        after: 0,
        event: { ...change, service: 'search' },
      });
      const latest = await getLatestRunModelEvents({ db: store.db });
      expect(latest.get('checkout')).toMatchObject({ sequence: 2, to: 'sre-runs-it' });
      expect(latest.get('search')).toMatchObject({ sequence: 1, to: 'you-run-it' });
      expect(
        (await listRunModelEvents({ db: store.db, service: 'checkout', limit: 1 }))[0]?.reason,
      ).toBe('back within budget');
    });
  });

  describe('webhook outbox', () => {
    const later = '2025-03-01T10:05:00.000Z';
    const enqueue = (urls: string[]) =>
      enqueueWebhookDeliveries({
        db: store.db,
        urls,
        event: 'alert.routed',
        payload: { fingerprint: 'f1' },
        at: T0,
      });

    it('hands a due message to one sender until its claim lapses', async () => {
      await enqueue(['http://127.0.0.1:9/a']);
      const claimed = await claimWebhookDeliveries({
        db: store.db,
        now: T0,
        claimUntil: later,
        limit: 10,
      });
      expect(claimed.map((d) => d.payload)).toEqual(['{"fingerprint":"f1"}']);
      expect(
        await claimWebhookDeliveries({ db: store.db, now: T0, claimUntil: later, limit: 10 }),
      ).toEqual([]);
      const afterLapse = '2025-03-01T10:06:00.000Z';
      expect(
        await claimWebhookDeliveries({
          db: store.db,
          now: afterLapse,
          claimUntil: later,
          limit: 10,
        }),
      ).toHaveLength(1);
    });

    it('retries a failed message when it is due and never resends a delivered one', async () => {
      await enqueue(['http://127.0.0.1:9/a', 'http://127.0.0.1:9/b']);
      const [a, b] = await claimWebhookDeliveries({
        db: store.db,
        now: T0,
        claimUntil: later,
        limit: 10,
      });
      if (!a || !b) throw new Error('expected two deliveries');
      await recordWebhookAttempt({ db: store.db, id: a.id, attempt: { delivered: true, at: T0 } });
      await recordWebhookAttempt({
        db: store.db,
        id: b.id,
        attempt: { delivered: false, at: T0, error: 'connection refused', nextAttemptAt: later },
      });
      expect(
        await claimWebhookDeliveries({ db: store.db, now: T0, claimUntil: later, limit: 10 }),
      ).toEqual([]);
      const retry = await claimWebhookDeliveries({
        db: store.db,
        now: later,
        claimUntil: '2025-03-01T10:10:00.000Z',
        limit: 10,
      });
      expect(retry).toMatchObject([{ id: b.id, attempts: 1, lastError: 'connection refused' }]);
    });

    it('never hands the same message to two concurrent senders', async () => {
      await enqueue(Array.from({ length: 20 }, (_, i) => `http://127.0.0.1:9/${i}`));
      const claims = await Promise.all(
        Array.from({ length: 4 }, () =>
          claimWebhookDeliveries({ db: store.db, now: T0, claimUntil: later, limit: 20 }),
        ),
      );
      const ids = claims.flat().map((d) => d.id);
      expect(ids).toHaveLength(20);
      expect(new Set(ids).size).toBe(20);
    });
  });
});
