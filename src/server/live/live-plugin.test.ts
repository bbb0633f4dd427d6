import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { durationMillis } from '../../model/index.ts';

const NOW = '2025-03-03T10:00:00.000Z';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Hourly samples that count the `days` days before `end`: `bad` of every 1000 events bad. */
function samples(service: string, end: string, days: number, bad: number) {
  const stop = Date.parse(end);
  return Array.from({ length: days * 24 }, (_, i) => ({
    service,
    // Each at the end of the hour it counts: the last at `end`.
    timestamp: new Date(stop - (days * 24 - 1 - i) * HOUR).toISOString(),
    good: 1000 - bad,
    total: 1000,
  }));
}

let t: TestApp;
const webhookCalls: unknown[] = [];
beforeEach(async () => {
  webhookCalls.length = 0;
  t = await startTestApp({
    now: NOW,
    config: { webhooks: ['http://127.0.0.1:9/hook'] },
    fetch: (async (_url: string | URL | Request, init?: RequestInit) => {
      webhookCalls.push(JSON.parse(String(init?.body)));
      return new Response('ok');
    }) as typeof fetch,
  });
  await t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'admin',
    payload: { message: 'model', sources: serverModelSources() },
  });
});
afterEach(() => t.close());

const ingest = (payload: object, as: 'ingest' | 'admin' | 'viewer' = 'ingest') =>
  t.call({ method: 'POST', url: '/api/v1/sli-samples', as, payload });
const runner = (name: string) =>
  t.call({ method: 'GET', url: `/api/v1/services/${name}/runner`, as: 'viewer' });

describe('SLI samples and the handover engine (§12.5)', () => {
  it('hands a service SRE runs back to its developers when its budget keeps depleting, and says why', async () => {
    // 1% bad events against a 99.95% target: every period is depleted.
    const response = await ingest({ samples: samples('payments-api', NOW, 90, 10) });
    expect(response.statusCode, response.body).toBe(200);
    const { stored, runModelChanges } = response.json();
    expect(stored).toBe(90 * 24);
    expect(runModelChanges).toMatchObject([
      { service: 'payments-api', sequence: 1, from: 'sre-runs-it', to: 'you-run-it' },
    ]);
    expect(runModelChanges[0].reason).toMatch(/depleted in 2 of the last/);

    const who = (await runner('payments-api')).json();
    expect(who).toMatchObject({
      service: 'payments-api',
      agreedRunModel: 'sre-runs-it',
      currentRunModel: 'you-run-it',
      teams: ['payments'],
      since: { reason: runModelChanges[0].reason },
      errorBudget: { status: 'depleted', window: '28d' },
    });
    expect(who.errorBudget.remaining).toBeLessThan(0);
    // On a Monday morning in Berlin the developers' 8x5 rotation is on duty.
    expect(who.onCall[0]).toEqual({ rotation: 'payments-dev', person: 'pat' });

    const events = await t.call({ method: 'GET', url: '/api/v1/run-model-events', as: 'viewer' });
    expect(events.json().events).toHaveLength(1);
    await t.context.webhooks.flush();
    expect(webhookCalls).toMatchObject([
      {
        event: 'run-model.changed',
        service: 'payments-api',
        from: 'sre-runs-it',
        to: 'you-run-it',
      },
    ]);
  });

  it('routes alerts of a handed-back service to the developers', async () => {
    await ingest({ samples: samples('payments-api', NOW, 90, 10) });
    const alert = await t.call({
      method: 'POST',
      url: '/api/v1/alerts/alertmanager',
      as: 'ingest',
      payload: {
        status: 'firing',
        alerts: [{ labels: { service: 'payments-api' }, startsAt: '2025-03-03T09:00:00Z' }],
      },
    });
    expect(alert.json().alerts[0].routedTo).toEqual({ rotation: 'payments-dev', person: 'pat' });
  });

  it('records a change once when the same batch arrives again', async () => {
    const batch = { samples: samples('payments-api', NOW, 90, 10) };
    await ingest(batch);
    const again = await ingest(batch);
    expect(again.json().runModelChanges).toEqual([]);
    const stored = await t.call({
      method: 'GET',
      url: '/api/v1/sli-samples?service=payments-api',
      as: 'viewer',
    });
    expect(stored.json().samples).toHaveLength(90 * 24);
    expect(stored.json().nextCursor).toBeNull();

    // The same samples a page at a time: nothing lost, nothing repeated, the last page says so.
    const pages: { samples: { timestamp: string }[]; nextCursor: string | null }[] = [];
    let cursor: string | null = null;
    do {
      const page = await t.call({
        method: 'GET',
        url: `/api/v1/sli-samples?service=payments-api&limit=1000${cursor ? `&cursor=${cursor}` : ''}`,
        as: 'viewer',
      });
      expect(page.statusCode).toBe(200);
      pages.push(page.json());
      cursor = page.json().nextCursor;
    } while (cursor !== null);
    expect(pages.map((p) => p.samples.length)).toEqual([1000, 1000, 90 * 24 - 2000]);
    expect(pages.flatMap((p) => p.samples)).toEqual(stored.json().samples);
    const bad = await t.call({
      method: 'GET',
      url: '/api/v1/sli-samples?cursor=bm90LWEtY3Vyc29y',
      as: 'viewer',
    });
    expect(bad.statusCode).toBe(400);
    const tooMany = await t.call({
      method: 'GET',
      url: '/api/v1/sli-samples?limit=100001',
      as: 'viewer',
    });
    expect(tooMany.statusCode).toBe(400);
  });

  it('returns the service to SRE on the clock once it stayed within budget long enough', async () => {
    await ingest({ samples: samples('payments-api', NOW, 90, 10) });
    const later = new Date(Date.parse(NOW) + 70 * DAY).toISOString();
    await ingest({ samples: samples('payments-api', later, 70, 0) });
    t.setNow(later);
    const tick = await t.call({ method: 'POST', url: '/api/v1/handover/evaluate', as: 'admin' });
    expect(tick.json().runModelChanges).toMatchObject([
      { service: 'payments-api', sequence: 2, from: 'you-run-it', to: 'sre-runs-it' },
    ]);
    expect((await runner('payments-api')).json()).toMatchObject({
      currentRunModel: 'sre-runs-it',
      teams: ['sre-core'],
    });
  });

  it('answers 400 with where for a bad sample and stores none of the batch', async () => {
    const good = samples('search-api', NOW, 1, 0);
    const cases: [object, string][] = [
      [{ samples: [...good, { ...good[0], good: 2000 }] }, `samples[${good.length}].good`],
      [{ samples: [{ ...good[0], timestamp: '03/03/2025' }] }, 'samples[0].timestamp'],
      [{ samples: [] }, 'samples'],
      [{ samples: [{ ...good[0], extra: 1 }] }, 'samples[0].extra'],
    ];
    for (const [payload, path] of cases) {
      const response = await ingest(payload);
      expect(response.statusCode).toBe(400);
      expect((errorOf(response).details as { issues: { path: string }[] }).issues[0]?.path).toBe(
        path,
      );
    }
    const stored = await t.call({ method: 'GET', url: '/api/v1/sli-samples', as: 'viewer' });
    expect(stored.json().samples).toEqual([]);
  });

  it('takes samples from ingest and admin tokens only', async () => {
    const batch = { samples: samples('search-api', NOW, 1, 0) };
    expect(
      (await t.call({ method: 'POST', url: '/api/v1/sli-samples', payload: batch })).statusCode,
    ).toBe(401);
    expect((await ingest(batch, 'viewer')).statusCode).toBe(403);
    expect((await ingest(batch, 'admin')).statusCode).toBe(200);
  });
});

describe('the clock tick', () => {
  it('hands a service back when a depleted period ends with time alone, without new data', async () => {
    const ticking = await startTestApp({
      now: '2025-02-20T00:00:00.000Z',
      config: { tickIntervalMs: durationMillis(25) },
    });
    try {
      await ticking.call({
        method: 'POST',
        url: '/api/v1/revisions',
        as: 'admin',
        payload: { sources: serverModelSources() },
      });
      // 28-day periods run 2025-01-20..02-17 and 02-17..03-17. Depleted data in both: at
      // ingest only one depleted period is complete, and the policy needs two of three.
      const ingested = await ticking.call({
        method: 'POST',
        url: '/api/v1/sli-samples',
        as: 'ingest',
        payload: { samples: samples('payments-api', '2025-02-20T00:00:00.000Z', 31, 10) },
      });
      expect(ingested.json().runModelChanges).toEqual([]);
      // The second period ends with time alone: the tick notices.
      ticking.setNow('2025-03-18T00:00:00.000Z');
      await vi.waitFor(
        async () => {
          const events = await ticking.call({
            method: 'GET',
            url: '/api/v1/run-model-events',
            as: 'viewer',
          });
          expect(events.json().events).toMatchObject([
            { service: 'payments-api', to: 'you-run-it', at: '2025-03-17T00:00:00.000Z' },
          ]);
        },
        { timeout: 5_000, interval: 25 },
      );
    } finally {
      await ticking.close();
    }
  });
});

describe('incidents', () => {
  const incident = {
    id: 'INC-7',
    service: 'payments-api',
    startedAt: '2025-03-01T08:00:00Z',
    detectedAt: '2025-03-01T08:05:00Z',
    customerVisible: true,
  };

  it('stores a batch and replaces an incident sent again once resolved', async () => {
    const first = await t.call({
      method: 'POST',
      url: '/api/v1/incidents',
      as: 'ingest',
      payload: { incidents: [incident] },
    });
    expect(first.statusCode, first.body).toBe(200);
    await t.call({
      method: 'POST',
      url: '/api/v1/incidents',
      as: 'ingest',
      payload: {
        incidents: [{ ...incident, resolvedAt: '2025-03-01T09:00:00Z', budgetConsumed: 0.3 }],
      },
    });
    const listed = await t.call({
      method: 'GET',
      url: '/api/v1/incidents?service=payments-api',
      as: 'viewer',
    });
    expect(listed.json().incidents).toEqual([
      {
        id: 'INC-7',
        service: 'payments-api',
        startedAt: '2025-03-01T08:00:00.000Z',
        detectedAt: '2025-03-01T08:05:00.000Z',
        resolvedAt: '2025-03-01T09:00:00.000Z',
        customerVisible: true,
        budgetConsumed: 0.3,
      },
    ]);
  });

  it('lists incidents a page at a time, several starting at the same instant included', async () => {
    // 25 incidents, three at each start time: a page may end between two of them.
    const incidents = Array.from({ length: 25 }, (_, i) => ({
      ...incident,
      id: `INC-${String(i).padStart(2, '0')}`,
      startedAt: `2025-03-01T${String(Math.floor(i / 3)).padStart(2, '0')}:00:00Z`,
      detectedAt: null,
    }));
    const stored = await t.call({
      method: 'POST',
      url: '/api/v1/incidents',
      as: 'ingest',
      payload: { incidents: incidents.reverse() },
    });
    expect(stored.statusCode, stored.body).toBe(200);
    const all = await t.call({ method: 'GET', url: '/api/v1/incidents', as: 'viewer' });
    expect(all.json().incidents).toHaveLength(25);
    expect(all.json().nextCursor).toBeNull();
    const pages: { incidents: { id: string }[]; nextCursor: string | null }[] = [];
    let cursor: string | null = null;
    do {
      const page = await t.call({
        method: 'GET',
        url: `/api/v1/incidents?limit=10${cursor ? `&cursor=${cursor}` : ''}`,
        as: 'viewer',
      });
      expect(page.statusCode, page.body).toBe(200);
      pages.push(page.json());
      cursor = page.json().nextCursor;
    } while (cursor !== null);
    expect(pages.map((p) => p.incidents.length)).toEqual([10, 10, 5]);
    expect(pages.flatMap((p) => p.incidents)).toEqual(all.json().incidents);
    for (const url of [
      '/api/v1/incidents?cursor=bm90LWEtY3Vyc29y',
      '/api/v1/incidents?limit=10001',
    ]) {
      const bad = await t.call({ method: 'GET', url, as: 'viewer' });
      expect(bad.statusCode, url).toBe(400);
      expect(errorOf(bad).code).toBe('bad-request');
    }
  });

  it('answers 400 for an incident resolved before it started, and 403 to a viewer', async () => {
    const bad = await t.call({
      method: 'POST',
      url: '/api/v1/incidents',
      as: 'ingest',
      payload: { incidents: [{ ...incident, resolvedAt: '2025-02-01T00:00:00Z' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect((errorOf(bad).details as { issues: { path: string }[] }).issues[0]?.path).toBe(
      'incidents[0].resolvedAt',
    );
    const viewer = await t.call({
      method: 'POST',
      url: '/api/v1/incidents',
      as: 'viewer',
      payload: { incidents: [incident] },
    });
    expect(viewer.statusCode).toBe(403);
  });
});

describe('GET /api/v1/services/{name}/runner', () => {
  it('answers with the contract fields for a service without data', async () => {
    const response = await runner('checkout-api');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({
      service: 'checkout-api',
      agreedRunModel: 'you-run-it',
      currentRunModel: 'you-run-it',
      teams: ['checkout'],
      since: null,
      errorBudget: { remaining: null, status: 'no-data' },
    });
    expect(body.onCall.map((o: { rotation: string }) => o.rotation)).toEqual([
      'checkout-oncall',
      'noc-thin-layer',
    ]);
    for (const entry of body.onCall)
      expect(Object.keys(entry).sort()).toEqual(['person', 'rotation']);
  });

  it('answers 404 for an unknown service, 401 without a token, 403 to an ingest token', async () => {
    const missing = await runner('nope');
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).code).toBe('not-found');
    const url = '/api/v1/services/checkout-api/runner';
    expect((await t.call({ method: 'GET', url })).statusCode).toBe(401);
    expect((await t.call({ method: 'GET', url, as: 'ingest' })).statusCode).toBe(403);
  });

  it('answers 304 without a body to a poller that holds the ETag of the same answer, 200 once it changed', async () => {
    const first = await runner('checkout-api');
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const asking = (ifNoneMatch: string) =>
      t.call({
        method: 'GET',
        url: '/api/v1/services/checkout-api/runner',
        as: 'viewer',
        headers: { 'if-none-match': ifNoneMatch },
      });
    const same = await asking(etag);
    expect(same.statusCode).toBe(304);
    expect(same.body).toBe('');
    expect(same.headers.etag).toBe(etag);
    expect((await asking(`"other", W/${etag}`)).statusCode).toBe(304);
    // Another service, or a tag that names no answer, gets the answer itself.
    expect((await asking('"other"')).statusCode).toBe(200);
    const payments = await t.call({
      method: 'GET',
      url: '/api/v1/services/payments-api/runner',
      as: 'viewer',
      headers: { 'if-none-match': etag },
    });
    expect(payments.statusCode).toBe(200);
    expect(payments.headers.etag).not.toBe(etag);

    // Samples arrive: the answer (when its SLI was last seen) changes, and so does its tag.
    const pushed = await ingest({ samples: samples('checkout-api', NOW, 1, 0) });
    expect(pushed.statusCode, pushed.body).toBe(200);
    const changed = await asking(etag);
    expect(changed.statusCode).toBe(200);
    expect(changed.json().sli.lastSampleAt).not.toBeNull();
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('answers 404 no-revision before any model is stored', async () => {
    const empty = await startTestApp();
    try {
      const response = await empty.call({
        method: 'GET',
        url: '/api/v1/services/checkout-api/runner',
        as: 'viewer',
      });
      expect(response.statusCode).toBe(404);
      expect(errorOf(response).code).toBe('no-revision');
    } finally {
      await empty.close();
    }
  });
});

describe('GET /api/v1/services', () => {
  it('lists the services of the current or a given revision, and 404 for an unknown one', async () => {
    const current = await t.call({ method: 'GET', url: '/api/v1/services', as: 'viewer' });
    expect(current.json().services.map((s: { name: string }) => s.name)).toEqual([
      'checkout-api',
      'payments-api',
      'search-api',
    ]);
    const given = await t.call({ method: 'GET', url: '/api/v1/services?revision=1', as: 'viewer' });
    expect(given.json().revision).toBe(1);
    const unknown = await t.call({
      method: 'GET',
      url: '/api/v1/services?revision=9',
      as: 'viewer',
    });
    expect(unknown.statusCode).toBe(404);
    const bad = await t.call({ method: 'GET', url: '/api/v1/services?revision=x', as: 'viewer' });
    expect(bad.statusCode).toBe(400);
  });
});
