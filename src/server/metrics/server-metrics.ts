import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** What the server counts about itself, for `GET /metrics`. One registry per app. */
export interface ServerMetrics {
  readonly registry: Registry;
  readonly request: (options: {
    method: string;
    route: string;
    status: number;
    seconds: number;
  }) => void;
  readonly alerts: (options: {
    received: number;
    routed: readonly string[];
    duplicates: number;
  }) => void;
  /** A batch of SLI samples stored at `now` whose newest sample is at `newest`. */
  readonly ingested: (options: {
    source: 'push' | 'pull';
    samples: number;
    newest: Date;
    now: Date;
  }) => void;
  readonly handovers: (changes: readonly { from: string; to: string }[]) => void;
  readonly pulled: (options: { backend: string; ok: boolean; seconds: number }) => void;
}

/**
 * The server's metrics in Prometheus' text format, through prom-client: requests and their
 * latency by route, alerts received, routed (by the §12.6 reason) and deduplicated, how far
 * behind SLI samples arrive, run model changes (§12.5), and SLI reads per backend with errors.
 * Each app has its own registry, so two servers in one process (tests) count apart.
 */
export function createServerMetrics(): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'whorunsit_' });
  const requests = new Counter({
    name: 'whorunsit_http_requests_total',
    help: 'HTTP requests answered, by method, route and status',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'whorunsit_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method and route',
    labelNames: ['method', 'route'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const received = new Counter({
    name: 'whorunsit_alerts_received_total',
    help: 'Alerts received from Alertmanager, redeliveries included',
    registers: [registry],
  });
  const routed = new Counter({
    name: 'whorunsit_alerts_routed_total',
    help: 'Alerts stored and routed for the first time, by the reason of the routing decision (§12.6)',
    labelNames: ['reason'],
    registers: [registry],
  });
  const duplicates = new Counter({
    name: 'whorunsit_alerts_deduplicated_total',
    help: 'Alert deliveries already stored (Alertmanager delivers at least once), answered with the first decision',
    registers: [registry],
  });
  const samples = new Counter({
    name: 'whorunsit_sli_samples_ingested_total',
    help: 'SLI samples stored, by source (push: POST /api/v1/sli-samples; pull: read from a Prometheus backend)',
    labelNames: ['source'],
    registers: [registry],
  });
  const lag = new Histogram({
    name: 'whorunsit_sli_ingest_lag_seconds',
    help: 'Per stored batch: how long after its newest sample it was stored',
    labelNames: ['source'],
    buckets: [1, 5, 15, 30, 60, 120, 300, 600, 1800, 3600, 21_600, 86_400],
    registers: [registry],
  });
  const newest = new Gauge({
    name: 'whorunsit_sli_last_sample_timestamp_seconds',
    help: 'Time of the newest SLI sample stored, by source',
    labelNames: ['source'],
    registers: [registry],
  });
  const changes = new Counter({
    name: 'whorunsit_handover_events_total',
    help: 'Changes of who runs a service decided by the handover engine (§12.5), by run model before and after',
    labelNames: ['from', 'to'],
    registers: [registry],
  });
  const reads = new Counter({
    name: 'whorunsit_sli_pulls_total',
    help: 'Reads of a service SLI from a Prometheus-compatible backend, by backend and result',
    labelNames: ['backend', 'result'],
    registers: [registry],
  });
  const pullErrors = new Counter({
    name: 'whorunsit_sli_pull_errors_total',
    help: 'Failed reads of a service SLI, by backend (after retries)',
    labelNames: ['backend'],
    registers: [registry],
  });
  const pullSeconds = new Histogram({
    name: 'whorunsit_sli_pull_duration_seconds',
    help: 'Time to read one service SLI from a backend, retries included',
    labelNames: ['backend'],
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });
  const newestSeen = new Map<string, number>();
  return {
    registry,
    request: ({ method, route, status, seconds }) => {
      requests.inc({ method, route, status: String(status) });
      latency.observe({ method, route }, seconds);
    },
    alerts: (options) => {
      received.inc(options.received);
      // One increment per reason, not per alert: each looks its label set up.
      const byReason = new Map<string, number>();
      for (const reason of options.routed) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
      for (const [reason, n] of byReason) routed.inc({ reason }, n);
      if (options.duplicates > 0) duplicates.inc(options.duplicates);
    },
    ingested: (options) => {
      samples.inc({ source: options.source }, options.samples);
      lag.observe(
        { source: options.source },
        Math.max(0, (options.now.getTime() - options.newest.getTime()) / 1000),
      );
      const seconds = options.newest.getTime() / 1000;
      // A batch of old samples (a backfill) does not move the newest back.
      if (seconds > (newestSeen.get(options.source) ?? 0)) {
        newestSeen.set(options.source, seconds);
        newest.set({ source: options.source }, seconds);
      }
    },
    handovers: (list) => {
      for (const change of list) changes.inc({ from: change.from, to: change.to });
    },
    pulled: ({ backend, ok, seconds }) => {
      reads.inc({ backend, result: ok ? 'ok' : 'error' });
      if (!ok) pullErrors.inc({ backend });
      pullSeconds.observe({ backend }, seconds);
    },
  };
}
