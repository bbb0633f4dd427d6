import {
  type DurationMillis,
  type DurationSeconds,
  durationMillis,
  durationSeconds,
} from '../../model/concepts/time-units.ts';

/**
 * A Prometheus-compatible query API (Prometheus, Thanos, Mimir, VictoriaMetrics) the server
 * reads SLIs from. Services name it in `sli.backend`; unnamed ones use `default`.
 */
export interface PrometheusBackend {
  readonly name: string;
  /** The base URL, e.g. `http://prometheus:9090` (or Mimir's `…/prometheus`). */
  readonly url: string;
  /** Sent with every query, e.g. `Authorization: Bearer …` or `X-Scope-OrgID` for Mimir. */
  readonly headers: Readonly<Record<string, string>>;
}

/** How the server pulls SLIs; absent when no backend is configured. */
export interface SliPullConfig {
  readonly backends: readonly PrometheusBackend[];
  /** How often a round of reads starts, in milliseconds. */
  readonly intervalMs: DurationMillis;
  /** `query_range` step in seconds: each sample counts the events of one step. */
  readonly stepSeconds: DurationSeconds;
  /** How far back the first read of a service goes, in seconds. */
  readonly lookbackSeconds: DurationSeconds;
  /** One HTTP request may take this long before it is given up (and retried). */
  readonly timeoutMs: DurationMillis;
  /** Further attempts after a failed one that may succeed later (network, timeout, 5xx, 429). */
  readonly retries: number;
  /** The wait before the first retry, doubled before each next one. */
  readonly backoffMs: DurationMillis;
}

export const DEFAULT_BACKEND = 'default';

export const DEFAULT_PULL: Omit<SliPullConfig, 'backends'> = {
  intervalMs: durationMillis(60_000),
  stepSeconds: durationSeconds(300),
  lookbackSeconds: durationSeconds(32 * 86_400),
  timeoutMs: durationMillis(10_000),
  retries: 2,
  backoffMs: durationMillis(1_000),
};
