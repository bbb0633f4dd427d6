import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

  it('stops accepting a token once it expires, and says when each was last used', async () => {
    // The test clock is 2025-03-03T10:00:00Z.
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/tokens',
      as: 'admin',
      payload: { name: 'contractor', role: 'viewer', expiresAt: '2025-03-03T12:00:00+01:00' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { token, record } = created.json();
    expect(record).toMatchObject({ expiresAt: '2025-03-03T11:00:00.000Z', lastUsedAt: null });
    const headers = { authorization: `Bearer ${token}` };
    const read = () => t.call({ method: 'GET', url: '/api/v1/revisions', headers });
    expect((await read()).statusCode).toBe(200);
    const listed = async () =>
      (await t.call({ method: 'GET', url: '/api/v1/tokens', as: 'admin' }))
        .json()
        .tokens.find((x: { id: string }) => x.id === record.id);
    await vi.waitFor(async () =>
      expect((await listed()).lastUsedAt).toBe('2025-03-03T10:00:00.000Z'),
    );

    t.setNow('2025-03-03T11:00:00.000Z');
    const expired = await read();
    expect(expired.statusCode).toBe(401);
    expect(errorOf(expired).message).toMatch(/expired at 2025-03-03T11:00:00.000Z/);
    // The expiry is audited with the token's creation.
    const audit = await t.call({
      method: 'GET',
      url: '/api/v1/audit?action=token.created',
      as: 'admin',
    });
    expect(JSON.stringify(audit.json())).toContain('2025-03-03T11:00:00.000Z');

    for (const expiresAt of ['2025-03-03T09:00:00Z', '2026-02-30', 'tomorrow']) {
      const bad = await t.call({
        method: 'POST',
        url: '/api/v1/tokens',
        as: 'admin',
        payload: { name: 'x', role: 'viewer', expiresAt },
      });
      expect(bad.statusCode, expiresAt).toBe(400);
      expect(errorOf(bad).details).toMatchObject({ issues: [{ in: 'body', path: 'expiresAt' }] });
    }
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
