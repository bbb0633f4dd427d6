import type { StoreDb } from './database.ts';
import type { Dialect } from './dialect.ts';
import type { StoreVersions } from './live/get-store-versions.ts';

/** An open, migrated database. Operations take `store.db` (or a transaction of it). */
export interface Store {
  readonly db: StoreDb;
  readonly dialect: Dialect;
  /** Where the data lives, without credentials: for logs and the readiness endpoint. */
  readonly location: string;
  /**
   * The store's versions as of the call: every change committed before it, by this process or
   * another one, is counted (`getStoreVersions`, read in the cheapest way the engine allows).
   */
  readonly versions: () => Promise<StoreVersions>;
  readonly close: () => Promise<void>;
}
