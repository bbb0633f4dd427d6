import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../../src/server/auth/create-token.ts';
import { type Role, revokeToken } from '../../src/store/index.ts';
import { eachDialect } from '../support/each-dialect.ts';
import { serverModelSources } from '../support/server-model.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

/** One operation of the OpenAPI document, with the roles its bearer requirement admits. */
interface Operation {
  readonly method: string;
  readonly path: string;
  readonly url: string;
  /** undefined: public. */
  readonly roles: readonly string[] | undefined;
}

/** Values of the right shape for path parameters, so only authorization decides the answer. */
function urlOf(path: string): string {
  return path
    .replace('{id}', path.includes('tokens') ? '0123456789ab' : '1')
    .replace('{name}', 'checkout-api')
    .replace('{file}', 'nope.ics')
    .replace(/\{[^}]+\}/g, '1');
}

const ROLES: readonly Role[] = ['viewer', 'editor', 'admin', 'ingest'];

const urls = new WeakMap<TestApp, string>();

/** The app on a loopback port, started once. */
async function listening(app: TestApp): Promise<string> {
  let url = urls.get(app);
  if (!url) {
    url = await app.app.listen({ host: '127.0.0.1', port: 0 });
    urls.set(app, url);
  }
  return url;
}

/**
 * Every route of the OpenAPI document × every identity a caller can have: a role token must be
 * answered as the document says (allowed: never 401/403; not allowed: 403), every other
 * identity 401 on a secured route, and nobody ever a 5xx.
 */
describe.each(eachDialect())('authorization matrix on $dialect', (engine) => {
  let t: TestApp;
  let anonymousRead: TestApp;
  let operations: Operation[] = [];
  const secrets: Record<string, string | undefined> = {};
  beforeAll(async () => {
    await engine.setup();
    const config = { rateLimitPerMinute: 1_000_000 };
    t = await startTestApp({ store: await engine.open(), config });
    anonymousRead = await startTestApp({
      store: await engine.open(),
      config: { ...config, anonymousRead: true },
    });
    for (const app of [t, anonymousRead]) {
      const pushed = await app.call({
        method: 'POST',
        url: '/api/v1/revisions',
        as: 'editor',
        payload: { message: 'model', sources: serverModelSources() },
      });
      expect(pushed.statusCode, pushed.body).toBe(201);
    }
    const now = new Date('2025-03-03T10:00:00.000Z');
    const db = t.store.db;
    const revoked = await createToken({ db, name: 'revoked', role: 'admin', now });
    await revokeToken({ db, id: revoked.record.id, at: now.toISOString() });
    const expired = await createToken({
      db,
      name: 'expired',
      role: 'admin',
      now: new Date('2025-01-01T00:00:00.000Z'),
      expiresAt: new Date('2025-02-01T00:00:00.000Z'),
    });
    Object.assign(secrets, {
      'no token': undefined,
      'not a bearer header': 'Basic YWRtaW46YWRtaW4=',
      'unknown token': 'Bearer wri_000000000000_0000000000000000000000000000000000000000000',
      'revoked admin token': `Bearer ${revoked.token}`,
      'expired admin token': `Bearer ${expired.token}`,
    });
    const document = (await t.call({ method: 'GET', url: '/api/docs/json' })).json() as {
      paths: Record<string, Record<string, { security?: { bearer?: string[] }[] }>>;
    };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        url: urlOf(path),
        roles: operation.security?.[0]?.bearer,
      })),
    );
  }, 180_000);
  afterAll(async () => {
    await t?.close();
    await anonymousRead?.close();
    await engine.teardown();
  }, 60_000);

  it('answers every route as its OpenAPI document says, for every identity', async () => {
    expect(operations.length).toBeGreaterThan(40);
    // Every write route names who may call it; none is open to readers.
    for (const op of operations.filter((o) => o.method !== 'GET')) {
      expect(op.roles, `${op.method} ${op.path}`).toBeDefined();
      expect(op.roles, `${op.method} ${op.path}`).not.toContain('viewer');
    }
    const wrong: string[] = [];
    let calls = 0;
    /** Over a real socket: the console's event stream answers its headers and then stays open. */
    const call = async (app: TestApp, op: Operation, authorization: string | undefined) => {
      calls += 1;
      const base = await listening(app);
      const response = await fetch(`${base}${op.url}`, {
        method: op.method,
        headers: authorization ? { authorization } : {},
      });
      const streamed = response.headers.get('content-type')?.startsWith('text/event-stream');
      const body = streamed ? '' : await response.text();
      if (streamed) await response.body?.cancel();
      return { status: response.status, body };
    };
    const check = async (
      app: TestApp,
      op: Operation,
      identity: string,
      authorization: string | undefined,
      allowed: boolean,
    ) => {
      const { status, body } = await call(app, op, authorization);
      const denied = status === 401 || status === 403;
      // A role the route does not admit: 403; without a usable token the caller is nobody: 401.
      const refusal = ROLES.includes(identity as Role) ? 403 : 401;
      const expected = allowed ? !denied : status === refusal;
      if (!expected || status >= 500) {
        wrong.push(`${op.method} ${op.path} as ${identity}: ${status} ${body.slice(0, 120)}`);
      }
    };
    for (const op of operations) {
      for (const role of ROLES) {
        const allowed = op.roles === undefined || op.roles.includes(role);
        await check(t, op, role, `Bearer ${t.tokens[role]}`, allowed);
      }
      for (const [identity, authorization] of Object.entries(secrets)) {
        await check(t, op, identity, authorization, op.roles === undefined);
      }
      // With anonymous read on, a caller without a token may read what viewers may read.
      await check(
        anonymousRead,
        op,
        'no token (anonymous read on)',
        undefined,
        op.roles === undefined || (op.method === 'GET' && op.roles.includes('viewer')),
      );
    }
    const identities = ROLES.length + Object.keys(secrets).length + 1;
    console.log(
      `authorization matrix (${engine.dialect}): ${operations.length} routes × ${identities} identities = ${calls} calls, ${wrong.length} wrong`,
    );
    expect(wrong).toEqual([]);
  }, 300_000);
});
