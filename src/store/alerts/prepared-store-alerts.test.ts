import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoreDb } from '../database.ts';
import { openStore } from '../open-store.ts';
import { openSqliteConnection } from '../sqlite/open-sqlite.ts';
import type { AlertRecord, NewAlert } from './alert-record.ts';
import { preparedStoreAlerts } from './prepared-store-alerts.ts';
import { type StoredAlert, storeAlerts } from './store-alerts.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

async function sqliteFile(): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'whorunsit-prepared-alerts-'));
  folders.push(folder);
  const store = await openStore({ dataDir: folder, databaseUrl: '' });
  await store.close();
  return store.location;
}

function alert(over: Partial<NewAlert> & Pick<NewAlert, 'fingerprint'>): NewAlert {
  return {
    startsAt: '2025-03-03T09:58:00.000Z',
    status: 'firing',
    endsAt: null,
    service: 'checkout-api',
    labels: { alertname: 'HighErrorRate' },
    annotations: {},
    generatorUrl: null,
    groupKey: null,
    receivedAt: '2025-03-03T10:00:00.000Z',
    revisionId: null,
    routedTo: { rotation: 'checkout-oncall', person: 'ana' },
    routeReason: 'team-rotation',
    routePending: false,
    ...over,
  };
}

const message = (a: AlertRecord) => ({
  event: a.status === 'firing' ? 'alert.routed' : 'alert.resolved',
  payload: { id: a.id, labels: a.labels, routedTo: a.routedTo },
});

/**
 * Calls, in order, that exercise what storing decides: the same alert twice in one call (with
 * other labels the second time), one fingerprint at several starts, a firing alert and its
 * resolution in one call (the resolution does not see it) and in later calls (it takes its
 * routing), a resolution of nothing stored, a redelivery, Unicode, a lone surrogate, `__proto__`
 * and empty labels, nulls and a pending route, and a call of more than 500 alerts (storeAlerts
 * writes 500 rows per statement) whose duplicates straddle that boundary.
 */
function calls(): NewAlert[][] {
  const later = '2025-03-03T11:00:00.000Z';
  const big = Array.from({ length: 1_203 }, (_, i) =>
    alert({ fingerprint: `bulk-${i % 700}`, labels: { n: String(i) }, startsAt: later }),
  );
  return [
    [
      alert({ fingerprint: 'a', labels: { alertname: 'Disk', é: 'ünïcødé ✓ 🚨', '': '' } }),
      alert({ fingerprint: 'a', labels: { alertname: 'Other labels, same delivery' } }),
      alert({
        fingerprint: 'a',
        startsAt: later,
        routePending: true,
        routedTo: { rotation: null, person: null },
      }),
      alert({ fingerprint: 'b', routedTo: { rotation: 'payments', person: null }, revisionId: 7 }),
      alert({
        fingerprint: 'b',
        status: 'resolved',
        endsAt: later,
        routedTo: { rotation: 'x', person: 'y' },
      }),
      alert({ fingerprint: 'c', status: 'resolved', routeReason: 'no-firing', labels: {} }),
    ],
    [
      alert({
        fingerprint: 'a',
        status: 'resolved',
        routedTo: { rotation: 'elsewhere', person: 'bo' },
      }),
      alert({ fingerprint: 'b', status: 'resolved', endsAt: later }),
      alert({
        fingerprint: 'd',
        labels: JSON.parse('{"__proto__":"p","lone":"\\ud800x"}') as Record<string, string>,
        annotations: { summary: '日本語の説明', description: 'line\nbreak\t"quoted"' },
        generatorUrl: 'http://prometheus/graph?g0.expr=up%3D%3D0',
        groupKey: '{}:{alertname="Disk"}',
        service: null,
      }),
    ],
    // A redelivery of the first call, as Alertmanager resends it.
    [alert({ fingerprint: 'a', labels: { alertname: 'Disk', é: 'ünïcødé ✓ 🚨', '': '' } })],
    big,
    big.slice(400, 650),
  ];
}

async function rowsOf(db: StoreDb) {
  return {
    alerts: await db.selectFrom('alerts').selectAll().orderBy('id').execute(),
    deliveries: await db.selectFrom('webhook_deliveries').selectAll().orderBy('id').execute(),
  };
}

describe('preparedStoreAlerts', () => {
  it.each([
    ['with two outgoing webhooks', ['http://a.example/hook', 'http://b.example/hook']],
    ['with no webhook', []],
  ])('stores the same rows and answers the same as storeAlerts, %s', async (_, webhooks) => {
    const before = openSqliteConnection(await sqliteFile(), 'NORMAL', 'MEMORY');
    const after = openSqliteConnection(await sqliteFile(), 'NORMAL', 'MEMORY');
    const prepared = preparedStoreAlerts(after.database);
    try {
      const at = (i: number) => `2025-03-03T10:00:0${i}.000Z`;
      const answers: [StoredAlert[], StoredAlert[]][] = [];
      for (const [i, alerts] of calls().entries()) {
        answers.push([
          await storeAlerts({ db: before.db, alerts, webhooks, message, at: at(i) }),
          prepared({ alerts, webhooks, message, at: at(i) }),
        ]);
      }
      for (const [old, now] of answers) expect(now).toEqual(old);
      const stored = await rowsOf(after.db);
      expect(stored).toEqual(await rowsOf(before.db));
      // The cases happened: duplicates, a routed resolution, messages.
      expect(answers[0]?.[1].map((s) => s.created)).toEqual([true, false, true, true, true, true]);
      expect(answers[1]?.[1][0]?.alert.routedTo).toEqual({
        rotation: 'checkout-oncall',
        person: 'ana',
      });
      expect(answers[2]?.[1][0]?.created).toBe(false);
      expect(stored.alerts.length).toBe(5 + 2 + 700);
      expect(stored.deliveries.length).toBe(stored.alerts.length * webhooks.length);
    } finally {
      await before.db.destroy();
      await after.db.destroy();
    }
  });

  it('writes nothing of a call that fails, as storeAlerts, and the connection writes on after it', async () => {
    const before = openSqliteConnection(await sqliteFile(), 'NORMAL', 'MEMORY');
    const after = openSqliteConnection(await sqliteFile(), 'NORMAL', 'MEMORY');
    const prepared = preparedStoreAlerts(after.database);
    const webhooks = ['http://a.example/hook'];
    const at = '2025-03-03T10:00:00.000Z';
    try {
      // received_at is NOT NULL: the third alert fails after two rows were inserted.
      const failing = [
        alert({ fingerprint: 'ok-1' }),
        alert({ fingerprint: 'ok-2' }),
        alert({ fingerprint: 'bad', receivedAt: null as unknown as string }),
      ];
      await expect(
        storeAlerts({ db: before.db, alerts: failing, webhooks, message, at }),
      ).rejects.toThrow(/NOT NULL/);
      expect(() => prepared({ alerts: failing, webhooks, message, at })).toThrow(/NOT NULL/);
      expect(await rowsOf(after.db)).toEqual({ alerts: [], deliveries: [] });
      expect(await rowsOf(before.db)).toEqual({ alerts: [], deliveries: [] });
      const next = [alert({ fingerprint: 'ok-1' })];
      expect(prepared({ alerts: next, webhooks, message, at })).toEqual(
        await storeAlerts({ db: before.db, alerts: next, webhooks, message, at }),
      );
      expect(await rowsOf(after.db)).toEqual(await rowsOf(before.db));
      expect((await rowsOf(after.db)).alerts.length).toBe(1);
    } finally {
      await before.db.destroy();
      await after.db.destroy();
    }
  });
});
