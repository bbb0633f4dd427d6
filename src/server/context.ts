import type { FastifyBaseLogger } from 'fastify';
import type { Store, StoreVersions } from '../store/index.ts';
import type { AlertGroupCommit } from './alerts/alert-group-commit.ts';
import type { RouteRetrier } from './alerts/route-retrier.ts';
import type { ServerConfig } from './config.ts';
import type { ChangeFeed } from './console/change-feed.ts';
import type { StoreHealth } from './health/store-health.ts';
import type { HandoverRunner } from './live/handover-runner.ts';
import type { LiveCache } from './live/live-cache.ts';
import type { OnCallAt } from './live/on-call-now.ts';
import type { ServerMetrics } from './metrics/server-metrics.ts';
import type { ModelParsers } from './parsing/model-parsers.ts';
import type { SliPuller } from './prometheus/sli-puller.ts';
import type { RetentionSweeper } from './retention/retention-sweeper.ts';
import type { ModelCache, RevisionModel } from './revisions/model-cache.ts';
import type { WebhookDispatcher } from './webhooks/webhook-dispatcher.ts';

/** What every plugin gets: the store, the models, the configuration and the clock. */
export interface ServerContext {
  readonly store: Store;
  readonly models: ModelCache;
  /** What requests derive from the live state, kept while the store's versions stay the same. */
  readonly live: LiveCache;
  /** The threads that read uploaded and stored models, within the parse limits. */
  readonly parsers: ModelParsers;
  readonly config: ServerConfig;
  /** The current time; the engine never reads the clock itself. */
  readonly now: () => Date;
  /**
   * Who is on call on each rotation of a revision at an instant (the schedule engine, with the
   * on-call overrides in force); pass the store's versions when already read.
   */
  readonly onCallAt: (
    revision: RevisionModel,
    at: Date,
    versions?: StoreVersions,
  ) => Promise<OnCallAt>;
  readonly webhooks: WebhookDispatcher;
  readonly handovers: HandoverRunner;
  /** Reads SLIs from Prometheus on a schedule; absent when no backend is configured. */
  readonly sliPuller?: SliPuller | undefined;
  /** The server's own metrics (`GET /metrics`). */
  readonly metrics: ServerMetrics;
  /** Tells the console's event streams that live data or the model changed. */
  readonly changes: ChangeFeed;
  /** Stores received alerts, the calls that arrive together in one durable transaction. */
  readonly intake: AlertGroupCommit;
  /** Retries the routing of alerts stored while it could not be decided. */
  readonly routes: RouteRetrier;
  /** The server's log, for work done outside a request. */
  readonly log: FastifyBaseLogger;
  /** What readiness knows about the store: a bounded check and the failures met lately. */
  readonly health: StoreHealth;
  /** Deletes data past the retention settings. */
  readonly retention: RetentionSweeper;
}
