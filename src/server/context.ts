import type { Store } from '../store/index.ts';
import type { ServerConfig } from './config.ts';
import type { ModelCache } from './revisions/model-cache.ts';

/** What every plugin gets: the store, the models, the configuration and the clock. */
export interface ServerContext {
  readonly store: Store;
  readonly models: ModelCache;
  readonly config: ServerConfig;
  /** The current time; the engine never reads the clock itself. */
  readonly now: () => Date;
}
