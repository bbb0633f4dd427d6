import type { DurationMillis } from '../../model/concepts/time-units.ts';
import type { PrometheusBackend } from './prometheus-backend.ts';

/** Prometheus refuses ranges of more than 11,000 points; stay below with room. */
export const MAX_POINTS = 10_000;

export type QueryRangeAnswer =
  | { readonly ok: true; readonly data: unknown; readonly attempts: number }
  | { readonly ok: false; readonly error: string; readonly attempts: number };

export interface QueryRangeOptions {
  readonly backend: PrometheusBackend;
  readonly query: string;
  /** Epoch seconds, inclusive; `end` − `start` at most MAX_POINTS steps. */
  readonly start: number;
  readonly end: number;
  readonly step: number;
  readonly timeoutMs: DurationMillis;
  readonly retries: number;
  readonly backoffMs: DurationMillis;
  readonly fetch: typeof fetch;
  /** Waits between attempts; tests pass one that does not. */
  readonly sleep?: ((ms: number) => Promise<void>) | undefined;
}

/**
 * `GET /api/v1/query_range` on a backend. Failures that may pass (network errors, timeouts,
 * 5xx, 429) are retried with exponential backoff; a refused query (4xx) or a malformed answer
 * is not. Never throws: the answer is the response's JSON or the reason it could not be had,
 * in one line.
 */
export async function queryRange(options: QueryRangeOptions): Promise<QueryRangeAnswer> {
  const sleep = options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms)));
  const url = new URL('api/v1/query_range', withSlash(options.backend.url));
  url.searchParams.set('query', options.query);
  url.searchParams.set('start', String(options.start));
  url.searchParams.set('end', String(options.end));
  url.searchParams.set('step', String(options.step));
  // The server gives up at the same time we do, instead of computing for nobody.
  url.searchParams.set('timeout', `${Math.max(1, Math.floor(options.timeoutMs / 1000))}s`);
  let attempts = 0;
  for (;;) {
    attempts += 1;
    const result = await attempt(url, options);
    if (result.ok) return { ok: true, data: result.data, attempts };
    if (!result.retry || attempts > options.retries) {
      return { ok: false, error: result.error, attempts };
    }
    await sleep(options.backoffMs * 2 ** (attempts - 1));
  }
}

async function attempt(
  url: URL,
  options: QueryRangeOptions,
): Promise<{ ok: true; data: unknown } | { ok: false; error: string; retry: boolean }> {
  let response: Response;
  let text: string;
  try {
    response = await options.fetch(url, {
      headers: { accept: 'application/json', ...options.backend.headers },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const name = (error as Error).name;
    return {
      ok: false,
      retry: true,
      error:
        name === 'TimeoutError' || name === 'AbortError'
          ? `no answer within ${options.timeoutMs} ms`
          : `cannot reach ${options.backend.url}: ${causeOf(error)}`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return {
      ok: false,
      retry: response.status >= 500 || response.status === 429,
      error: `HTTP ${response.status} with an answer that is not JSON: ${JSON.stringify(text.slice(0, 120))}`,
    };
  }
  if (!response.ok) {
    const reason =
      typeof data === 'object' && data !== null && 'error' in data
        ? String((data as { error: unknown }).error)
        : text.slice(0, 200);
    return {
      ok: false,
      retry: response.status >= 500 || response.status === 429,
      error: `HTTP ${response.status}: ${reason}`,
    };
  }
  return { ok: true, data };
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

/** undici hides the reason (ECONNREFUSED, ENOTFOUND) in `cause`. */
function causeOf(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
