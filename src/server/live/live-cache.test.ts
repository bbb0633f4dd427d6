import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.ts';
import { serverModelSources } from '../../../test/support/server-model.ts';
import { startTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { untilVersionsSeen } from '../../../test/support/versions-seen.ts';
import {
  appendRunModelEvent,
  insertSliSamples,
  listTokens,
  openStore,
  revokeToken,
  type Store,
} from '../../store/index.ts';

const NOW = '2025-03-20T10:00:00.000Z';

/**
 * Lists the statements a store runs, by the kind of statement and the tables it names; a query
 * built once and run many times is listed each time it runs.
 */
class QueryCounter implements KyselyPlugin {
  readonly queries: string[] = [];
  readonly #described = new WeakMap<object, string>();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.#described.set(args.queryId, `${args.node.kind} ${tablesOf(args.node).join(',')}`);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.queries.push(this.#described.get(args.queryId) ?? 'unknown');
    return args.result;
  }
}

function tablesOf(node: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      if (object.kind === 'TableNode') {
        const table = object.table as { identifier?: { name?: string } };
        if (table.identifier?.name) found.add(table.identifier.name);
      }
      for (const child of Object.values(object)) visit(child);
    }
  };
  visit(node);
  return [...found].sort();
}

describe.each(eachDialect())('the runner answers from memory on $dialect', (engine) => {
  let t: TestApp;
  let other: Store | undefined;
  let counter: QueryCounter;
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());
  afterEach(async () => {
    await other?.close();
    other = undefined;
    await t.close();
  });

  async function start() {
    const store = await engine.open();
    counter = new QueryCounter();
    t = await startTestApp({
      now: NOW,
      store: {
        ...store,
        db: store.db.withPlugin(counter),
        versions: () => {
          counter.queries.push('versions');
          return store.versions();
        },
      },
    });
    const pushed = await t.call({
      method: 'POST',
      url: '/api/v1/revisions',
      as: 'admin',
      payload: { message: 'model', sources: serverModelSources() },
    });
    expect(pushed.statusCode, pushed.body).toBe(201);
    // A second server on the same database: what it stores, this one must see.
    other = await openStore(engine.lastOptions());
    return other;
  }

  async function runner(service: string) {
    const response = await t.call({
      method: 'GET',
      url: `/api/v1/services/${service}/runner`,
      as: 'viewer',
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  it('reads only the store versions once it has answered', async () => {
    await start();
    await runner('payments-api');
    counter.queries.length = 0;
    await runner('payments-api');
    // The token verified by the first request is kept under the tokens' version read here.
    expect(counter.queries).toEqual(['versions']);
  });

  it('refuses a token from the first request after another server revoked it', async () => {
    const second = await start();
    await runner('payments-api');
    const viewer = (await listTokens({ db: second.db })).find((k) => k.role === 'viewer');
    if (!viewer) throw new Error('the test app made no viewer token');
    expect(
      await revokeToken({ db: second.db, id: viewer.id, at: '2025-03-20T10:00:00.000Z' }),
    ).toBe(true);
    const refused = await t.call({
      method: 'GET',
      url: '/api/v1/services/payments-api/runner',
      as: 'viewer',
    });
    expect(refused.statusCode, refused.body).toBe(401);
    // Other tokens, verified again under the new version, still work.
    const admin = await t.call({ method: 'GET', url: '/api/v1/services', as: 'admin' });
    expect(admin.statusCode, admin.body).toBe(200);
  });

  it('sees what another server stored, at once on SQLite and once told on PostgreSQL', async () => {
    const second = await start();
    const before = await runner('payments-api');
    expect(before.currentRunModel).toBe('sre-runs-it');
    expect(before.sli.lastSampleAt).toBeNull();
    expect(before.errorBudget.status).toBe('no-data');

    await second.db.transaction().execute((tx) =>
      insertSliSamples({
        db: tx,
        samples: [
          {
            service: 'payments-api',
            timestamp: '2025-03-20T09:00:00.000Z',
            good: 900,
            total: 1000,
          },
        ],
      }),
    );
    await untilVersionsSeen([t.context.store]);
    const sampled = await runner('payments-api');
    expect(sampled.sli.lastSampleAt).toBe('2025-03-20T09:00:00.000Z');
    expect(sampled.errorBudget.status).toBe('depleted');

    await appendRunModelEvent({
      db: second.db,
      after: 0,
      event: {
        service: 'payments-api',
        from: 'sre-runs-it',
        to: 'you-run-it',
        reason: 'handed back by the other server',
        at: '2025-03-20T09:30:00.000Z',
        revisionId: 1,
      },
    });
    await untilVersionsSeen([t.context.store]);
    const handedBack = await runner('payments-api');
    expect(handedBack.currentRunModel).toBe('you-run-it');
    expect(handedBack.since).toEqual({
      at: '2025-03-20T09:30:00.000Z',
      reason: 'handed back by the other server',
    });
  });
});
