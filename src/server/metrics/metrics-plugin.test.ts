import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../../test/support/fixtures.ts';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp({ now: '2025-03-03T10:00:00.000Z' });
  await t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'admin',
    payload: { message: 'model', sources: serverModelSources() },
  });
});
afterEach(() => t.close());

/** The value of one series in Prometheus' text format, e.g. `name{a="b"}`; undefined when absent. */
function sampleOf(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('GET /metrics', () => {
  it('counts requests by route pattern, alerts received, routed and deduplicated, and SLI ingest, in Prometheus text format without a token', async () => {
    const payload = JSON.parse(
      readFileSync(`${FIXTURES}/alertmanager/webhook-2-alerts.json`, 'utf8'),
    );
    for (let i = 0; i < 2; i++) {
      const sent = await t.call({
        method: 'POST',
        url: '/api/v1/alerts/alertmanager',
        as: 'ingest',
        payload,
      });
      expect(sent.statusCode).toBe(200);
    }
    const samples = await t.call({
      method: 'POST',
      url: '/api/v1/sli-samples',
      as: 'ingest',
      payload: {
        samples: [
          { service: 'checkout-api', timestamp: '2025-03-03T09:55:00Z', good: 99, total: 100 },
        ],
      },
    });
    expect(samples.statusCode).toBe(200);
    await t.call({ method: 'GET', url: '/api/v1/services/checkout-api/runner', as: 'viewer' });
    await t.call({ method: 'GET', url: '/api/v1/services/nope/runner', as: 'viewer' });

    const response = await t.call({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain; version=0.0.4');
    const text = response.body;
    expect(sampleOf(text, 'whorunsit_alerts_received_total')).toBe(4);
    expect(sampleOf(text, 'whorunsit_alerts_deduplicated_total')).toBe(2);
    const routed = text.split('\n').filter((l) => l.startsWith('whorunsit_alerts_routed_total{'));
    expect(routed.reduce((sum, l) => sum + Number(l.split(' ')[1]), 0)).toBe(2);
    expect(sampleOf(text, 'whorunsit_sli_samples_ingested_total{source="push"}')).toBe(1);
    // Stored at 10:00 with its newest sample at 09:55: 300 s behind.
    expect(sampleOf(text, 'whorunsit_sli_ingest_lag_seconds_sum{source="push"}')).toBe(300);
    expect(sampleOf(text, 'whorunsit_sli_last_sample_timestamp_seconds{source="push"}')).toBe(
      Date.parse('2025-03-03T09:55:00Z') / 1000,
    );
    expect(
      sampleOf(
        text,
        'whorunsit_http_requests_total{method="GET",route="/api/v1/services/:name/runner",status="200"}',
      ),
    ).toBe(1);
    expect(
      sampleOf(
        text,
        'whorunsit_http_requests_total{method="GET",route="/api/v1/services/:name/runner",status="404"}',
      ),
    ).toBe(1);
    expect(
      sampleOf(
        text,
        'whorunsit_http_request_duration_seconds_count{method="POST",route="/api/v1/alerts/alertmanager"}',
      ),
    ).toBe(2);
    expect(text).toContain('# TYPE whorunsit_handover_events_total counter');
    expect(text).toContain('# TYPE whorunsit_sli_pull_errors_total counter');
    expect(text).toContain('whorunsit_process_cpu_seconds_total');

    // Every metric the documented Grafana dashboard queries is one this server exports.
    const dashboard = readFileSync(
      new URL('../../../docs/grafana-dashboard.json', import.meta.url),
      'utf8',
    );
    const queried = new Set(
      [...dashboard.matchAll(/whorunsit_[a-z_]+/g)].map((m) =>
        m[0].replace(/_(bucket|sum|count)$/, ''),
      ),
    );
    expect(queried.size).toBeGreaterThan(8);
    for (const name of queried) expect(text).toContain(`# TYPE ${name} `);
  });

  it('counts run model changes decided by the handover engine', async () => {
    // 56 days of payments-api depleting its 28-day budget: handed back (§12.5).
    const samples = Array.from({ length: 56 }, (_, day) => ({
      service: 'payments-api',
      timestamp: new Date(Date.parse('2025-01-06T00:00:00Z') + day * 86_400_000).toISOString(),
      good: 900,
      total: 1000,
    }));
    await t.call({
      method: 'POST',
      url: '/api/v1/sli-samples',
      as: 'ingest',
      payload: { samples },
    });
    const text = (await t.call({ method: 'GET', url: '/metrics' })).body;
    expect(
      sampleOf(text, 'whorunsit_handover_events_total{from="sre-runs-it",to="you-run-it"}'),
    ).toBe(1);
  });
});
