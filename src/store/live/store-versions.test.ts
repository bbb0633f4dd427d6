import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.ts';
import {
  openStore,
  raiseLiveVersion,
  type Store,
  type StoreVersions,
  VERSIONS_BOUND_MS,
} from '../index.ts';

describe.each(eachDialect())('the store versions (Store.versions) on $dialect', (engine) => {
  const opened: Store[] = [];
  beforeAll(() => engine.setup(), 120_000);
  afterAll(() => engine.teardown(), 60_000);
  afterEach(async () => {
    for (const store of opened.splice(0).reverse()) await store.close();
  });
  const open = async (again = false) => {
    const store = again ? await openStore(engine.lastOptions()) : await engine.open();
    opened.push(store);
    return store;
  };

  it('count a change of this store from its commit on, never before, nor one rolled back', async () => {
    const store = await open();
    const before = await store.versions();
    // Read while a transaction of the same store has raised the version but not committed.
    let committed = false;
    let during: Promise<{ versions: StoreVersions; afterCommit: boolean }> | undefined;
    await store.db.transaction().execute(async (tx) => {
      await raiseLiveVersion({ db: tx });
      during = store.versions().then((versions) => ({ versions, afterCommit: committed }));
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
    committed = true;
    const seen = await during;
    if (!seen) throw new Error('no read during the transaction');
    // Answered before the commit: the old version; after it: the new one.
    expect(seen.versions.live).toBe(seen.afterCommit ? before.live + 1 : before.live);
    expect((await store.versions()).live).toBe(before.live + 1);

    await expect(
      store.db.transaction().execute(async (tx) => {
        await raiseLiveVersion({ db: tx });
        const inside = store.versions();
        throw Object.assign(new Error('rolled back'), { inside });
      }),
    ).rejects.toThrow('rolled back');
    expect((await store.versions()).live).toBe(before.live + 1);
  });

  it("count another connection's commit at the latest VERSIONS_BOUND_MS after it", async () => {
    const store = await open();
    const other = await open(true);
    const before = await store.versions();
    await raiseLiveVersion({ db: other.db });
    await new Promise((resolve) => setTimeout(resolve, VERSIONS_BOUND_MS));
    expect(await store.versions()).toEqual({ ...before, live: before.live + 1 });
  });
});
