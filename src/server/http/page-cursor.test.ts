import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.ts';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import {
  appendAuditEvent,
  appendRunModelEvent,
  insertAlert,
  insertRevision,
  type StoreDb,
} from '../../store/index.ts';
import { idCursor } from './page-cursor.ts';

/** A list read newest first with a cursor, and how to add one more row to it. */
interface PagedList {
  readonly name: string;
  readonly url: string;
  readonly key: string;
  /** Who may read it. */
  readonly as: 'viewer' | 'admin';
  readonly add: (db: StoreDb, n: number) => Promise<void>;
}

const LISTS: readonly PagedList[] = [
  {
    name: 'revisions',
    url: '/api/v1/revisions',
    key: 'revisions',
    as: 'viewer',
    add: async (db, n) => {
      const result = await insertRevision({
        db,
        parent: n - 1,
        revision: {
          createdAt: '2025-03-01T10:00:00.000Z',
          author: 'ci',
          message: `r${n}`,
          summary: { added: [], removed: [], changed: [] },
          sources: [{ name: 'a.yaml', text: `# ${n}\n` }],
          contentHash: `h${n}`,
          restoredFrom: null,
        },
      });
      if (!result.ok) throw new Error('revision not stored');
    },
  },
  {
    name: 'alerts',
    url: '/api/v1/alerts',
    key: 'alerts',
    as: 'viewer',
    add: async (db, n) => {
      await insertAlert({
        db,
        alert: {
          fingerprint: `f${n}`,
          startsAt: '2025-03-01T10:00:00.000Z',
          status: 'firing',
          endsAt: null,
          service: 'checkout-api',
          labels: { alertname: `A${n}` },
          annotations: {},
          generatorUrl: null,
          groupKey: null,
          receivedAt: '2025-03-01T10:00:00.000Z',
          revisionId: null,
          routedTo: { rotation: null, person: null },
          routeReason: 'no-model',
          routePending: false,
        },
      });
    },
  },
  {
    name: 'run-model-events',
    url: '/api/v1/run-model-events',
    key: 'events',
    as: 'viewer',
    add: async (db, n) => {
      await appendRunModelEvent({
        db,
        after: n - 1,
        event: {
          service: 'checkout-api',
          from: n % 2 === 1 ? 'sre-runs-it' : 'you-run-it',
          to: n % 2 === 1 ? 'you-run-it' : 'sre-runs-it',
          reason: `change ${n}`,
          at: '2025-03-01T10:00:00.000Z',
          revisionId: null,
        },
      });
    },
  },
  {
    name: 'audit',
    url: '/api/v1/audit',
    key: 'events',
    as: 'admin',
    add: async (db, n) => {
      await appendAuditEvent({
        db,
        event: {
          at: '2025-03-01T10:00:00.000Z',
          actor: 'token:0123456789ab (ci)',
          action: 'token.created',
          target: `token/t${n}`,
          details: { name: `t${n}`, role: 'viewer' },
        },
      });
    },
  },
];

describe.each(eachDialect())('cursor pages on $dialect', (engine) => {
  let t: TestApp;
  beforeAll(() => engine.setup(), 120_000);
  afterAll(() => engine.teardown(), 60_000);
  afterEach(() => t.close());

  const get = async (url: string, as: 'viewer' | 'admin') => {
    const response = await t.call({ method: 'GET', url, as });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };

  it.each(LISTS)('$name: every row once, while rows arrive between pages', async (list) => {
    t = await startTestApp({ store: await engine.open() });
    const db = t.store.db;
    for (let n = 1; n <= 7; n += 1) await list.add(db, n);

    const seen: number[] = [];
    let url = `${list.url}?limit=3`;
    let added = 7;
    for (let pages = 0; pages < 10; pages += 1) {
      const page = await get(url, list.as);
      seen.push(...page[list.key].map((row: { id: number }) => row.id));
      if (page.nextCursor === null) break;
      expect(page[list.key]).toHaveLength(3);
      // A newer row arrives between two pages: it belongs on the first page, not on the next.
      added += 1;
      await list.add(db, added);
      url = `${list.url}?limit=3&cursor=${encodeURIComponent(page.nextCursor)}`;
    }

    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    // The first page, read again, starts with the rows that arrived.
    const fresh = await get(`${list.url}?limit=100`, list.as);
    expect(fresh[list.key]).toHaveLength(added);
    expect(fresh.nextCursor).toBeNull();
  });

  it.each(LISTS)('$name: a cursor not made for this list is a located 400', async (list) => {
    t = await startTestApp({ store: await engine.open() });
    const other = list.name === 'alerts' ? 'revisions' : 'alerts';
    for (const cursor of [
      'not-a-cursor',
      idCursor(other, 3),
      idCursor(list.name, 0),
      Buffer.from('[1,2,3]').toString('base64url'),
      'x'.repeat(201),
    ]) {
      const response = await t.call({
        method: 'GET',
        url: `${list.url}?cursor=${encodeURIComponent(cursor)}`,
        as: list.as,
      });
      expect(response.statusCode, cursor).toBe(400);
      const error = errorOf(response);
      expect(error.code).toBe('bad-request');
      expect(error.details).toMatchObject({ issues: [{ in: 'query', path: 'cursor' }] });
    }
    // The old `before` parameter is refused rather than ignored (it would silently give page 1).
    const before = await t.call({ method: 'GET', url: `${list.url}?before=2`, as: list.as });
    expect(before.statusCode).toBe(400);
    expect(errorOf(before).details).toMatchObject({ issues: [{ in: 'query' }] });
  });
});
