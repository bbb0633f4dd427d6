import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FakePrometheus, startFakePrometheus } from '../../../test/support/fake-prometheus.ts';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { doc } from '../../../test/support/yaml-model.ts';
import { durationMillis, durationSeconds } from '../../model/index.ts';
import type { SliPullConfig } from './prometheus-backend.ts';

const NOW = '2025-03-20T10:00:00.000Z';
const ERRORS = 'sum(rate(payments_errors_total[{{.window}}]))';
const TOTAL = 'sum(rate(payments_requests_total[{{.window}}]))';

/** payments-api with its SLI as PromQL; search-api reads from a backend the server lacks. */
const SLI_MODEL = [
  doc(
    'Service',
    'payments-api',
    `owner: payments\nrunModel: sre-runs-it\nsreTeam: sre-core\nerrorBudgetPolicy: standard\navailabilityTarget: 99.95\nsli:\n  errors: '${ERRORS}'\n  total: '${TOTAL}'`,
  ),
  doc(
    'Service',
    'search-api',
    `owner: checkout\nrunModel: you-run-it\navailabilityTarget: 99.5\nsli:\n  good: 'sum(rate(search_ok_total[{{.window}}]))'\n  total: 'sum(rate(search_total[{{.window}}]))'\n  backend: eu`,
  ),
].join('---\n');

function sources() {
  return serverModelSources().map((s) =>
    s.name === 'services.yaml'
      ? {
          name: s.name,
          text: s.text
            .split('---\n')
            .filter((d) => !/name: (payments-api|search-api)\n/.test(d))
            .concat(SLI_MODEL)
            .join('---\n'),
        }
      : s,
  );
}

let prometheus: FakePrometheus;
let t: TestApp;

beforeAll(async () => {
  prometheus = await startFakePrometheus({ slowMs: 5_000 });
});
afterAll(() => prometheus.close());
afterEach(() => t?.close());

async function start(url: string, overrides: Partial<SliPullConfig> = {}) {
  t = await startTestApp({
    now: NOW,
    config: {
      sliPull: {
        backends: [{ name: 'default', url, headers: { authorization: 'Bearer prom-secret' } }],
        intervalMs: durationMillis(0),
        stepSeconds: durationSeconds(300),
        lookbackSeconds: durationSeconds(3600),
        // Generous: a loaded machine must not turn a good read into a retry.
        timeoutMs: durationMillis(3_000),
        retries: 1,
        backoffMs: durationMillis(5),
        ...overrides,
      },
    },
  });
  const stored = await t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'admin',
    payload: { message: 'model', sources: sources() },
  });
  expect(stored.statusCode).toBe(201);
}

async function pull() {
  const response = await t.call({ method: 'POST', url: '/api/v1/sli-pulls/run', as: 'admin' });
  expect(response.statusCode).toBe(200);
  return response.json() as { services: number; failed: number; samples: number };
}

async function runner(service = 'payments-api') {
  const response = await t.call({
    method: 'GET',
    url: `/api/v1/services/${service}/runner`,
    as: 'viewer',
  });
  expect(response.statusCode).toBe(200);
  return response.json() as {
    errorBudget: { remaining: number | null; remainingEvents: number | null; status: string };
    sli: { status: string; message: string; lastSampleAt: string | null; backend: string | null };
  };
}

describe('pulling SLIs from a Prometheus-compatible API', () => {
  it('reads errors and total with query_range into the live state, with the backend header, and resumes where it stopped', async () => {
    prometheus.requests.length = 0;
    prometheus.setModes([], 'ok');
    // 0.1 errors and 100 requests a second: 0.1% errors against a 0.05% allowance.
    prometheus.setRates({ payments_errors_total: 0.1, payments_requests_total: 100 });
    await start(prometheus.url);
    expect(await pull()).toEqual({ services: 2, failed: 1, samples: 13 });
    const first = prometheus.requests.map((r) => `${r.query} ${r.start}..${r.end}/${r.step}`);
    const end = Date.parse(NOW) / 1000;
    expect(first.sort()).toEqual([
      `sum(rate(payments_errors_total[5m])) ${end - 3600}..${end}/300`,
      `sum(rate(payments_requests_total[5m])) ${end - 3600}..${end}/300`,
    ]);
    expect(prometheus.requests[0]?.headers.authorization).toBe('Bearer prom-secret');

    const samples = await t.call({
      method: 'GET',
      url: '/api/v1/sli-samples?service=payments-api',
      as: 'viewer',
    });
    const stored = (
      samples.json() as { samples: { timestamp: string; good: number; total: number }[] }
    ).samples;
    expect(stored).toHaveLength(13);
    expect(stored.at(-1)).toEqual({
      service: 'payments-api',
      timestamp: NOW,
      good: 29_970,
      total: 30_000,
    });

    const live = await runner();
    expect(live.sli).toMatchObject({ status: 'ok', backend: 'default', lastSampleAt: NOW });
    // A sample counts the step that ends at its timestamp, so the one at the very instant of the
    // answer is known then and counted: 13 × 30 errors against 0.05% of 13 × 30,000 events,
    // twice the allowance.
    expect(live.errorBudget).toMatchObject({
      status: 'depleted',
      remaining: -1,
      remainingEvents: -195,
    });

    const other = await runner('search-api');
    expect(other.sli.status).toBe('failing');
    expect(other.sli.message).toBe(
      `no data since ${NOW}: backend eu is not configured: start the server with --prometheus eu=URL (1 failed read in a row)`,
    );
    expect(other.errorBudget).toMatchObject({ status: 'no-data', remaining: null });

    // Five minutes later the next read starts two steps before where the last one ended.
    prometheus.requests.length = 0;
    t.setNow('2025-03-20T10:05:10.000Z');
    // The last two steps again (a late scrape replaces them) and the new one.
    expect(await pull()).toMatchObject({ samples: 4 });
    expect(prometheus.requests.map((r) => `${r.start}..${r.end}`)).toEqual([
      `${end - 600}..${end + 300}`,
      `${end - 600}..${end + 300}`,
    ]);
  });

  it('says "no data since" and invents no budget while the backend is down from the start', async () => {
    await start(`http://127.0.0.1:${await closedPort()}`);
    expect(await pull()).toMatchObject({ failed: 2, samples: 0 });
    const live = await runner();
    expect(live.errorBudget).toEqual(
      expect.objectContaining({ status: 'no-data', remaining: null, remainingEvents: null }),
    );
    expect(live.sli.status).toBe('failing');
    expect(live.sli.message).toMatch(
      new RegExp(
        `^no data since ${NOW.replace(/\./g, '\\.')}: backend default: errors query: cannot reach http://127\\.0\\.0\\.1:\\d+: ECONNREFUSED \\(1 failed read in a row\\)$`,
      ),
    );
  });

  it('keeps the budget of the samples it has, and says since when, when the backend fails after a good read', async () => {
    prometheus.setModes([], 'ok');
    prometheus.setRates({ payments_errors_total: 0, payments_requests_total: 100 });
    await start(prometheus.url);
    await pull();
    t.setNow('2025-03-20T10:30:00.000Z');
    const before = await runner();
    expect(before.errorBudget).toMatchObject({
      status: 'within',
      remaining: 1,
      remainingEvents: 195,
    });

    for (const [mode, error] of [
      ['unavailable', 'HTTP 503: too many queries'],
      ['malformed', 'HTTP 200 with an answer that is not JSON: "{\\"status\\": \\"succ"'],
      ['two-series', 'expected one series, found 2: aggregate it to one'],
      ['bad-query', 'HTTP 400: parse error at char 5'],
    ] as const) {
      prometheus.setModes([], mode);
      prometheus.requests.length = 0;
      expect(await pull()).toMatchObject({ samples: 0 });
      const live = await runner();
      expect(live.sli.status).toBe('failing');
      expect(live.sli.message).toContain(`no data since ${NOW}: backend default: `);
      expect(live.sli.message).toContain(error);
      // The budget is that of the samples stored: nothing filled in for the half hour since.
      expect(live.errorBudget).toEqual(before.errorBudget);
      // Errors that may pass are tried again (once here); a refused query or broken answer is not.
      const retried = mode === 'unavailable';
      expect(prometheus.requests.filter((r) => r.query.includes('errors')).length).toBe(
        retried ? 2 : 1,
      );
    }
  });

  it('gives up on a slow backend after its timeout and retries, without holding the server', async () => {
    prometheus.setModes([], 'slow');
    prometheus.requests.length = 0;
    await start(prometheus.url, { timeoutMs: durationMillis(300) });
    const began = Date.now();
    const round = await pull();
    expect(round).toMatchObject({ samples: 0 });
    // Two attempts of 300 ms each and one backoff, not the backend's 5 s.
    expect(Date.now() - began).toBeLessThan(4_000);
    expect(prometheus.requests.filter((r) => r.query.includes('errors'))).toHaveLength(2);
    const health = await t.call({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    const live = await runner();
    expect(live.sli.message).toContain('backend default: errors query: no answer within 300 ms');
  });

  it('counts no errors where the total has a point and the error counter does not exist yet', async () => {
    prometheus.setModes([], 'ok');
    // The 5xx series appears with the first error: before it, only requests are counted.
    prometheus.setRates({ payments_requests_total: 10 });
    await start(prometheus.url);
    expect(await pull()).toMatchObject({ samples: 13 });
    const live = await runner();
    expect(live.errorBudget).toMatchObject({ status: 'within', remaining: 1 });
  });

  it('reports a backend that answers no series as "no data since", not as an error', async () => {
    prometheus.setModes([], 'empty');
    await start(prometheus.url);
    expect(await pull()).toMatchObject({ samples: 0 });
    const live = await runner();
    expect(live.sli).toMatchObject({ status: 'no-data', lastSampleAt: null });
    expect(live.sli.message).toBe(
      `no data since ${NOW}: backend default answered ${NOW} without samples`,
    );
  });

  it('lists each service’s last read and error without the backend’s credentials', async () => {
    prometheus.setModes([], 'ok');
    prometheus.setRates({ payments_errors_total: 0, payments_requests_total: 1 });
    await start(prometheus.url);
    await pull();
    const response = await t.call({ method: 'GET', url: '/api/v1/sli-pulls', as: 'viewer' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('prom-secret');
    const body = response.json() as {
      pulling: boolean;
      pulls: { service: string; lastSuccessAt: string | null; lastError: string | null }[];
    };
    expect(body.pulling).toBe(true);
    expect(body.pulls.map((p) => [p.service, p.lastSuccessAt, p.lastError !== null])).toEqual([
      ['payments-api', NOW, false],
      ['search-api', null, true],
    ]);
  });
});

describe('a server without a backend', () => {
  it('takes pushed samples only, says so in the live state, and refuses to pull', async () => {
    t = await startTestApp({ now: NOW });
    await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'admin',
      payload: { message: 'm', sources: sources() },
    });
    const refused = await t.call({ method: 'POST', url: '/api/v1/sli-pulls/run', as: 'admin' });
    expect(refused.statusCode).toBe(400);
    const live = await runner();
    expect(live.sli).toMatchObject({ source: 'pushed', status: 'no-data' });
    expect(live.sli.message).toBe(
      'no data: no samples were pushed and the server pulls from no backend (--prometheus)',
    );
  });
});

/** A loopback port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}
