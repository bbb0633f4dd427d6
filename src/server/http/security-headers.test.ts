import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { CONSOLE_CSP } from './security-headers.ts';

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('are on every answer, errors included, with the console’s content security policy', async () => {
    for (const response of [
      await t.call({ method: 'GET', url: '/healthz' }),
      await t.call({ method: 'GET', url: '/api/v1/revisions' }),
      await t.call({ method: 'GET', url: '/api/v1/nowhere', as: 'viewer' }),
    ]) {
      expect(response.statusCode).toBeOneOf([200, 401, 404]);
      expect(response.headers['content-security-policy']).toBe(CONSOLE_CSP);
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    }
    expect(CONSOLE_CSP).toContain("script-src 'self'");
    expect(CONSOLE_CSP).not.toContain('unsafe-inline');
    expect(CONSOLE_CSP).toContain("frame-ancestors 'none'");
  });

  it('keep a new token’s secret out of every cache', async () => {
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/tokens',
      as: 'admin',
      payload: { name: 'ci', role: 'viewer' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const listed = await t.call({ method: 'GET', url: '/api/v1/tokens', as: 'admin' });
    expect(listed.headers['cache-control']).toBe('no-store');
    // Public probes may be cached by nobody in particular: no policy is imposed on them.
    expect(
      (await t.call({ method: 'GET', url: '/healthz' })).headers['cache-control'],
    ).toBeUndefined();
  });

  it('give the API docs page Swagger UI’s own policy, usable on plain HTTP', async () => {
    const page = await t.call({ method: 'GET', url: '/api/docs/' });
    expect(page.statusCode).toBe(200);
    const policy = String(page.headers['content-security-policy']);
    expect(policy).not.toBe(CONSOLE_CSP);
    expect(policy).toContain("script-src-attr 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('upgrade-insecure-requests');
  });
});
