import type { StoreDb } from './database.ts';
import type { Dialect } from './dialect.ts';

/** An open, migrated database. Operations take `store.db` (or a transaction of it). */
export interface Store {
  readonly db: StoreDb;
  readonly dialect: Dialect;
  /** Where the data lives, without credentials: for logs and the readiness endpoint. */
  readonly location: string;
  readonly close: () => Promise<void>;
}
