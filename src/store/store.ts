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
   * The store's versions as of the call (`getStoreVersions`, kept in memory where the engine
   * allows): every change this process committed before it is counted, and every change of
   * another process committed `VERSIONS_BOUND_MS` before it.
   */
  readonly versions: () => Promise<StoreVersions>;
  readonly close: () => Promise<void>;
}
