import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
});
afterEach(() => t.close());

describe('tokens', () => {
  it('creates a token that works at once and is shown only in the answer', async () => {
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/tokens',
      as: 'admin',
      payload: { name: 'alertmanager', role: 'ingest' },
    });
    expect(created.statusCode).toBe(201);
    const { token, record } = created.json();
    expect(token).toMatch(/^wri_[0-9a-f]{12}_/);
    expect(record).toMatchObject({ name: 'alertmanager', role: 'ingest', revokedAt: null });
    const listed = await t.call({ method: 'GET', url: '/api/v1/tokens', as: 'admin' });
    expect(listed.body).not.toContain(token);
    expect(listed.json().tokens.map((x: { name: string }) => x.name)).toContain('alertmanager');
  });

  it('stops accepting a token as soon as it is revoked', async () => {
    const { token, record } = (
      await t.call({
        method: 'POST',
        url: '/api/v1/tokens',
        as: 'admin',
        payload: { name: 'temp', role: 'viewer' },
      })
    ).json();
    const headers = { authorization: `Bearer ${token}` };
    expect((await t.call({ method: 'GET', url: '/api/v1/revisions', headers })).statusCode).toBe(
      200,
    );
    const revoked = await t.call({
      method: 'DELETE',
      url: `/api/v1/tokens/${record.id}`,
      as: 'admin',
    });
    expect(revoked.json()).toEqual({ revoked: true });
    expect((await t.call({ method: 'GET', url: '/api/v1/revisions', headers })).statusCode).toBe(
      401,
    );
  });

  it('answers 400 for an unknown role, 404 for an unknown token, 401 and 403 to non-admins', async () => {
    const badRole = await t.call({
      method: 'POST',
      url: '/api/v1/tokens',
      as: 'admin',
      payload: { name: 'x', role: 'root' },
    });
    expect(badRole.statusCode).toBe(400);
    expect(errorOf(badRole).details).toMatchObject({ issues: [{ in: 'body', path: 'role' }] });
    const missing = await t.call({
      method: 'DELETE',
      url: '/api/v1/tokens/0123456789ab',
      as: 'admin',
    });
    expect(missing.statusCode).toBe(404);
    expect((await t.call({ method: 'GET', url: '/api/v1/tokens' })).statusCode).toBe(401);
    expect((await t.call({ method: 'GET', url: '/api/v1/tokens', as: 'editor' })).statusCode).toBe(
      403,
    );
  });

  it('answers 401 to a malformed Authorization header', async () => {
    const response = await t.call({
      method: 'GET',
      url: '/api/v1/tokens',
      headers: { authorization: 'Basic YWRtaW46YWRtaW4=' },
    });
    expect(response.statusCode).toBe(401);
    expect(errorOf(response).code).toBe('unauthorized');
  });
});
