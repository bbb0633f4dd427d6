import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.ts';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { MAX_ALERTS_PER_WEBHOOK } from '../../model/index.ts';
import { insertRevision } from '../../store/index.ts';

const webhook = (alerts: unknown[]) => ({ version: '4', status: 'firing', alerts });
const alert = (service: string, n = 0) => ({
  labels: { alertname: `Burn${n}`, service, severity: 'page', instance: `10.0.${n % 250}.1:9100` },
  annotations: {
    summary: `${service} burns its error budget`,
    description:
      'The 1h and 5m burn rates are above 14.4: at this rate the 30-day budget is gone in 2 days.',
    runbook_url: `https://runbooks.example.com/${service}/error-budget-burn`,
  },
  startsAt: '2025-03-03T09:58:00Z',
  endsAt: '0001-01-01T00:00:00Z',
  generatorURL: `http://prometheus.example.com/graph?g0.expr=slo%3Aburn_rate%7Bservice%3D%22${service}%22%7D`,
});

/** A stored revision that does not validate with this version, as after an upgrade. */
async function storeUnusableRevision(t: TestApp, parent: number): Promise<void> {
  const result = await insertRevision({
    db: t.store.db,
    parent,
    revision: {
      createdAt: '2025-03-03T09:00:00.000Z',
      author: 'an older whorunsit',
      message: 'valid when it was pushed',
      summary: { added: [], removed: [], changed: [] },
      sources: [
        ...serverModelSources(),
        {
          name: 'new.yaml',
          text: 'apiVersion: whorunsit/v1\nkind: Team\nmetadata: { name: x }\nspec: { type: galaxy }\n',
        },
      ],
      contentHash: 'unusable',
      restoredFrom: null,
    },
  });
  expect(result.ok).toBe(true);
}

describe.each(eachDialect())(
  'alert intake never refuses what it can store, on $dialect',
  (engine) => {
    let t: TestApp;
    const calls: unknown[] = [];
    beforeAll(() => engine.setup());
    afterAll(() => engine.teardown());
    const start = async (config: Parameters<typeof startTestApp>[0] = {}) => {
      calls.length = 0;
      t = await startTestApp({
        store: await engine.open(),
        config: { webhooks: ['http://127.0.0.1:9/hook'], ...config.config },
        fetch: (async (_url: string | URL | Request, init?: RequestInit) => {
          calls.push(JSON.parse(String(init?.body)));
          return new Response(null, { status: 204 });
        }) as typeof fetch,
      });
    };
    const push = () =>
      t.call({
        method: 'POST',
        url: '/api/v1/revisions',
        as: 'editor',
        payload: { sources: serverModelSources() },
      });
    const post = (payload: unknown) =>
      t.call({
        method: 'POST',
        url: '/api/v1/alerts/alertmanager',
        as: 'ingest',
        payload: payload as object,
      });
    afterEach(() => t.close());

    it('routes with the last revision that validates when the latest does not, says so, and /readyz is degraded', async () => {
      await start();
      expect((await push()).statusCode).toBe(201);
      await storeUnusableRevision(t, 1);

      const response = await post(webhook([alert('checkout-api')]));
      expect(response.statusCode, response.body).toBe(200);
      const body = response.json();
      expect(body.revision).toBe(1);
      expect(body.degraded.latest).toBe(2);
      expect(body.degraded.message).toMatch(
        /revision 2 does not validate.*revision 1, the newest that does, serves instead/,
      );
      expect(body.alerts[0]).toMatchObject({
        routedTo: { rotation: 'noc-thin-layer' },
        reason: 'thin-layer-runbooks',
        pending: false,
      });

      const ready = await t.call({ method: 'GET', url: '/readyz' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toMatchObject({ status: 'degraded', revision: 1, latestRevision: 2 });
      expect(ready.json().problems[0]).toMatch(/revision 2 does not validate/);

      // What is computed keeps being served from the last good revision; asking for the bad one says why not.
      const runner = await t.call({
        method: 'GET',
        url: '/api/v1/services/checkout-api/runner',
        as: 'viewer',
      });
      expect(runner.statusCode).toBe(200);
      expect(runner.json().revision).toBe(1);
      const checks = await t.call({
        method: 'GET',
        url: '/api/v1/checks?revision=2',
        as: 'viewer',
      });
      expect(checks.statusCode).toBe(422);
      expect(errorOf(checks).code).toBe('revision-invalid');
      const current = await t.call({
        method: 'GET',
        url: '/api/v1/revisions/current',
        as: 'viewer',
      });
      expect(current.json().revision.id).toBe(2);

      // A corrected push ends the degradation.
      expect((await push()).statusCode).toBe(201);
      expect((await t.call({ method: 'GET', url: '/readyz' })).json()).toMatchObject({
        status: 'ready',
        revision: 3,
      });
    });

    it('stores alerts that arrive before any model, and routes them once one is pushed', async () => {
      await start();
      const response = await post(webhook([alert('checkout-api'), alert('payments-api', 1)]));
      expect(response.statusCode, response.body).toBe(200);
      expect(
        response
          .json()
          .alerts.map((a: { pending: boolean; reason: string }) => [a.pending, a.reason]),
      ).toEqual([
        [true, 'no-model'],
        [true, 'no-model'],
      ]);
      expect((await t.call({ method: 'GET', url: '/readyz' })).json().pendingAlerts).toBe(2);
      const waiting = await t.call({
        method: 'GET',
        url: '/api/v1/alerts?pending=true',
        as: 'viewer',
      });
      expect(waiting.json().alerts).toHaveLength(2);

      expect((await push()).statusCode).toBe(201);
      // The push kicks a retry of its own, which may route both before this one runs: retry()
      // queues behind it, so once it resolves both are routed, whichever run did it.
      await t.context.routes.retry();
      const routed = (await t.call({ method: 'GET', url: '/api/v1/alerts', as: 'viewer' })).json()
        .alerts;
      expect(
        routed
          .map((a: { routePending: boolean; routedTo: { rotation: string } }) => [
            a.routePending,
            a.routedTo.rotation,
          ])
          .sort(),
      ).toEqual([
        [false, 'noc-thin-layer'],
        [false, 'sre-payments'],
      ]);
      expect((await t.call({ method: 'GET', url: '/readyz' })).json().pendingAlerts).toBe(0);
      await t.context.webhooks.flush();
      // One message when stored (no decision yet), one when routed.
      const rotations = calls.map(
        (c) => (c as { routedTo: { rotation: string | null } }).routedTo.rotation ?? 'none',
      );
      expect(rotations.sort()).toEqual(['noc-thin-layer', 'none', 'none', 'sre-payments']);
    });

    it('routes an unknown service to the fallback rotation, and keeps an alert pending when there is none to fall back to', async () => {
      await start();
      await push();
      const unknown = await post(webhook([alert('billing-legacy')]));
      expect(unknown.json().alerts[0]).toMatchObject({
        reason: 'fallback-unknown-service',
        routedTo: { rotation: 'noc-thin-layer' },
        pending: false,
      });
      await t.close();

      await start({ config: { fallbackRotation: 'no-such-rotation' } });
      await push();
      const nowhere = await post(webhook([alert('billing-legacy')]));
      expect(nowhere.statusCode).toBe(200);
      expect(nowhere.json().alerts[0]).toMatchObject({
        reason: 'fallback-unknown-service',
        routedTo: { rotation: null },
        pending: true,
      });
    });

    it(`takes ${MAX_ALERTS_PER_WEBHOOK} alerts in one webhook call, as a real outage sends, and stores each once`, async () => {
      await start({ config: { webhooks: [] } });
      await push();
      const outage = webhook(
        Array.from({ length: MAX_ALERTS_PER_WEBHOOK }, (_, i) =>
          alert(i % 2 ? 'checkout-api' : 'payments-api', i),
        ),
      );
      expect(JSON.stringify(outage).length).toBeGreaterThan(4 * 1024 * 1024);
      const response = await post(outage);
      expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
      expect(response.json().alerts).toHaveLength(MAX_ALERTS_PER_WEBHOOK);
      const again = await post(outage);
      expect(again.json().alerts.every((a: { duplicate: boolean }) => a.duplicate)).toBe(true);
      const { rows } = await sql<{ n: number }>`select count(*) as n from alerts`.execute(
        t.store.db,
      );
      expect(Number(rows[0]?.n)).toBe(MAX_ALERTS_PER_WEBHOOK);

      const tooMany = await post(
        webhook(
          Array.from({ length: MAX_ALERTS_PER_WEBHOOK + 1 }, (_, i) => alert('checkout-api', i)),
        ),
      );
      expect(tooMany.statusCode).toBe(400);
      expect(errorOf(tooMany).message).toMatch(/at most 10000 items/);
    }, 120_000);
  },
);
