import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acmeSources } from '../../../test/support/acme-sources.ts';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { ENGINE_ENDPOINTS } from './endpoints/index.ts';
import { GIVE_SLI_TO_SERVER } from './endpoints/plan-evidence.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: '2025-03-03T10:00:00.000Z' });
  for (const sources of [serverModelSources(), acmeSources()]) {
    const stored = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'editor',
      payload: { sources },
    });
    expect(stored.statusCode, stored.body).toBe(201);
  }
  await t.call({
    method: 'POST',
    url: '/api/v1/sli-samples',
    as: 'ingest',
    payload: {
      samples: [
        { service: 'checkout-api', timestamp: '2025-03-01T00:00:00Z', good: 999, total: 1000 },
        { service: 'checkout-api', timestamp: '2025-03-02T00:00:00Z', good: 1000, total: 1000 },
      ],
    },
  });
  await t.call({
    method: 'POST',
    url: '/api/v1/incidents',
    as: 'ingest',
    payload: {
      incidents: [
        {
          id: 'INC-1',
          service: 'checkout-api',
          startedAt: '2025-02-10T10:00:00Z',
          resolvedAt: '2025-02-10T11:00:00Z',
          customerVisible: true,
        },
      ],
    },
  });
});
afterAll(() => t.close());

const get = (url: string, as: 'viewer' | 'ingest' | null = 'viewer') =>
  t.call({ method: 'GET', url, as: as ?? undefined });

describe('engine endpoints on the acme example', () => {
  const paths = ENGINE_ENDPOINTS.map((e) => e.path).filter((p) => p !== 'change-plan');

  it.each(paths)('GET /api/v1/%s answers the result for the current revision', async (path) => {
    const response = await get(`/api/v1/${path}`);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ revision: 2, asOf: '2025-03-03T10:00:00.000Z' });
    expect(body.result).toBeTypeOf('object');
  });

  it.each(paths)('GET /api/v1/%s answers 404 for a revision never stored', async (path) => {
    const response = await get(`/api/v1/${path}?revision=99`);
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not-found');
  });

  it.each(paths)(
    'GET /api/v1/%s answers 401 without a token and 403 to an ingest token',
    async (path) => {
      expect((await get(`/api/v1/${path}`, null)).statusCode).toBe(401);
      expect((await get(`/api/v1/${path}`, 'ingest')).statusCode).toBe(403);
    },
  );

  it('finds the checks of a given revision', async () => {
    const body = (await get('/api/v1/checks?revision=1')).json();
    expect(body.revision).toBe(1);
    expect(Array.isArray(body.result.checks)).toBe(true);
  });

  it('prices on-call with exact money, and answers 422 when the model has no compensation policy', async () => {
    const acme = (await get('/api/v1/oncall-cost')).json();
    expect(acme.result.optimized).toBeDefined();
    expect(JSON.stringify(acme.result)).toMatch(/"amount":"\d+\.\d{2}","currency":"EUR"/);
    const tiny = await get('/api/v1/oncall-cost?revision=1');
    expect(tiny.statusCode).toBe(422);
    expect(errorOf(tiny).code).toBe('model-incomplete');
    const unknown = await get('/api/v1/oncall-cost?policy=nope');
    expect(unknown.statusCode).toBe(400);
    expect(acme.result.compensation.month).toBe('2025-03');
    const february = (await get('/api/v1/oncall-cost?month=2025-02')).json();
    expect(february.result.compensation.month).toBe('2025-02');
    expect((await get('/api/v1/oncall-cost?month=2025-13')).statusCode).toBe(400);
    expect((await get('/api/v1/oncall-cost?incidents=file')).statusCode).toBe(400);
    const stored = (await get('/api/v1/oncall-cost?incidents=stored')).json();
    expect(stored.result.incidents.source).not.toBe(acme.result.incidents.source);
  });

  it('sizes staffing with a named policy, and answers 400 for an unknown one', async () => {
    expect((await get('/api/v1/staffing?policy=standard')).statusCode).toBe(200);
    const unknown = await get('/api/v1/staffing?policy=nope');
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown)).toMatchObject({
      code: 'bad-request',
      details: { reason: 'unknown-policy' },
    });
  });

  it('plans schedules over a range with times in the rotation zone, and rejects a bad range', async () => {
    const body = (await get('/api/v1/schedules?from=2025-03-03T00:00:00Z&days=2')).json();
    expect(body.result.shifts.length).toBeGreaterThan(0);
    expect(Object.keys(body.result.shifts[0])).toEqual(['rotation', 'person', 'start', 'end']);
    expect(body.result.shifts[0].start).toMatch(/^2025-03-0\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)$/);
    expect(body.result).toHaveProperty('violations');
    expect(body.result).toHaveProperty('balance');
    const long = await get('/api/v1/schedules?days=400');
    expect(long.statusCode).toBe(400);
    expect(errorOf(long).details).toMatchObject({ issues: [{ in: 'query', path: 'days' }] });
    for (const range of ['from=2025-03-10&to=2025-03-03', 'from=2025-01-01&to=2025-06-01']) {
      const bad = await get(`/api/v1/schedules?${range}`);
      expect(bad.statusCode, range).toBe(400);
      expect(errorOf(bad).details).toMatchObject({ issues: [{ in: 'query', path: 'to' }] });
    }
    expect((await get('/api/v1/schedules?from=yesterday')).statusCode).toBe(400);
    const policy = await get('/api/v1/schedules?policy=nope');
    expect(policy.statusCode).toBe(400);
    expect(errorOf(policy).details).toEqual({ reason: 'unknown-policy' });
  });

  it('computes budgets from the stored samples, as of now or of ?at', async () => {
    const body = (await get('/api/v1/budgets')).json();
    expect(body.result.asOf).toBe('2025-03-03T10:00:00Z');
    const checkout = body.result.services.find((s: { name: string }) => s.name === 'checkout-api');
    expect(checkout.current.total).toBe(2000);
    const before = (await get('/api/v1/budgets?at=2025-03-01T12:00:00%2B02:00')).json();
    expect(before.result.asOf).toBe('2025-03-01T10:00:00Z');
    expect(before.asOf).toBe('2025-03-03T10:00:00.000Z');
    for (const at of ['2025-13-01', 'yesterday', '2025-03-01T10:00:00']) {
      const bad = await get(`/api/v1/handover?at=${at}`);
      expect(bad.statusCode, at).toBe(400);
      expect(errorOf(bad).details).toMatchObject({ issues: [{ in: 'query', path: 'at' }] });
    }
  });

  it("measures the plan's error budgets from the stored samples and incidents, as budgets and handover do", async () => {
    const plan = (await get('/api/v1/plan?at=2025-03-03')).json().result.errorBudgets;
    expect(plan).toMatchObject({
      given: true,
      asOf: '2025-03-03T00:00:00Z',
      sli: "the server's store (last 400 days)",
      incidents: "the server's store (last 400 days)",
    });
    const budgets = (await get('/api/v1/budgets?at=2025-03-03')).json().result;
    const handover = (await get('/api/v1/handover?at=2025-03-03')).json().result;
    const measured = budgets.services.find((s: { name: string }) => s.name === 'checkout-api');
    const ran = handover.services.find((s: { name: string }) => s.name === 'checkout-api');
    const checkout = plan.services.find((s: { name: string }) => s.name === 'checkout-api');
    expect(checkout).toMatchObject({
      status: measured.current.status,
      consumedShare: measured.current.consumedShare,
      currentRunModel: ran.currentRunModel,
    });
    expect(checkout.consumedShare).toBeGreaterThan(0);
    // A store with no samples: the plan says it was made without SLI data.
    const empty = await startTestApp({ now: '2025-03-03T10:00:00.000Z' });
    try {
      await empty.call({
        method: 'POST',
        url: '/api/v1/revisions',
        as: 'editor',
        payload: { sources: acmeSources() },
      });
      const none = await empty.call({ method: 'GET', url: '/api/v1/plan', as: 'viewer' });
      // How to get samples there is the server's to say: its intake, not a CLI flag.
      expect(none.json().result.errorBudgets).toEqual({
        given: false,
        howToGive: GIVE_SLI_TO_SERVER,
      });
      expect(GIVE_SLI_TO_SERVER).toContain('`POST /api/v1/sli-samples`');
      expect(GIVE_SLI_TO_SERVER).not.toContain('--sli');
    } finally {
      await empty.close();
    }
  });

  it('rejects a bad KPI period and a bad month', async () => {
    expect((await get('/api/v1/kpis?period=quarter')).statusCode).toBe(200);
    expect((await get('/api/v1/kpis?period=year')).statusCode).toBe(400);
    expect((await get('/api/v1/chargeback?month=2025-02')).statusCode).toBe(200);
    expect((await get('/api/v1/chargeback?month=2025-13')).statusCode).toBe(400);
  });

  it('plans the change from one revision to another, and needs the target', async () => {
    const body = (await get('/api/v1/change-plan?revision=1&target=2')).json();
    expect(body).toMatchObject({ revision: 1, result: { modelChanges: expect.any(Array) } });
    expect((await get('/api/v1/change-plan')).statusCode).toBe(400);
    expect((await get('/api/v1/change-plan?target=42')).statusCode).toBe(404);
  });
});
