import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { labelFingerprint } from '../../engine/routing/index.ts';

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../test/fixtures/alertmanager/${name}`, import.meta.url), 'utf8'),
  );

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
  await t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'admin',
    payload: { message: 'model', sources: serverModelSources() },
  });
});
afterEach(() => t.close());

const post = (payload: object, as: 'ingest' | 'admin' | 'viewer' | 'editor' = 'ingest') =>
  t.call({ method: 'POST', url: '/api/v1/alerts/alertmanager', as, payload });

function alertFor(service: string | undefined, extra: Record<string, unknown> = {}) {
  return {
    labels: { alertname: 'HighErrorRate', ...(service ? { service } : {}) },
    annotations: { summary: 'errors above SLO burn rate' },
    startsAt: '2025-03-03T09:58:00.123456789Z',
    endsAt: '0001-01-01T00:00:00Z',
    ...extra,
  };
}

function group(alerts: unknown[], status = 'firing') {
  return {
    version: '4',
    groupKey: '{}:{alertname="HighErrorRate"}',
    status,
    receiver: 'whorunsit',
    alerts,
  };
}

const members: Record<string, string[]> = {
  'noc-thin-layer': ['tom', 'tia'],
  'sre-payments': ['sam', 'sue'],
  'checkout-oncall': ['ana', 'ben'],
};

describe('POST /api/v1/alerts/alertmanager', () => {
  it('stores every alert of a real Alertmanager payload and routes those without a service to the fallback', async () => {
    const payload = fixture('webhook-12-alerts.json');
    const response = await post(payload);
    expect(response.statusCode, response.body).toBe(200);
    const { alerts } = response.json();
    expect(alerts).toHaveLength(12);
    for (const [i, alert] of alerts.entries()) {
      // Old senders send no fingerprint and no per-alert status: derived from labels and group.
      expect(alert.fingerprint).toBe(labelFingerprint(payload.alerts[i].labels));
      expect(alert).toMatchObject({
        service: null,
        status: 'firing',
        routedTo: { rotation: 'noc-thin-layer' },
        reason: 'fallback-no-service-label',
        duplicate: false,
      });
    }
    const stored = await t.call({ method: 'GET', url: '/api/v1/alerts?limit=100', as: 'viewer' });
    expect(stored.json().alerts).toHaveLength(12);
    expect(stored.json().alerts[0].endsAt).toBeNull();
  });

  it('stores an alert delivered twice once and answers the first decision again', async () => {
    await post(fixture('webhook-2-alerts.json'));
    const again = await post(fixture('webhook-2-alerts.json'));
    expect(again.statusCode).toBe(200);
    expect(again.json().alerts.map((a: { duplicate: boolean }) => a.duplicate)).toEqual([
      true,
      true,
    ]);
    const stored = await t.call({ method: 'GET', url: '/api/v1/alerts', as: 'viewer' });
    expect(stored.json().alerts).toHaveLength(2);
  });

  it('routes by §12.6: thin layer with runbooks, else the rotation of who runs the service', async () => {
    const response = await post(
      group([alertFor('checkout-api'), alertFor('payments-api'), alertFor('search-api')]),
    );
    const [checkout, payments, search] = response.json().alerts;
    expect(checkout).toMatchObject({
      service: 'checkout-api',
      routedTo: { rotation: 'noc-thin-layer' },
      reason: 'thin-layer-runbooks',
    });
    expect(payments).toMatchObject({
      routedTo: { rotation: 'sre-payments' },
      reason: 'run-model-rotation',
    });
    expect(search).toMatchObject({ routedTo: { rotation: 'checkout-oncall' } });
    for (const alert of [checkout, payments, search]) {
      const person = alert.routedTo.person;
      expect(person === null || members[alert.routedTo.rotation]?.includes(person)).toBe(true);
    }
  });

  it('stores an alert for an unknown service and routes it to the configured fallback', async () => {
    const withFallback = await startTestApp({ config: { fallbackRotation: 'checkout-oncall' } });
    try {
      await withFallback.call({
        method: 'POST',
        url: '/api/v1/revisions',
        as: 'admin',
        payload: { sources: serverModelSources() },
      });
      const response = await withFallback.call({
        method: 'POST',
        url: '/api/v1/alerts/alertmanager',
        as: 'ingest',
        payload: group([alertFor('billing-api')]),
      });
      expect(response.json().alerts[0]).toMatchObject({
        service: 'billing-api',
        routedTo: { rotation: 'checkout-oncall' },
        reason: 'fallback-unknown-service',
      });
    } finally {
      await withFallback.close();
    }
  });

  it('reads the service from the configured label', async () => {
    const custom = await startTestApp({ config: { alertServiceLabel: 'app' } });
    try {
      await custom.call({
        method: 'POST',
        url: '/api/v1/revisions',
        as: 'admin',
        payload: { sources: serverModelSources() },
      });
      const response = await custom.call({
        method: 'POST',
        url: '/api/v1/alerts/alertmanager',
        as: 'ingest',
        payload: group([
          { ...alertFor(undefined), labels: { alertname: 'x', app: 'payments-api' } },
        ]),
      });
      expect(response.json().alerts[0]).toMatchObject({
        service: 'payments-api',
        routedTo: { rotation: 'sre-payments' },
      });
    } finally {
      await custom.close();
    }
  });

  it('takes the per-alert status and fingerprint over the group status, and routes a resolution like its firing alert', async () => {
    const firing = alertFor('payments-api', { status: 'firing', fingerprint: 'abc123' });
    await post(group([firing]));
    const resolved = { ...firing, status: 'resolved', endsAt: '2025-03-03T10:30:00Z' };
    const response = await post(group([resolved], 'firing'));
    expect(response.json().alerts[0]).toMatchObject({
      fingerprint: 'abc123',
      status: 'resolved',
      routedTo: { rotation: 'sre-payments' },
      duplicate: false,
    });
    const stored = await t.call({
      method: 'GET',
      url: '/api/v1/alerts?service=payments-api',
      as: 'viewer',
    });
    expect(stored.json().alerts.map((a: { status: string }) => a.status)).toEqual([
      'resolved',
      'firing',
    ]);
    expect(stored.json().alerts[0].endsAt).toBe('2025-03-03T10:30:00.000Z');
  });

  it('ignores fields it does not know, as Grafana sends them', async () => {
    const grafana = {
      ...group([
        { ...alertFor('checkout-api'), values: { B: 1.5 }, dashboardURL: '', silenceURL: '' },
      ]),
      orgId: 1,
      title: '[FIRING:1] HighErrorRate',
      state: 'alerting',
      message: '**Firing**',
    };
    const response = await post(grafana);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().alerts[0].service).toBe('checkout-api');
  });

  it('keeps an alert that arrives before any model, for routing by a person', async () => {
    const empty = await startTestApp();
    try {
      const response = await empty.call({
        method: 'POST',
        url: '/api/v1/alerts/alertmanager',
        as: 'ingest',
        payload: group([alertFor('checkout-api')]),
      });
      expect(response.json().alerts[0]).toMatchObject({
        routedTo: { rotation: null, person: null },
        reason: 'no-model',
      });
    } finally {
      await empty.close();
    }
  });

  it('answers 400 with the JSON path of what is wrong and stores nothing', async () => {
    const cases: [object, string][] = [
      [{ ...group([]), alerts: undefined }, 'alerts'],
      [group([alertFor('x', { startsAt: 'yesterday' })]), 'alerts[0].startsAt'],
      [group([alertFor('x')], 'pending'), 'status'],
      [group([{ ...alertFor('x'), labels: { severity: 3 } }]), 'alerts[0].labels.severity'],
    ];
    for (const [payload, path] of cases) {
      const response = await post(payload);
      expect(response.statusCode).toBe(400);
      const error = errorOf(response);
      expect(error.code).toBe('bad-request');
      expect((error.details as { issues: { path: string }[] }).issues[0]?.path).toBe(path);
    }
    const stored = await t.call({ method: 'GET', url: '/api/v1/alerts', as: 'viewer' });
    expect(stored.json().alerts).toEqual([]);
  });

  it('takes ingest and admin tokens only', async () => {
    const payload = group([alertFor('checkout-api')]);
    expect(
      (await t.call({ method: 'POST', url: '/api/v1/alerts/alertmanager', payload })).statusCode,
    ).toBe(401);
    expect((await post(payload, 'viewer')).statusCode).toBe(403);
    expect((await post(payload, 'editor')).statusCode).toBe(403);
    expect((await post(payload, 'admin')).statusCode).toBe(200);
  });
});

describe('reading alerts', () => {
  it('returns one alert by id and answers 404 for an unknown one', async () => {
    await post(group([alertFor('checkout-api')]));
    const [first] = (await t.call({ method: 'GET', url: '/api/v1/alerts', as: 'viewer' })).json()
      .alerts;
    const one = await t.call({ method: 'GET', url: `/api/v1/alerts/${first.id}`, as: 'viewer' });
    expect(one.json().alert).toEqual(first);
    const missing = await t.call({ method: 'GET', url: '/api/v1/alerts/999', as: 'viewer' });
    expect(missing.statusCode).toBe(404);
    expect(errorOf(missing).code).toBe('not-found');
    expect(
      (await t.call({ method: 'GET', url: '/api/v1/alerts/x', as: 'viewer' })).statusCode,
    ).toBe(400);
    expect((await t.call({ method: 'GET', url: '/api/v1/alerts' })).statusCode).toBe(401);
    expect((await t.call({ method: 'GET', url: '/api/v1/alerts', as: 'ingest' })).statusCode).toBe(
      403,
    );
  });
});

describe('outgoing webhooks for routing decisions', () => {
  it('sends each new decision once to every webhook and retries a failed one', async () => {
    const calls: { url: string; body: unknown }[] = [];
    let failFirst = true;
    const fakeFetch = (async (url: string | URL | Request, init?: RequestInit) => {
      calls.push({ url: String(url), body: JSON.parse(String(init?.body)) });
      if (String(url).endsWith('/b') && failFirst) {
        failFirst = false;
        return new Response('down', { status: 503 });
      }
      return new Response('ok');
    }) as typeof fetch;
    const hooked = await startTestApp({
      config: { webhooks: ['http://127.0.0.1:9/a', 'http://127.0.0.1:9/b'] },
      fetch: fakeFetch,
    });
    try {
      await hooked.call({
        method: 'POST',
        url: '/api/v1/revisions',
        as: 'admin',
        payload: { sources: serverModelSources() },
      });
      const payload = group([alertFor('payments-api')]);
      await hooked.call({
        method: 'POST',
        url: '/api/v1/alerts/alertmanager',
        as: 'ingest',
        payload,
      });
      await hooked.call({
        method: 'POST',
        url: '/api/v1/alerts/alertmanager',
        as: 'ingest',
        payload,
      });
      await hooked.context.webhooks.flush();
      expect(calls.map((c) => c.url)).toEqual(['http://127.0.0.1:9/a', 'http://127.0.0.1:9/b']);
      expect(calls[0]?.body).toMatchObject({
        event: 'alert.routed',
        alert: { service: 'payments-api' },
        routedTo: { rotation: 'sre-payments' },
        reason: 'run-model-rotation',
      });
      // The failed delivery is retried once its backoff has passed.
      hooked.setNow('2025-03-03T10:01:00.000Z');
      await hooked.context.webhooks.flush();
      expect(calls.map((c) => c.url)).toEqual([
        'http://127.0.0.1:9/a',
        'http://127.0.0.1:9/b',
        'http://127.0.0.1:9/b',
      ]);
      await hooked.context.webhooks.flush();
      expect(calls).toHaveLength(3);
    } finally {
      await hooked.close();
    }
  });
});
