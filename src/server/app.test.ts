import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverModelSources } from '../../test/support/server-model.ts';
import { errorOf, startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { durationMillis } from '../model/index.ts';
import { ERROR_STATUS } from './errors/error-codes.ts';

let t: TestApp;
let routes: { method: string; url: string; secured: boolean }[] = [];
beforeAll(async () => {
  t = await startTestApp();
  await t.call({
    method: 'POST',
    url: '/api/v1/revisions',
    as: 'editor',
    payload: { sources: serverModelSources() },
  });
  const document = (await t.call({ method: 'GET', url: '/api/docs/json' })).json() as {
    paths: Record<string, Record<string, { security?: unknown[] }>>;
  };
  routes = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      // Path parameters get a value of the right shape, so only authentication can fail.
      url: path
        .replace('{id}', path.includes('tokens') ? '0123456789ab' : '1')
        .replace('{name}', 'checkout-api'),
      secured: (operation.security?.length ?? 0) > 0,
    })),
  );
});
afterAll(() => t.close());

describe('every route', () => {
  it('is in the OpenAPI document, and only health, readiness, metrics and calendar feeds (their token is in the URL) are open', () => {
    expect(routes.length).toBeGreaterThan(25);
    expect(
      routes
        .filter((r) => !r.secured)
        .map((r) => r.url)
        .sort(),
    ).toEqual(['/calendar/{file}', '/healthz', '/metrics', '/readyz']);
  });

  it('answers 401 in the error shape without a token', async () => {
    for (const route of routes.filter((r) => r.secured)) {
      const response = await t.call({ method: route.method as 'GET', url: route.url });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(errorOf(response).code).toBe('unauthorized');
    }
  });

  it('answers 403 to a token of a role that may not call it', async () => {
    for (const route of routes.filter((r) => r.secured)) {
      // Ingest tokens read nothing; viewers write nothing.
      const as = route.method === 'GET' ? 'ingest' : 'viewer';
      const response = await t.call({ method: route.method as 'GET', url: route.url, as });
      expect(response.statusCode, `${route.method} ${route.url} as ${as}`).toBe(403);
      expect(errorOf(response).code).toBe('forbidden');
    }
  });

  it('answers 400 with where and what for bad input', async () => {
    const cases: [string, string, 'viewer' | 'admin' | 'ingest' | 'editor', object?][] = [
      ['GET', '/api/v1/revisions/abc', 'viewer'],
      ['GET', '/api/v1/alerts?limit=5000', 'viewer'],
      ['GET', '/api/v1/sli-samples?from=yesterday', 'viewer'],
      ['GET', '/api/v1/incidents?from=2025-13-01', 'viewer'],
      ['GET', '/api/v1/run-model-events?limit=0', 'viewer'],
      ['GET', '/api/v1/services?revision=-1', 'viewer'],
      ['DELETE', '/api/v1/tokens/not-a-token', 'admin'],
      ['POST', '/api/v1/tokens', 'admin', { name: '', role: 'viewer' }],
      ['POST', '/api/v1/incidents', 'ingest', { incidents: [{ id: 'x' }] }],
    ];
    for (const [method, url, as, payload] of cases) {
      const response = await t.call({
        method: method as 'GET',
        url,
        as,
        ...(payload ? { payload } : {}),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(400);
      const error = errorOf(response);
      expect(error.code).toBe('bad-request');
      expect((error.details as { issues: { in: string }[] }).issues[0]?.in).toMatch(
        /^(params|query|body)$/,
      );
    }
  });

  it('answers 400 in the error shape for a malformed URL or an over-long path parameter', async () => {
    for (const url of [
      '/api/v1/services/%E0%A4%A/runner',
      `/api/v1/services/${'x'.repeat(201)}/runner`,
    ]) {
      const response = await t.call({ method: 'GET', url, as: 'viewer' });
      expect(response.statusCode, url).toBe(400);
      expect(errorOf(response).code).toBe('bad-request');
    }
  });

  it('reads one revision with its documents and ETag', async () => {
    const response = await t.call({ method: 'GET', url: '/api/v1/revisions/1', as: 'viewer' });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json().revision.sources).toEqual(serverModelSources());
  });

  it('maps every error code to one HTTP status in one table', () => {
    for (const [code, status] of Object.entries(ERROR_STATUS)) {
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
    }
  });
});

describe('hostile bodies', () => {
  it('never answer 5xx, whatever JSON arrives on a write route', async () => {
    const writes = [
      '/api/v1/alerts/alertmanager',
      '/api/v1/sli-samples',
      '/api/v1/incidents',
      '/api/v1/revisions',
      '/api/v1/tokens',
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...writes), fc.jsonValue(), async (url, body) => {
        const response = await t.call({
          method: 'POST',
          url,
          as: 'admin',
          headers: { 'content-type': 'application/json' },
          payload: JSON.stringify(body),
        });
        expect(response.statusCode, `${url} ${JSON.stringify(body)}`).toBeLessThan(500);
        if (response.statusCode >= 400) errorOf(response);
      }),
      { numRuns: 150 },
    );
  });
});

describe('request timeouts', () => {
  it('answers 503 timeout when a handler takes longer than the limit', async () => {
    const slow = await startTestApp({ config: { requestTimeoutMs: durationMillis(50) } });
    try {
      slow.app.get('/slow', { config: { access: 'public' } }, async () => {
        await new Promise((r) => setTimeout(r, 200));
        return { late: true };
      });
      const response = await slow.call({ method: 'GET', url: '/slow' });
      expect(response.statusCode).toBe(503);
      expect(errorOf(response).code).toBe('timeout');
    } finally {
      await slow.close();
    }
  });
});
