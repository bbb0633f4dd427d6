import type { SliPullRecord } from '../../store/index.ts';

/** Where a service's SLI comes from and whether it is current: part of its live state. */
export interface SliStatus {
  /** `prometheus` when the server pulls it, `pushed` when samples are posted to it. */
  readonly source: 'prometheus' | 'pushed';
  readonly backend: string | null;
  readonly status: 'ok' | 'failing' | 'no-data' | 'not-read-yet' | 'pushed';
  /** The last read that succeeded. */
  readonly lastReadAt: string | null;
  /** The newest sample stored, pushed or pulled: budgets count nothing after it. */
  readonly lastSampleAt: string | null;
  readonly lastError: { readonly at: string; readonly message: string } | null;
  /** One line for people, e.g. "no data since 2026-03-01T10:00:00.000Z: backend default: …". */
  readonly message: string;
}

/**
 * The SLI status of a service from its pull state and newest stored sample. A failing or empty
 * read says since when there is no data, and the budget is computed from the samples that exist
 * only: nothing is assumed about the time no sample covers.
 */
export function sliStatus(options: {
  /** Whether the model names `sli` queries for the service. */
  readonly hasQueries: boolean;
  /** Whether the server pulls at all (a backend is configured). */
  readonly pulling: boolean;
  readonly pull: SliPullRecord | undefined;
  readonly latestSample: string | null;
  /** A successful read whose newest sample is older than this many seconds is "no data". */
  readonly staleAfterSeconds: number;
}): SliStatus {
  const { pull, latestSample } = options;
  if (!options.hasQueries || !options.pulling) {
    return {
      source: 'pushed',
      backend: null,
      status: latestSample === null ? 'no-data' : 'pushed',
      lastReadAt: null,
      lastSampleAt: latestSample,
      lastError: null,
      message:
        latestSample === null
          ? `no data: no samples were pushed${options.hasQueries ? ' and the server pulls from no backend (--prometheus)' : ' and the model names no sli queries to pull'}`
          : `samples pushed up to ${latestSample}`,
    };
  }
  const base = {
    source: 'prometheus' as const,
    backend: pull?.backend ?? null,
    lastReadAt: pull?.lastSuccessAt ?? null,
    lastSampleAt: latestSample,
  };
  if (!pull) {
    return {
      ...base,
      status: 'not-read-yet',
      lastError: null,
      message: `not read yet${latestSample ? `; samples up to ${latestSample}` : ''}`,
    };
  }
  const since = latestSample ?? pull.createdAt;
  if (pull.lastError !== null && pull.lastErrorAt !== null) {
    return {
      ...base,
      status: 'failing',
      lastError: { at: pull.lastErrorAt, message: pull.lastError },
      message: `no data since ${since}: ${pull.lastError} (${pull.failures} failed read${pull.failures === 1 ? '' : 's'} in a row)`,
    };
  }
  const read = pull.lastSuccessAt ?? pull.lastAttemptAt;
  const stale =
    latestSample === null ||
    Date.parse(read) - Date.parse(latestSample) > options.staleAfterSeconds * 1000;
  if (stale) {
    return {
      ...base,
      status: 'no-data',
      lastError: null,
      message: `no data since ${since}: backend ${pull.backend} answered ${read} without samples${latestSample ? ' after it' : ''}`,
    };
  }
  return {
    ...base,
    status: 'ok',
    lastError: null,
    message: `read ${read} from backend ${pull.backend}; samples up to ${latestSample}`,
  };
}
