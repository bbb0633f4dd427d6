import { type DurationMillis, durationMillis } from '../model/concepts/time-units.ts';
import type { SliPullConfig } from './prometheus/prometheus-backend.ts';

/** How a server behaves; `serve` builds it from flags and environment. */
export interface ServerConfig {
  /** Lets callers without a token use read-only routes. */
  readonly anonymousRead: boolean;
  /** The alert label that names the service (Alertmanager alerts carry labels only). */
  readonly alertServiceLabel: string;
  /** Where alerts for services the model does not know go; the thin layer when unset (§12.6). */
  readonly fallbackRotation?: string | undefined;
  /** Outgoing webhooks: each gets every routing decision and run model change as JSON. */
  readonly webhooks: readonly string[];
  /** Largest request body in bytes, except model uploads. */
  readonly bodyLimit: number;
  /** Largest model upload in bytes. */
  readonly modelBodyLimit: number;
  /**
   * Largest Alertmanager webhook in bytes: 10,000 alerts (MAX_ALERTS_PER_WEBHOOK, Alertmanager's
   * `max_alerts`) of up to 3 KiB each, so a real outage is never refused for its size.
   */
  readonly alertBodyLimit: number;
  /** Requests per client (token, else address) per minute. */
  readonly rateLimitPerMinute: number;
  /**
   * Connections held at once; at the cap the one idle longest is closed for a newcomer, or the
   * newcomer gets 503 when all are busy. Undefined: half the process's open-file limit, at most
   * 10,000; 0: no cap.
   */
  readonly maxConnections?: number | undefined;
  /** A request that takes longer is answered 503 `timeout`. */
  readonly requestTimeoutMs: DurationMillis;
  /**
   * Heap, in MiB, of the thread that reads a model: an upload needing more is refused with a
   * located `input-too-large` problem (YAML of a few MiB can need gigabytes).
   */
  readonly parseMemoryMb: number;
  /** Longest an uploaded model may take to read and validate, in milliseconds. */
  readonly parseTimeoutMs: DurationMillis;
  /** How often the handover engine runs on the clock, in milliseconds. */
  readonly tickIntervalMs: DurationMillis;
  /** How often alerts whose routing is pending are retried, in milliseconds (0: only when kicked). */
  readonly routeRetryMs: DurationMillis;
  /** How far back SLI samples and incidents are read for budgets and handovers, in days. */
  readonly liveHorizonDays: number;
  /** Where SLIs are pulled from (Prometheus-compatible APIs); absent: only pushed samples. */
  readonly sliPull?: SliPullConfig | undefined;
  /** How long stored data is kept; by default everything is kept. */
  readonly retention: RetentionSettings;
  /** How often data past its retention is deleted, in milliseconds (0: only when asked). */
  readonly retentionIntervalMs: DurationMillis;
  /**
   * SQLite: alert intake's transactions are written by a thread of its own, so the request
   * thread does not wait for each commit's fsync. False writes them on the request thread, on
   * the store's own connection (tests that watch or hold the store's statements).
   */
  readonly intakeThread: boolean;
}

/**
 * Days each kind of live data is kept; unset: for good. Budgets and handovers read the last
 * `liveHorizonDays` of samples and incidents, so keeping fewer days of them shortens what the
 * budgets can see.
 */
export interface RetentionSettings {
  readonly sliSamplesDays?: number | undefined;
  /** Counted from when an incident was resolved; open incidents are kept. */
  readonly incidentsDays?: number | undefined;
  /** Counted from when an alert was resolved or ended; an alert that may still fire is kept. */
  readonly alertsDays?: number | undefined;
}

export const DEFAULT_CONFIG: ServerConfig = {
  anonymousRead: false,
  alertServiceLabel: 'service',
  webhooks: [],
  bodyLimit: 1024 * 1024,
  modelBodyLimit: 32 * 1024 * 1024,
  alertBodyLimit: 32 * 1024 * 1024,
  rateLimitPerMinute: 600,
  requestTimeoutMs: durationMillis(30_000),
  // 2,000 teams (6.6 MiB of YAML) validate in about 10 s of CPU; the answer must come before
  // the request timeout.
  parseMemoryMb: 2048,
  parseTimeoutMs: durationMillis(20_000),
  tickIntervalMs: durationMillis(60_000),
  routeRetryMs: durationMillis(15_000),
  intakeThread: true,
  liveHorizonDays: 400,
  retention: {},
  retentionIntervalMs: durationMillis(3_600_000),
};
