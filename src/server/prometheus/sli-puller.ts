import type { Service } from '../../model/index.ts';
import {
  listSliPulls,
  type SliPullRecord,
  type SliSampleRecord,
  type StoreDb,
  saveSliPull,
} from '../../store/index.ts';
import type { ModelCache } from '../revisions/model-cache.ts';
import { DEFAULT_BACKEND, type SliPullConfig } from './prometheus-backend.ts';
import { readServiceSli } from './read-service-sli.ts';

/** What one round of reads did. */
export interface PullRound {
  readonly services: number;
  readonly failed: number;
  readonly samples: number;
}

export interface SliPuller {
  /** Reads every service with an `sli` once now; rounds queue behind one another. */
  readonly round: () => Promise<PullRound>;
  readonly stop: () => Promise<void>;
}

export interface SliPullerOptions {
  readonly db: StoreDb;
  readonly models: ModelCache;
  readonly config: SliPullConfig;
  readonly now: () => Date;
  readonly fetch: typeof fetch;
  /** Stores samples and runs the handover engine: the ingest path pushed samples take. */
  readonly ingest: (samples: readonly SliSampleRecord[]) => Promise<unknown>;
  /** Called after each service's read, for the server's metrics. */
  readonly onRead?: (read: { backend: string; ok: boolean; seconds: number }) => void;
  readonly log: { warn: (object: object, message: string) => void };
  readonly sleep?: ((ms: number) => Promise<void>) | undefined;
}

/** Reads run this many services at a time, so one slow backend does not hold up a round. */
const PARALLEL = 4;

/** Ingest batches stay within what `POST /api/v1/sli-samples` takes. */
const INGEST_BATCH = 100_000;

/**
 * Pulls the SLIs of every service whose model names `sli` queries from its backend on a
 * schedule, and feeds them through the ingest path of pushed samples. Each round reads from a
 * little before where the last good read ended (scrapes arrive late), or `lookback` back the
 * first time; a failed read keeps its place, records the error and is tried again next round.
 * Nothing is made up for a time no read covered: the live state then says since when data is
 * missing (§12.5: missing data never moves a service).
 */
export function startSliPuller(options: SliPullerOptions): SliPuller {
  let queue: Promise<unknown> = Promise.resolve();
  const round = (): Promise<PullRound> => {
    const next = queue.then(() => pullOnce(options));
    queue = next.catch(() => undefined);
    return next;
  };
  const timer =
    options.config.intervalMs > 0
      ? setInterval(() => {
          round().catch((error: unknown) => options.log.warn({ err: error }, 'SLI pull failed'));
        }, options.config.intervalMs)
      : undefined;
  timer?.unref();
  // The first round right after start, not one interval later.
  const first =
    options.config.intervalMs > 0
      ? setTimeout(() => {
          round().catch((error: unknown) => options.log.warn({ err: error }, 'SLI pull failed'));
        }, 0)
      : undefined;
  first?.unref();
  return {
    round,
    stop: async () => {
      if (timer) clearInterval(timer);
      if (first) clearTimeout(first);
      await queue;
    },
  };
}

async function pullOnce(options: SliPullerOptions): Promise<PullRound> {
  const revision = await options.models.latest();
  if (!revision) return { services: 0, failed: 0, samples: 0 };
  const services = [...revision.model.services.values()].filter((s) => s.spec.sli !== undefined);
  const previous = new Map((await listSliPulls({ db: options.db })).map((p) => [p.service, p]));
  const now = options.now();
  const step = options.config.stepSeconds;
  const end = Math.floor(now.getTime() / 1000 / step) * step;
  const reads: { service: Service; state: SliPullRecord; samples: readonly SliSampleRecord[] }[] =
    [];
  const pending = [...services];
  const worker = async () => {
    for (let service = pending.shift(); service; service = pending.shift()) {
      reads.push(
        await readOne(options, { service, previous: previous.get(service.name), now, end }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, services.length) }, worker));

  const samples = reads.flatMap((r) => r.samples);
  let stored = true;
  try {
    for (let i = 0; i < samples.length; i += INGEST_BATCH) {
      await options.ingest(samples.slice(i, i + INGEST_BATCH));
    }
  } catch (error) {
    stored = false;
    options.log.warn({ err: error }, 'storing pulled SLI samples failed');
  }
  let failed = 0;
  for (const read of reads) {
    // Samples read but not stored were not read: the next round reads them again.
    const state =
      stored || read.samples.length === 0
        ? read.state
        : {
            ...(previous.get(read.service.name) ?? read.state),
            lastAttemptAt: read.state.lastAttemptAt,
            lastError: 'the samples read could not be stored; read again next round',
            lastErrorAt: read.state.lastAttemptAt,
            failures: (previous.get(read.service.name)?.failures ?? 0) + 1,
          };
    if (state.lastErrorAt === state.lastAttemptAt) failed += 1;
    await saveSliPull({ db: options.db, pull: state });
  }
  return { services: services.length, failed, samples: stored ? samples.length : 0 };
}

async function readOne(
  options: SliPullerOptions,
  at: {
    readonly service: Service;
    readonly previous: SliPullRecord | undefined;
    readonly now: Date;
    readonly end: number;
  },
): Promise<{ service: Service; state: SliPullRecord; samples: readonly SliSampleRecord[] }> {
  const { service, previous, now, end } = at;
  const { config } = options;
  const sli = service.spec.sli;
  const name = sli?.backend ?? DEFAULT_BACKEND;
  const backend = config.backends.find((b) => b.name === name);
  const attemptAt = now.toISOString();
  const base: SliPullRecord = {
    service: service.name,
    backend: name,
    createdAt: previous?.createdAt ?? attemptAt,
    lastAttemptAt: attemptAt,
    lastSuccessAt: previous?.lastSuccessAt ?? null,
    readUntil: previous?.backend === name ? (previous?.readUntil ?? null) : null,
    lastSampleAt: previous?.lastSampleAt ?? null,
    lastError: previous?.lastError ?? null,
    lastErrorAt: previous?.lastErrorAt ?? null,
    failures: previous?.failures ?? 0,
  };
  const failure = (error: string) => ({
    service,
    samples: [],
    state: { ...base, lastError: error, lastErrorAt: attemptAt, failures: base.failures + 1 },
  });
  if (!sli) return failure('the service has no sli queries');
  if (!backend) {
    return failure(
      `backend ${name} is not configured: start the server with --prometheus ${name === DEFAULT_BACKEND ? '' : `${name}=`}URL`,
    );
  }
  const step = config.stepSeconds;
  const earliest = end - Math.floor(config.lookbackSeconds / step) * step;
  const resume =
    base.readUntil === null ? earliest : Math.floor(Date.parse(base.readUntil) / 1000) - 2 * step;
  const start = Math.max(earliest, Math.min(resume, end));
  const began = performance.now();
  const read = await readServiceSli({
    backend,
    service: service.name,
    sli,
    start,
    end,
    pull: config,
    fetch: options.fetch,
    sleep: options.sleep,
  });
  options.onRead?.({
    backend: name,
    ok: read.ok,
    seconds: (performance.now() - began) / 1000,
  });
  if (!read.ok) return failure(`backend ${name}: ${read.error}`);
  const newest = read.samples.at(-1)?.timestamp ?? null;
  return {
    service,
    samples: read.samples,
    state: {
      ...base,
      lastSuccessAt: attemptAt,
      readUntil: new Date(end * 1000).toISOString(),
      lastSampleAt:
        newest !== null && (base.lastSampleAt === null || newest > base.lastSampleAt)
          ? newest
          : base.lastSampleAt,
      lastError: null,
      lastErrorAt: null,
      failures: 0,
    },
  };
}
