import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

describe('health, readiness, docs and limits', () => {
  it('answers liveness and readiness without a token', async () => {
    expect((await t.call({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await t.call({ method: 'GET', url: '/readyz' })).json()).toEqual({
      status: 'ready',
      database: 'sqlite',
      revision: null,
      latestRevision: null,
      pendingAlerts: 0,
      problems: [],
    });
  });

  it('is not ready once the database is gone', async () => {
    await t.store.close();
    const response = await t.call({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(errorOf(response).code).toBe('database-unavailable');
  });

  it('answers 404 in the error shape for an unknown route', async () => {
    const response = await t.call({ method: 'GET', url: '/api/v1/nothing-here', as: 'viewer' });
    expect(response.statusCode).toBe(404);
    expect(errorOf(response).code).toBe('not-found');
  });

  it('publishes an OpenAPI document generated from the route schemas', async () => {
    const response = await t.call({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe('3.1.0');
    const upload = document.paths['/api/v1/revisions'].post;
    expect(upload.requestBody.content['application/json'].schema.required).toContain('sources');
    expect(upload.security).toEqual([{ bearer: ['editor', 'admin'] }]);
    expect(document.paths['/api/v1/revisions/{id}'].get.parameters[0].name).toBe('id');
    const ui = await t.call({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('answers 429 in the error shape once a client exceeds its rate', async () => {
    const limited = await startTestApp({ config: { rateLimitPerMinute: 2 } });
    try {
      const get = () => limited.call({ method: 'GET', url: '/api/v1/revisions', as: 'viewer' });
      await get();
      await get();
      const third = await get();
      expect(third.statusCode).toBe(429);
      expect(errorOf(third).code).toBe('rate-limited');
      // Another token is another client; probes are never limited.
      expect(
        (await limited.call({ method: 'GET', url: '/api/v1/revisions', as: 'editor' })).statusCode,
      ).toBe(200);
      for (let i = 0; i < 3; i += 1) {
        expect((await limited.call({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      }
    } finally {
      await limited.close();
    }
  });

  it('answers 415 for a body type the route does not take', async () => {
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/tokens',
      as: 'admin',
      headers: { 'content-type': 'text/csv' },
      payload: 'a,b',
    });
    expect(response.statusCode).toBe(415);
    expect(errorOf(response).code).toBe('unsupported-media-type');
  });

  it('answers 413 for a body above the server limit', async () => {
    const response = await t.call({
      method: 'POST',
      url: '/api/v1/tokens',
      as: 'admin',
      payload: { name: 'x'.repeat(2 * 1024 * 1024), role: 'viewer' },
    });
    expect(response.statusCode).toBe(413);
  });
});
