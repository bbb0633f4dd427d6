import { getStoreVersions, type Store, type StoreVersions } from '../../src/store/index.ts';

/**
 * Waits until each store's versions (`Store.versions`, what its server answers by) count every
 * change committed so far. A server counts another process's change on PostgreSQL once the
 * notification of it arrived (milliseconds), on SQLite once it reads the versions again; on
 * both at the latest `VERSIONS_BOUND_MS` after the commit. Fails after `ms`.
 */
export async function untilVersionsSeen(stores: readonly Store[], ms = 10_000): Promise<void> {
  const same = (a: StoreVersions, b: StoreVersions) =>
    a.revision === b.revision && a.live === b.live && a.tokens === b.tokens;
  for (const store of stores) {
    const committed = await getStoreVersions({ db: store.db });
    const deadline = Date.now() + ms;
    while (!same(await store.versions(), committed)) {
      if (Date.now() > deadline) {
        throw new Error(`the store's versions did not reach ${JSON.stringify(committed)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}
