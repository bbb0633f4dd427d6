import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.ts';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { PROBLEM_CODES } from '../../model/index.ts';

type Issue = { in: string; path: string; code: string; message: string };
const issuesOf = (response: Parameters<typeof errorOf>[0]) =>
  (errorOf(response).details as { issues: Issue[] }).issues;

const alert = (extra: Record<string, unknown> = {}) => ({
  labels: { alertname: 'Burn', service: 'checkout-api' },
  startsAt: '2025-03-03T09:58:00Z',
  ...extra,
});
const webhook = (alerts: unknown[]) => ({ version: '4', status: 'firing', alerts });
const sample = (extra: Record<string, unknown> = {}) => ({
  service: 'search-api',
  timestamp: '2025-03-03T09:00:00Z',
  good: 99,
  total: 100,
  ...extra,
});
const incident = (extra: Record<string, unknown> = {}) => ({
  id: 'INC-1',
  service: 'search-api',
  startedAt: '2025-03-03T08:00:00Z',
  detectedAt: '2025-03-03T08:05:00Z',
  resolvedAt: '2025-03-03T09:00:00Z',
  customerVisible: true,
  ...extra,
});

describe.each(eachDialect())('input at the HTTP edge on $dialect', (engine) => {
  let t: TestApp;
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());
  beforeEach(async () => {
    t = await startTestApp({ store: await engine.open() });
    await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'editor',
      payload: { sources: serverModelSources() },
    });
  });
  afterEach(() => t.close());

  const post = (url: string, payload: unknown) =>
    t.call({ method: 'POST', url, as: 'admin', payload: payload as object });

  it('refuses NUL and other control characters in any string with 400, never 500', async () => {
    const cases: [string, unknown, string][] = [
      [
        '/api/v1/alerts/alertmanager',
        webhook([alert({ labels: { alertname: 'a\u0000b' } })]),
        'alerts[0].labels.alertname',
      ],
      [
        '/api/v1/alerts/alertmanager',
        webhook([alert({ annotations: { 'x\u0001': 'y' } })]),
        'alerts[0].annotations.x\u0001',
      ],
      [
        '/api/v1/alerts/alertmanager',
        webhook([alert({ fingerprint: 'ab\u0000' })]),
        'alerts[0].fingerprint',
      ],
      ['/api/v1/incidents', { incidents: [incident({ id: 'INC\u0000' })] }, 'incidents[0].id'],
      [
        '/api/v1/sli-samples',
        { samples: [sample({ service: 'search\u001bapi' })] },
        'samples[0].service',
      ],
      ['/api/v1/tokens', { name: 'ci\u0000', role: 'viewer' }, 'name'],
      ['/api/v1/revisions', { message: 'm\u0000', sources: serverModelSources() }, 'message'],
      [
        '/api/v1/revisions',
        { sources: [{ name: 'a.yaml', text: 'kind: \ud800' }] },
        'sources[0].text',
      ],
    ];
    for (const [url, payload, path] of cases) {
      const response = await post(url, payload);
      expect(response.statusCode, `${url} ${path}`).toBe(400);
      expect(issuesOf(response)[0], url).toMatchObject({ in: 'body', path, code: 'not-text' });
    }
    for (const url of [
      '/api/v1/alerts?service=a%00b',
      '/api/v1/sli-samples?service=%00',
      '/api/v1/incidents?service=x%01',
      '/api/v1/run-model-events?service=%00',
    ]) {
      const response = await t.call({ method: 'GET', url, as: 'viewer' });
      expect(response.statusCode, url).toBe(400);
      expect(issuesOf(response)[0]).toMatchObject({
        in: 'query',
        path: 'service',
        code: 'not-text',
      });
    }
    const response = await t.call({
      method: 'GET',
      url: '/api/v1/services/a%00b/runner',
      as: 'viewer',
    });
    expect(response.statusCode).toBe(400);
    expect(issuesOf(response)[0]).toMatchObject({ in: 'params', code: 'not-text' });
    // Tabs and line breaks are text: annotations are prose.
    const prose = await post(
      '/api/v1/alerts/alertmanager',
      webhook([alert({ annotations: { description: 'line 1\n\tline 2' } })]),
    );
    expect(prose.statusCode, prose.body).toBe(200);
  });

  it('finds an unsafe character however the JSON text writes it, and takes its lookalikes', async () => {
    // Raw JSON text: escapes in either case of hex, the short escapes, DEL written as it is.
    const body = (label: string) =>
      `{"version":"4","status":"firing","alerts":[{"labels":{"alertname":"${label}","service":"checkout-api"},"startsAt":"2025-03-03T09:58:00Z"}]}`;
    const postText = (payload: string) =>
      t.call({
        method: 'POST',
        url: '/api/v1/alerts/alertmanager',
        as: 'admin',
        headers: { 'content-type': 'application/json' },
        payload,
      });
    for (const label of [
      'a\\u001Bb',
      'a\\u001bb',
      'a\\bb',
      'a\\fb',
      'a\u007fb',
      'a\\u007Fb',
      'a\\uDC00b',
    ]) {
      const response = await postText(body(label));
      expect(response.statusCode, label).toBe(400);
      expect(issuesOf(response)[0], label).toMatchObject({
        in: 'body',
        path: 'alerts[0].labels.alertname',
        code: 'not-text',
      });
    }
    // An escaped backslash before u0000 is the text \u0000, and a surrogate pair one character.
    for (const label of ['a\\\\u0000b', 'a\\uD83D\\uDE00b', 'a\\u0026b']) {
      const response = await postText(body(label));
      expect(response.statusCode, `${label}: ${response.body}`).toBe(200);
    }
  });

  it('answers issues with the model problem codes, never the schema library codes', async () => {
    const cases: [string, unknown][] = [
      ['/api/v1/incidents', { incidents: [{ id: 'x' }] }],
      ['/api/v1/incidents', { incidents: [incident({ extra: 1 })] }],
      ['/api/v1/sli-samples', { samples: [sample({ good: 'many' })] }],
      ['/api/v1/sli-samples', { samples: 'none' }],
      ['/api/v1/tokens', { name: 3, role: 'god' }],
      ['/api/v1/alerts/alertmanager', { status: 'burning', alerts: [{}] }],
      ['/api/v1/revisions', { sources: [] }],
    ];
    for (const [url, payload] of cases) {
      const response = await post(url, payload);
      expect(response.statusCode, url).toBe(400);
      for (const issue of issuesOf(response)) {
        expect(PROBLEM_CODES, `${url} ${JSON.stringify(issue)}`).toContain(issue.code);
      }
    }
    const missing = issuesOf(await post('/api/v1/incidents', { incidents: [{ id: 'x' }] }));
    expect(missing.map((i) => [i.path, i.code])).toContainEqual([
      'incidents[0].service',
      'missing-field',
    ]);
    const unknown = issuesOf(
      await post('/api/v1/incidents', { incidents: [incident({ customerVisable: true })] }),
    );
    expect(unknown[0]).toMatchObject({
      path: 'incidents[0].customerVisable',
      code: 'unknown-field',
    });
    expect(unknown[0]?.message).toMatch(/did you mean "customerVisible"/);
  });

  it('refuses dates that are not on the calendar instead of moving them to the next month', async () => {
    const cases: [string, unknown, string][] = [
      [
        '/api/v1/alerts/alertmanager',
        webhook([alert({ startsAt: '2026-02-30T10:00:00Z' })]),
        'alerts[0].startsAt',
      ],
      [
        '/api/v1/incidents',
        {
          incidents: [
            incident({ startedAt: '2026-02-30T08:00:00Z', detectedAt: null, resolvedAt: null }),
          ],
        },
        'incidents[0].startedAt',
      ],
      [
        '/api/v1/sli-samples',
        { samples: [sample({ timestamp: '2026-02-30T09:00:00Z' })] },
        'samples[0].timestamp',
      ],
    ];
    for (const [url, payload, path] of cases) {
      const response = await post(url, payload);
      expect(response.statusCode, url).toBe(400);
      expect(issuesOf(response)[0]).toMatchObject({ path, code: 'invalid-value' });
    }
    for (const url of [
      '/api/v1/budgets?at=2026-02-30',
      '/api/v1/sli-samples?from=2026-02-30',
      '/api/v1/schedules?from=2025-04-31',
    ]) {
      const response = await t.call({ method: 'GET', url, as: 'viewer' });
      expect(response.statusCode, url).toBe(400);
      expect(issuesOf(response)[0]?.code).toBe('invalid-value');
    }
  });

  it('refuses an alert whose end is no time', async () => {
    const response = await post(
      '/api/v1/alerts/alertmanager',
      webhook([alert({ endsAt: 'not-a-time' })]),
    );
    expect(response.statusCode).toBe(400);
    expect(issuesOf(response)[0]).toMatchObject({ path: 'alerts[0].endsAt' });
    const listed = await t.call({ method: 'GET', url: '/api/v1/alerts', as: 'viewer' });
    expect(listed.json().alerts).toEqual([]);
  });

  it('stores one alert however its start time is written', async () => {
    const spellings = [
      '2025-03-03T10:58:00+01:00',
      '2025-03-03T09:58:00Z',
      '2025-03-03T09:58:00.000000000Z',
      '2025-03-03t09:58:00z',
    ];
    const duplicates: boolean[] = [];
    for (const startsAt of spellings) {
      const response = await post(
        '/api/v1/alerts/alertmanager',
        webhook([alert({ startsAt, fingerprint: 'f00d' })]),
      );
      expect(response.statusCode, response.body).toBe(200);
      duplicates.push(response.json().alerts[0].duplicate);
    }
    expect(duplicates).toEqual([false, true, true, true]);
    const listed = (await t.call({ method: 'GET', url: '/api/v1/alerts', as: 'viewer' })).json();
    expect(listed.alerts.map((a: { startsAt: string }) => a.startsAt)).toEqual([
      '2025-03-03T09:58:00.000Z',
    ]);
  });

  it('stores one SLI sample however its time is written', async () => {
    for (const timestamp of ['2025-03-03T10:00:00+01:00', '2025-03-03T09:00:00Z', 1740992400]) {
      const response = await post('/api/v1/sli-samples', { samples: [sample({ timestamp })] });
      expect(response.statusCode, response.body).toBe(200);
    }
    const listed = (
      await t.call({ method: 'GET', url: '/api/v1/sli-samples', as: 'viewer' })
    ).json();
    expect(listed.samples).toEqual([
      { service: 'search-api', timestamp: '2025-03-03T09:00:00.000Z', good: 99, total: 100 },
    ]);
  });

  it('refuses an incident detected before it started, or without saying whether customers saw it', async () => {
    const early = await post('/api/v1/incidents', {
      incidents: [incident({ detectedAt: '2025-03-03T07:59:59Z' })],
    });
    expect(early.statusCode).toBe(400);
    expect(issuesOf(early)[0]).toMatchObject({
      path: 'incidents[0].detectedAt',
      code: 'invalid-value',
      message: 'expected detectedAt at or after startedAt',
    });
    const { customerVisible: _, ...unsaid } = incident();
    const silent = await post('/api/v1/incidents', { incidents: [unsaid] });
    expect(silent.statusCode).toBe(400);
    expect(issuesOf(silent)[0]).toMatchObject({
      path: 'incidents[0].customerVisible',
      code: 'missing-field',
    });
    const listed = (await t.call({ method: 'GET', url: '/api/v1/incidents', as: 'viewer' })).json();
    expect(listed.incidents).toEqual([]);
  });

  it('refuses counts that are not finite or too large to sum, and a wholly bad sample spends the budget', async () => {
    for (const total of [1e308, 1e16, -1, 'NaN', 'Infinity']) {
      const response = await post('/api/v1/sli-samples', { samples: [sample({ good: 0, total })] });
      expect(response.statusCode, String(total)).toBe(400);
      expect(issuesOf(response)[0]).toMatchObject({
        path: 'samples[0].total',
        code: 'invalid-value',
      });
    }
    const bad = await post('/api/v1/sli-samples', {
      samples: [
        sample({
          service: 'checkout-api',
          timestamp: '2025-03-03T09:00:00Z',
          good: 0,
          total: 1e15,
        }),
      ],
    });
    expect(bad.statusCode, bad.body).toBe(200);
    const runner = (
      await t.call({ method: 'GET', url: '/api/v1/services/checkout-api/runner', as: 'viewer' })
    ).json();
    expect(runner.errorBudget.status).toBe('depleted');
    expect(runner.errorBudget.remaining).toBeLessThan(0);
  });
});
