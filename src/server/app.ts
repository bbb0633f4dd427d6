import rateLimit from '@fastify/rate-limit';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
} from 'fastify';
import { durationMillis } from '../model/concepts/time-units.ts';
import { classifyStoreError, type Store, type StoreVersions } from '../store/index.ts';
import { createAlertGroupCommit } from './alerts/alert-group-commit.ts';
import { startAlertStoreWorker } from './alerts/alert-store-worker.ts';
import { alertsPlugin } from './alerts/alerts-plugin.ts';
import { startRouteRetrier } from './alerts/route-retrier.ts';
import { auditPlugin } from './audit/audit-plugin.ts';
import { installAuthentication } from './auth/authenticate.ts';
import { bearerHashOf } from './auth/bearer-hash.ts';
import { createKnownTokens } from './auth/known-tokens.ts';
import { hashToken } from './auth/token-secret.ts';
import { calendarPlugin } from './calendar/calendar-plugin.ts';
import type { ServerConfig } from './config.ts';
import { createChangeFeed } from './console/change-feed.ts';
import { installChangeNotifier } from './console/change-notifier.ts';
import { consolePlugin } from './console/console-plugin.ts';
import type { ServerContext } from './context.ts';
import { registerDocs } from './docs/docs-plugin.ts';
import { enginePlugin } from './engine/engine-plugin.ts';
import { ApiError } from './errors/api-error.ts';
import { installErrorHandler, sendError } from './errors/error-handler.ts';
import { gatePlugin } from './gate/gate-plugin.ts';
import { healthPlugin } from './health/health-plugin.ts';
import { createStoreHealth } from './health/store-health.ts';
import { readJsonBodies } from './http/json-body.ts';
import { installSecurityHeaders } from './http/security-headers.ts';
import { clientErrorHandler } from './limits/client-error-handler.ts';
import { defaultConnectionCap, guardConnections } from './limits/connection-guard.ts';
import { installHandlerTimeout } from './limits/handler-timeout.ts';
import {
  createAddressLimit,
  installIngestAdmission,
  quietLogController,
} from './limits/request-limits.ts';
import { startHandoverRunner } from './live/handover-runner.ts';
import { ingestSliSamples } from './live/ingest-sli-samples.ts';
import { createLiveCache } from './live/live-cache.ts';
import { livePlugin } from './live/live-plugin.ts';
import { createOnCallLookup } from './live/on-call-now.ts';
import { createSliDayState } from './live/sli-day-state.ts';
import { metricsPlugin } from './metrics/metrics-plugin.ts';
import { createServerMetrics } from './metrics/server-metrics.ts';
import { onCallOverridesPlugin } from './on-call/on-call-overrides-plugin.ts';
import { overridesInForce } from './on-call/schedule-overrides.ts';
import { modelParsersFor } from './parsing/model-parsers.ts';
import { sliPullPlugin } from './prometheus/sli-pull-plugin.ts';
import { startSliPuller } from './prometheus/sli-puller.ts';
import { startRetentionSweeper } from './retention/retention-sweeper.ts';
import { createModelCache, type RevisionModel } from './revisions/model-cache.ts';
import { revisionsPlugin } from './revisions/revisions-plugin.ts';
import { tokensPlugin } from './tokens/tokens-plugin.ts';
import { startWebhookDispatcher } from './webhooks/webhook-dispatcher.ts';
import { alertRoutedMessage } from './webhooks/webhook-events.ts';

export interface BuildAppOptions {
  readonly store: Store;
  readonly config: ServerConfig;
  readonly now: () => Date;
  /** Pino options, `false` for none (tests). */
  readonly logger?: FastifyServerOptions['logger'];
  /** How outgoing webhooks are sent; tests pass their own. */
  readonly fetch?: typeof fetch;
}

/**
 * Ingest calls at work at once, how many may wait and for how long: a burst of webhook calls
 * is smoothed; beyond the queue the caller gets 503 with Retry-After, which it retries.
 */
const INGEST_ADMISSION = { concurrency: 4, maxWaiting: 256, maxWaitMs: durationMillis(10_000) };

/**
 * Intake transactions written at once on PostgreSQL: as many as calls are admitted, so a call
 * admitted while others commit starts its own and the commits share a WAL flush (calls that
 * arrive in the same turn still share one transaction). In process, 4 clients storing calls
 * of 1 alert: 271 calls/s one at a time, 362 with two, 440 with four (load average 23).
 */
const INTAKE_TRANSACTIONS = INGEST_ADMISSION.concurrency;

/** A request's body must have arrived within this many request timeouts (its headers: one). */
const BODY_TIMEOUT_FACTOR = 4;

/** How often the webhook outbox is polled for retries, in milliseconds. */
const WEBHOOK_POLL_MS = durationMillis(5_000);

/**
 * The HTTP application, without a socket: `serve` listens with it, tests call `inject`.
 * One plugin per area; authentication, limits and the error shape apply to all of them.
 */
export async function buildApp(options: BuildAppOptions): Promise<{
  app: FastifyInstance;
  context: ServerContext;
}> {
  const { config, store } = options;
  const knownTokens = createKnownTokens(store.db);
  const addressLimit = createAddressLimit({ perMinute: config.rateLimitPerMinute, knownTokens });
  const app = Fastify({
    logger: options.logger ?? false,
    // A flood refused before authentication writes no line per request (one a minute says so).
    logController: quietLogController(addressLimit),
    bodyLimit: config.bodyLimit,
    // Slow clients may not hold a connection forever: the headers must be whole within the
    // timeout (checked a few times per timeout, so a trickle of header bytes is cut off in
    // time, headersTimeout below), the body within four times that, and a silent connection is
    // closed after twice that. The body gets longer because the server itself delays reading
    // it: an intake call waits for its turn before its body is read, and a server busy with
    // an outage's 10,000-alert deliveries reads each body slowly; cut off at the timeout, the
    // sender's connection was reset (the PostgreSQL outage burst soak at load 30–40).
    requestTimeout: config.requestTimeoutMs * BODY_TIMEOUT_FACTOR,
    connectionTimeout: config.requestTimeoutMs * 2,
    http: {
      connectionsCheckingInterval: Math.min(30_000, Math.max(250, config.requestTimeoutMs / 4)),
    },
    keepAliveTimeout: 5_000,
    // Fastify's own 503 while closing is outside the error shape and has no Retry-After; the
    // onRequest hook below answers it instead.
    return503OnClosing: false,
    clientErrorHandler,
    forceCloseConnections: 'idle',
    // Malformed URLs and over-long path parameters get the one error shape too.
    frameworkErrors: (error, _request, reply) => {
      const apiError = new ApiError('bad-request', `the URL is not usable: ${error.message}`);
      // The reply is typed for route generics this hook has none of.
      sendError(reply as unknown as FastifyReply, apiError);
    },
  });
  const parsers = modelParsersFor({
    memoryMb: config.parseMemoryMb,
    timeoutMs: config.parseTimeoutMs,
  });
  app.server.headersTimeout = config.requestTimeoutMs;
  readJsonBodies(app);
  guardConnections(app.server, config.maxConnections ?? defaultConnectionCap());
  const models = createModelCache(store.db, parsers.stored);
  const metrics = createServerMetrics();
  const changes = createChangeFeed(options.now);
  const health = createStoreHealth(store);
  // Background work that meets a failing store says so to readiness, as requests do.
  const backgroundLog = {
    warn: (object: { err?: unknown }, message: string) => {
      const failure = classifyStoreError(object.err);
      if (failure) health.failed(failure);
      app.log.warn(object, message);
    },
  };
  const webhooks = startWebhookDispatcher({
    db: store.db,
    now: options.now,
    fetch: options.fetch ?? globalThis.fetch,
    intervalMs: WEBHOOK_POLL_MS,
    log: backgroundLog,
  });
  // The SLI day sums, kept once for the handover runner and the runner route.
  const days = createSliDayState(store.db);
  const handovers = startHandoverRunner({
    db: store.db,
    models,
    now: options.now,
    horizonDays: config.liveHorizonDays,
    days,
    webhooks: config.webhooks,
    tickIntervalMs: config.tickIntervalMs,
    onChanges: (recorded) => {
      metrics.handovers(recorded);
      webhooks.kick();
      changes.emit('handovers');
    },
    log: backgroundLog,
  });
  const sliPuller = config.sliPull
    ? startSliPuller({
        db: store.db,
        models,
        config: config.sliPull,
        now: options.now,
        fetch: options.fetch ?? globalThis.fetch,
        ingest: async (samples) => {
          const recorded = await ingestSliSamples(
            { db: store.db, handovers, metrics, now: options.now, source: 'pull' },
            samples,
          );
          changes.emit('sli');
          return recorded;
        },
        onRead: (read) => metrics.pulled(read),
        log: app.log,
      })
    : undefined;
  const retention = startRetentionSweeper({
    db: store.db,
    retention: config.retention,
    now: options.now,
    intervalMs: config.retentionIntervalMs,
    onDeleted: (deleted) => {
      app.log.info({ deleted }, 'deleted data past its retention');
      if (deleted.sliSamples > 0) changes.emit('sli');
      if (deleted.incidents > 0) changes.emit('incidents');
      if (deleted.alerts > 0) changes.emit('alerts');
    },
    log: backgroundLog,
  });
  const live = createLiveCache(store.db, store.versions, days);
  const onCallLookup = createOnCallLookup();
  const base = {
    store,
    models,
    live,
    intake: createAlertGroupCommit({
      db: store.db,
      webhooks: config.webhooks,
      message: alertRoutedMessage,
      // node:sqlite waits for each commit's fsync on the thread that writes: not this one.
      writer:
        store.dialect === 'sqlite' && config.intakeThread
          ? startAlertStoreWorker(store.location, config.webhooks)
          : undefined,
      // PostgreSQL commits the transactions that wait together; SQLite has one writer.
      concurrency: store.dialect === 'postgres' ? INTAKE_TRANSACTIONS : 1,
      // Said once; every call after it is answered 503 and readiness says it until a restart.
      onHalt: (error) => app.log.fatal({ err: error }, error.message),
    }),
    parsers,
    config,
    now: options.now,
    onCallAt: async (revision: RevisionModel, at: Date, versions?: StoreVersions) =>
      onCallLookup(
        revision,
        at,
        await overridesInForce(live, store.db, versions ?? (await live.versions())),
      ),
    webhooks,
    handovers,
    sliPuller,
    metrics,
    changes,
    log: app.log,
    health,
    retention,
  };
  const context: ServerContext = {
    ...base,
    routes: startRouteRetrier(base, config.routeRetryMs),
  };
  // While shutting down, answers close their connection, so keep-alive clients do not hold
  // the server open once their request in flight is answered.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close');
  });
  // A request that still arrives (on a connection kept alive, or pipelined) is refused in the
  // one error shape, with the Retry-After a load balancer or Alertmanager waits before retrying.
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) {
      return sendError(reply, new ApiError('unavailable', 'the server is shutting down; retry'));
    }
  });
  // Background work stops before the store closes; in-flight requests finish first.
  app.addHook('onClose', async () => {
    await context.routes.stop();
    await retention.stop();
    await sliPuller?.stop();
    await handovers.stop();
    await webhooks.stop();
    await context.intake.close();
  });

  app.addHook('onResponse', async (request, reply) => {
    metrics.request({
      method: request.method,
      // The route's pattern, not the URL: one series per endpoint, whatever the names in it.
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      seconds: reply.elapsedTime / 1000,
    });
  });
  installChangeNotifier(app, changes);
  installSecurityHeaders(app);
  installErrorHandler(app, health);
  const timeout = installHandlerTimeout(app, config.requestTimeoutMs);
  addressLimit.install(app);
  await app.register(rateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: 60_000,
    // Per token, so one noisy tool cannot starve the others behind the same address.
    keyGenerator: (request) => {
      const auth = request.headers.authorization;
      return auth ? `t:${bearerHashOf(request.headers) ?? hashToken(auth)}` : `ip:${request.ip}`;
    },
    // Ingest has no rate: a 429 is never retried by Alertmanager, so an outage's alerts would be
    // lost. It is admitted a few calls at a time instead (below), and answered 503 past that.
    allowList: (request) =>
      request.url === '/healthz' ||
      request.url === '/readyz' ||
      request.routeOptions.config.access === 'ingest',
    errorResponseBuilder: () =>
      new ApiError('rate-limited', 'too many requests: slow down and retry'),
  });
  await registerDocs(app);
  installAuthentication(app, {
    db: store.db,
    versions: store.versions,
    anonymousRead: config.anonymousRead,
    knownTokens,
    now: options.now,
    onTouchFailed: (err) => backgroundLog.warn({ err }, 'could not record when a token was used'),
  });
  installIngestAdmission(app, { ...INGEST_ADMISSION, timeout });

  await app.register(healthPlugin, context);
  await app.register(metricsPlugin, context);
  await app.register(revisionsPlugin, context);
  await app.register(tokensPlugin, context);
  await app.register(auditPlugin, context);
  await app.register(alertsPlugin, context);
  await app.register(livePlugin, context);
  await app.register(sliPullPlugin, context);
  await app.register(gatePlugin, context);
  await app.register(calendarPlugin, context);
  await app.register(onCallOverridesPlugin, context);
  await app.register(enginePlugin, context);
  await app.register(consolePlugin, context);
  return { app, context };
}
