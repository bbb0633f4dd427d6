import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.ts';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { errorOf, startTestApp, type TestApp } from '../../../test/support/test-app.ts';

interface Entry {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  details: Record<string, unknown>;
}

describe.each(eachDialect())('the audit log on $dialect', (engine) => {
  let t: TestApp;
  beforeAll(() => engine.setup(), 120_000);
  afterAll(() => engine.teardown());
  beforeEach(async () => {
    t = await startTestApp({ store: await engine.open() });
    const pushed = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'editor',
      payload: { message: 'first model', sources: serverModelSources() },
    });
    expect(pushed.statusCode).toBe(201);
  });
  afterEach(() => t.close());

  const audit = async (query = '') => {
    const response = await t.call({ method: 'GET', url: `/api/v1/audit${query}`, as: 'admin' });
    expect(response.statusCode).toBe(200);
    return response.json() as { events: Entry[]; nextCursor: string | null };
  };
  const tokenIdOf = async (role: string) => {
    const tokens = (await t.call({ method: 'GET', url: '/api/v1/tokens', as: 'admin' })).json() as {
      tokens: { id: string; name: string }[];
    };
    return tokens.tokens.find((k) => k.name === `${role}-token`)?.id;
  };

  it('records gate overrides made and revoked, with who, when and why (§12.5)', async () => {
    t.setNow('2025-03-03T11:00:00.000Z');
    const made = await t.call({
      method: 'POST',
      url: '/api/v1/services/checkout-api/gate/overrides',
      as: 'editor',
      payload: { decision: 'allowed', reason: 'hotfix for the login outage', author: 'ana' },
    });
    expect(made.statusCode).toBe(201);
    const id = (made.json() as { override: { id: number } }).override.id;
    const editor = await tokenIdOf('editor');

    const created = (await audit('?action=gate.override.created')).events;
    expect(created).toEqual([
      {
        id: expect.any(Number),
        at: '2025-03-03T11:00:00.000Z',
        actor: `token:${editor} (editor-token)`,
        action: 'gate.override.created',
        target: 'service/checkout-api',
        details: {
          override: id,
          decision: 'allowed',
          reason: 'hotfix for the login outage',
          author: 'editor-token (ana)',
          expiresAt: '2025-03-04T11:00:00.000Z',
        },
      },
    ]);

    t.setNow('2025-03-03T12:00:00.000Z');
    const url = `/api/v1/services/checkout-api/gate/overrides/${id}`;
    expect((await t.call({ method: 'DELETE', url, as: 'admin' })).statusCode).toBe(200);
    // Revoking again changes nothing, so it records nothing.
    expect((await t.call({ method: 'DELETE', url, as: 'admin' })).statusCode).toBe(200);
    const revoked = (await audit('?action=gate.override.revoked')).events;
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toMatchObject({
      at: '2025-03-03T12:00:00.000Z',
      actor: `token:${await tokenIdOf('admin')} (admin-token)`,
      target: 'service/checkout-api',
      details: { override: id, decision: 'allowed' },
    });
  });

  it('stores no override when its audit entry cannot be written: one transaction', async () => {
    await sql`drop table audit_events`.execute(t.store.db);
    const made = await t.call({
      method: 'POST',
      url: '/api/v1/services/checkout-api/gate/overrides',
      as: 'editor',
      payload: { decision: 'frozen', reason: 'release train paused' },
    });
    expect(made.statusCode).toBeGreaterThanOrEqual(500);
    const overrides = await t.call({
      method: 'GET',
      url: '/api/v1/services/checkout-api/gate/overrides',
      as: 'viewer',
    });
    expect(overrides.json()).toEqual({ overrides: [] });
  });

  it('records revisions and token changes, newest first, in pages', async () => {
    const created = await t.call({
      method: 'POST',
      url: '/api/v1/tokens',
      as: 'admin',
      payload: { name: 'alertmanager', role: 'ingest' },
    });
    const tokenId = (created.json() as { record: { id: string } }).record.id;
    await t.call({ method: 'DELETE', url: `/api/v1/tokens/${tokenId}`, as: 'admin' });

    const all = await audit();
    expect(all.events.map((e) => [e.action, e.target])).toEqual([
      ['token.revoked', `token/${tokenId}`],
      ['token.created', `token/${tokenId}`],
      ['revision.created', 'revision/1'],
    ]);
    expect(all.events[1]?.details).toEqual({ name: 'alertmanager', role: 'ingest' });
    // The secret is never in the log.
    expect(JSON.stringify(all.events)).not.toContain((created.json() as { token: string }).token);
    expect(all.events[2]?.details).toMatchObject({ message: 'first model' });

    const first = await audit('?limit=2');
    expect(first.events).toHaveLength(2);
    // Opaque, like every other list's cursor.
    expect(first.nextCursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(first.nextCursor).not.toMatch(/^[0-9]+$/);
    const second = await audit(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.events.map((e) => e.action)).toEqual(['revision.created']);
    expect(second.nextCursor).toBeNull();
    // The id a client kept from when the cursor was the number itself still pages on.
    const legacy = await audit(`?limit=2&cursor=${first.events[1]?.id}`);
    expect(legacy.events).toEqual(second.events);
  });

  it('is for admins only and refuses an unknown action', async () => {
    for (const role of ['viewer', 'editor', 'ingest'] as const) {
      const response = await t.call({ method: 'GET', url: '/api/v1/audit', as: role });
      expect(errorOf(response).code).toBe('forbidden');
    }
    const bad = await t.call({ method: 'GET', url: '/api/v1/audit?action=nope', as: 'admin' });
    expect(bad.statusCode).toBe(400);
  });
});
