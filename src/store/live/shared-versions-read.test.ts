import type { KyselyPlugin, QueryId } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.ts';
import { insertToken, openStore, revokeToken, type Store } from '../index.ts';
import { createSharedVersionsRead } from './shared-versions-read.ts';

/** Counts the reads of the versions, and holds their results while `holding`. */
function watchVersionReads(store: Store) {
  const reads = new WeakSet<QueryId>();
  let count = 0;
  let holding = false;
  const held: (() => void)[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: ({ node, queryId }) => {
      if (JSON.stringify(node).includes('"live_version"')) reads.add(queryId);
      return node;
    },
    transformResult: async ({ queryId, result }) => {
      if (!reads.has(queryId)) return result;
      count += 1;
      if (holding) await new Promise<void>((resolve) => held.push(resolve));
      return result;
    },
  };
  return {
    db: store.db.withPlugin(plugin),
    count: () => count,
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const resolve of held.splice(0)) resolve();
    },
  };
}

describe.each(eachDialect())('the store versions shared by requests, on $dialect', (engine) => {
  let store: Store;
  let other: Store | undefined;
  beforeAll(() => engine.setup(), 120_000);
  afterAll(() => engine.teardown(), 60_000);
  afterEach(async () => {
    await other?.close();
    other = undefined;
    await store.close();
  });

  it('share one read among requests that arrive together', async () => {
    store = await engine.open();
    const watched = watchVersionReads(store);
    const read = createSharedVersionsRead(watched.db);
    const all = await Promise.all(Array.from({ length: 20 }, () => read()));
    expect(new Set(all.map((v) => JSON.stringify(v))).size).toBe(1);
    // The first request's read, and one after it for the nineteen that found it running.
    expect(watched.count()).toBe(2);
  });

  it('never answer a request with versions read before it arrived: a token revoked meanwhile is seen', async () => {
    store = await engine.open();
    const now = new Date('2025-03-03T10:00:00Z');
    const record = await insertToken({
      db: store.db,
      token: {
        id: 'tok_ci',
        name: 'ci',
        role: 'viewer',
        createdAt: now.toISOString(),
        expiresAt: null,
      },
      secretHash: 'h1',
    });
    const watched = watchVersionReads(store);
    const read = createSharedVersionsRead(watched.db);

    // A read is running (held after it read the store) when another server revokes a token.
    watched.hold();
    const early = read();
    while (watched.count() < 1) await new Promise((r) => setTimeout(r, 5));
    other = await openStore(engine.lastOptions());
    await revokeToken({ db: other.db, id: record.id, at: now.toISOString() });
    // A request arriving now must see the revocation, though a read is still running.
    const late = read();
    watched.release();
    const [before, after] = await Promise.all([early, late]);
    expect(after.tokens).toBeGreaterThan(before.tokens);
    expect(watched.count()).toBe(2);
  });
});
