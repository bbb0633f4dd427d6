import autocannon from 'autocannon';

/** One endpoint under load. */
export interface LoadCase {
  readonly label: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  /** A new body for each request, from its sequence number (requests that each write). */
  readonly body?: ((seq: number) => string) | undefined;
}

/** What one timed run measured. */
export interface LoadRun {
  /** 2xx answers per second of the run. */
  readonly requestsPerSecond: number;
  /** Latency of the 2xx answers, in milliseconds. */
  readonly p50: number;
  readonly p99: number;
  readonly ok: number;
  /** Non-2xx answers, connection errors and timeouts: a healthy run has none. */
  readonly failed: number;
  /** Sequence numbers answered 2xx as new (body cases only). */
  readonly created: readonly number[];
  /** Sequence numbers answered 2xx as already stored (a resend after a connection error). */
  readonly duplicates: readonly number[];
  /** Sequence numbers sent but not answered: in flight when the run ended. */
  readonly cutOff: readonly number[];
}

export interface RunLoadOptions {
  readonly url: string;
  readonly load: LoadCase;
  readonly seconds: number;
  readonly connections: number;
  /** Hands out sequence numbers that are unique over the whole benchmark. */
  readonly nextSeq: () => number;
}

/**
 * Runs one case for a fixed time with a fixed number of keep-alive connections, one request in
 * flight on each (no pipelining: that is how Alertmanager and API clients call). Latencies
 * are taken from autocannon's per-request timings (fractional milliseconds) rather than from
 * its histogram, which rounds to whole milliseconds.
 */
export async function runLoad(options: RunLoadOptions): Promise<LoadRun> {
  const { load } = options;
  const latencies: number[] = [];
  const created: number[] = [];
  const duplicates: number[] = [];
  const inFlight = new Set<number>();
  const makeBody = load.body;
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    pipelining: 1,
    duration: options.seconds,
    timeout: 10,
    requests: [
      {
        method: load.method,
        path: load.path,
        headers: { ...load.headers },
        ...(makeBody
          ? {
              setupRequest: (request, context) => {
                const seq = options.nextSeq();
                context.seq = seq;
                inFlight.add(seq);
                return { ...request, body: makeBody(seq) };
              },
              onResponse: (status, body, context) => {
                const seq = context.seq as number;
                inFlight.delete(seq);
                if (status < 200 || status >= 300) return;
                (body.includes('"duplicate":false') ? created : duplicates).push(seq);
              },
            }
          : {}),
      },
    ],
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status >= 200 && status < 300) latencies.push(ms);
  });
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / result.duration,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    ok: latencies.length,
    failed: result.non2xx + result.errors,
    created,
    duplicates,
    cutOff: [...inFlight],
  };
}

/** The nearest-rank percentile of sorted values; NaN when there are none. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(p * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] as number;
}

/** The median of some numbers (the lower middle one for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] as number;
}
