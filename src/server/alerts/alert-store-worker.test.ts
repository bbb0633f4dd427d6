import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  listAlerts,
  listWebhookDeliveries,
  type NewAlert,
  openStore,
  type Store,
  type StoredAlert,
} from '../../store/index.ts';
import { type AlertStoreWorker, startAlertStoreWorker } from './alert-store-worker.ts';

const AT = '2025-03-03T10:00:00.000Z';

function alert(fingerprint: string, extra: Partial<NewAlert> = {}): NewAlert {
  return {
    fingerprint,
    startsAt: '2025-03-03T09:58:00.000Z',
    status: 'firing',
    endsAt: null,
    service: 'checkout-api',
    labels: { alertname: 'HighErrorRate', fingerprint },
    annotations: {},
    generatorUrl: null,
    groupKey: null,
    receivedAt: AT,
    revisionId: null,
    routedTo: { rotation: 'checkout-oncall', person: 'ana' },
    routeReason: 'team-rotation',
    routePending: false,
    ...extra,
  };
}

describe("alert intake's own SQLite thread", () => {
  let folder: string;
  let store: Store;
  let worker: AlertStoreWorker;
  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'whorunsit-intake-thread-'));
    store = await openStore({ dataDir: folder });
    worker = startAlertStoreWorker(store.location, ['http://hooks.example/alerts']);
  });
  afterEach(async () => {
    await worker.close();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('stores as storeAlerts does: once per delivery, a message per new alert, committed when answered', async () => {
    const first = await worker.write([alert('a'), alert('b'), alert('a')], AT);
    expect(first.map((s) => [s.alert.fingerprint, s.created])).toEqual([
      ['a', true],
      ['b', true],
      ['a', false],
    ]);
    // Answered means committed: the request thread's own connection reads it at once.
    expect(
      (await listAlerts({ db: store.db, limit: 10 })).map((a) => a.fingerprint).sort(),
    ).toEqual(['a', 'b']);
    const again = await worker.write([alert('b'), alert('b', { status: 'resolved' })], AT);
    expect(again.map((s) => [s.alert.status, s.created])).toEqual([
      ['firing', false],
      ['resolved', true],
    ]);
    // The resolution is routed like its stored firing alert.
    expect(again[1]?.alert.routedTo).toEqual({ rotation: 'checkout-oncall', person: 'ana' });
    const deliveries = await listWebhookDeliveries({ db: store.db, limit: 10 });
    expect(deliveries.map((d) => d.event)).toEqual([
      'alert.routed',
      'alert.routed',
      'alert.routed',
    ]);
  });

  it('stores every text as it was sent: any label name, any Unicode, empty values', async () => {
    const labels = JSON.parse(
      '{"__proto__":"x","constructor":"y","":"","emoji":"\u{1F6A8} pager","zh":"\u544a\u8b66","quote":"a\\"b\\\\c"}',
    ) as Record<string, string>;
    const sent = alert('texts', {
      labels,
      annotations: { summary: 'line one\tline two', lone: '\ud800' },
      generatorUrl: 'http://prometheus/graph?g0.expr=up%3D%3D0&x=\u00e9',
    });
    const [stored] = await worker.write([sent], AT);
    const [read] = await listAlerts({ db: store.db, limit: 1 });
    for (const record of [stored?.alert, read]) {
      expect(Object.entries(record?.labels ?? {})).toEqual(Object.entries(labels));
      expect(record?.annotations).toEqual(sent.annotations);
      expect(record?.generatorUrl).toBe(sent.generatorUrl);
    }
  });

  it('answers each alert as the store reads it back, new ones sent back by id alone', async () => {
    await worker.write([alert('fired', { revisionId: 3 })], AT);
    const sent = [
      alert('new', { labels: { alertname: 'A', 'odd key': 'ü 🚨' }, annotations: { s: 'x' } }),
      alert('pending', { routedTo: { rotation: null, person: null }, routePending: true }),
      alert('fired'),
      // Routed otherwise when sent: stored with its firing alert's routing.
      alert('fired', { status: 'resolved', routedTo: { rotation: 'other', person: 'bob' } }),
    ];
    const answer = await worker.write(sent, AT);
    expect(answer.map((s) => s.created)).toEqual([true, true, false, true]);
    const byId = new Map((await listAlerts({ db: store.db, limit: 10 })).map((a) => [a.id, a]));
    for (const stored of answer) expect(stored.alert).toStrictEqual(byId.get(stored.alert.id));
    expect(answer[3]?.alert).toMatchObject({
      routedTo: { rotation: 'checkout-oncall', person: 'ana' },
      revisionId: 3,
    });
  });

  it("lets a transaction of the request thread that reads, then writes, finish while the thread's write waits", async () => {
    await worker.write([alert('warm-up')], AT);
    let written = false;
    let writing: Promise<unknown> | undefined;
    await store.db.transaction().execute(async (tx) => {
      await tx.selectFrom('alerts').select('id').execute();
      writing = worker.write([alert('meanwhile')], AT).then(() => {
        written = true;
      });
      // Long enough for the thread to commit, had this transaction not taken the write lock.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(written).toBe(false);
      await tx
        .insertInto('alerts')
        .values({
          fingerprint: 'request-thread',
          starts_at: AT,
          status: 'firing',
          ends_at: null,
          service: null,
          labels: '{}',
          annotations: '{}',
          generator_url: null,
          group_key: null,
          received_at: AT,
          revision_id: null,
          routed_rotation: null,
          routed_person: null,
          route_reason: 'no-model',
          route_pending: 1,
        })
        .execute();
    });
    await writing;
    expect(
      (await listAlerts({ db: store.db, limit: 10 })).map((a) => a.fingerprint).sort(),
    ).toEqual(['meanwhile', 'request-thread', 'warm-up']);
  });

  it('writes the calls that arrive while it commits in one transaction, each answered with its own alerts', async () => {
    await worker.write([alert('warm-up')], AT);
    const at = (i: number) => `2025-03-03T10:00:0${i}.000Z`;
    let calls: Promise<StoredAlert[]>[] = [];
    // The request thread holds the write lock: the thread's first write waits for it, and the
    // next four arrive meanwhile.
    await store.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('webhook_deliveries').execute();
      calls = [worker.write([alert('c1'), alert('c1')], at(1))];
      await new Promise((resolve) => setTimeout(resolve, 300));
      calls.push(...[2, 3, 4, 5].map((i) => worker.write([alert(`c${i}`), alert('c1')], at(i))));
      await new Promise((resolve) => setTimeout(resolve, 300));
    });
    const answers = await Promise.all(calls);
    expect(answers.map((a) => a.map((s) => [s.alert.fingerprint, s.created]))).toEqual([
      [
        ['c1', true],
        ['c1', false],
      ],
      ...[2, 3, 4, 5].map((i) => [
        [`c${i}`, true],
        ['c1', false],
      ]),
    ]);
    // Messages of one transaction are dated by the latest call in it: the first call alone,
    // the four that waited together.
    const deliveries = await listWebhookDeliveries({ db: store.db, limit: 10 });
    expect(deliveries.map((d) => d.createdAt).sort()).toEqual([at(1), at(5), at(5), at(5), at(5)]);
  });

  it('leaves no descriptor of the store open once closed, started and closed again and again', async () => {
    // The request thread's connection holds its own; each thread's closes with the thread.
    await worker.write([alert('warm-up')], AT);
    await worker.close();
    const before = descriptorsUnder(folder);
    for (let i = 0; i < 4; i++) {
      const again = startAlertStoreWorker(store.location, []);
      await again.write([alert(`round-${i}`)], AT);
      expect(descriptorsUnder(folder).length).toBeGreaterThan(before.length);
      await again.close();
      expect(descriptorsUnder(folder)).toEqual(before);
    }
    expect(await listAlerts({ db: store.db, limit: 10 })).toHaveLength(5);
  });

  it('refuses writes once closed', async () => {
    await worker.write([alert('a')], AT);
    await worker.close();
    await expect(worker.write([alert('b')], AT)).rejects.toThrow('alert intake is closed');
  });
});

/** This process's open descriptors of files in `folder`, sorted. */
function descriptorsUnder(folder: string): string[] {
  const names: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(`${folder}/`)) names.push(target);
    } catch {
      // The descriptor readdir itself used, closed since.
    }
  }
  return names.sort();
}
