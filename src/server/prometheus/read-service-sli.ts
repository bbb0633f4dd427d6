import { prometheusDuration } from '../../engine/rules/index.ts';
import { queryForWindow, type SliQueries } from '../../model/index.ts';
import type { SliSampleRecord } from '../../store/index.ts';
import type { PrometheusBackend, SliPullConfig } from './prometheus-backend.ts';
import { MAX_POINTS, queryRange } from './query-range.ts';

export type ServiceSliRead =
  | { readonly ok: true; readonly samples: readonly SliSampleRecord[] }
  | { readonly ok: false; readonly error: string };

/**
 * Reads a service's SLI samples for (`start`, `end`] from a backend: its counted query (good or
 * errors) and its total, each a per-second rate over one step, times the step: the events of
 * each step, as a pushed sample counts them. Points are joined on their times; a time without a
 * total, or without good events, or a NaN, is left out (no data is never read as good events); a
 * time with a total and no error series counts no errors.
 */
export async function readServiceSli(options: {
  readonly backend: PrometheusBackend;
  readonly service: string;
  readonly sli: SliQueries;
  /** Epoch seconds, multiples of the step. */
  readonly start: number;
  readonly end: number;
  readonly pull: SliPullConfig;
  readonly fetch: typeof fetch;
  readonly sleep?: ((ms: number) => Promise<void>) | undefined;
}): Promise<ServiceSliRead> {
  const { sli, pull } = options;
  const step = pull.stepSeconds;
  const window = prometheusDuration(step);
  const role = sli.good !== undefined ? 'good' : 'errors';
  const counted = queryForWindow(sli.good ?? sli.errors ?? '', window);
  const total = queryForWindow(sli.total, window);
  const samples: SliSampleRecord[] = [];
  for (let from = options.start; from <= options.end; from += MAX_POINTS * step) {
    const to = Math.min(options.end, from + (MAX_POINTS - 1) * step);
    const read = async (query: string, what: string) => {
      const answer = await queryRange({ ...pull, ...options, query, start: from, end: to, step });
      if (!answer.ok) return { error: `${what} query: ${answer.error}` };
      return pointsOf(answer.data, what);
    };
    const [c, t] = await Promise.all([read(counted, role), read(total, 'total')]);
    if ('error' in c) return { ok: false, error: c.error };
    if ('error' in t) return { ok: false, error: t.error };
    for (const [at, all] of t.points) {
      // An error counter appears with the first error (client libraries export a label value once
      // it is used), so errors missing where the total is there are none. Good events missing
      // are not read as all bad: that time has no sample.
      const value = c.points.get(at) ?? (role === 'errors' ? 0 : undefined);
      if (value === undefined) continue;
      const totalEvents = all * step;
      let good = role === 'good' ? value * step : totalEvents - value * step;
      // Two rates of one scrape can differ in the last bits; more than that is a wrong query.
      if (good > totalEvents && good - totalEvents <= 1e-9 * totalEvents) good = totalEvents;
      if (good < 0 && -good <= 1e-9 * totalEvents) good = 0;
      if (good < 0 || good > totalEvents) {
        return {
          ok: false,
          error: `${role} (${value}) above total (${all}) at ${new Date(at * 1000).toISOString()}: the ${role} query must count a subset of the total query's events`,
        };
      }
      samples.push({
        service: options.service,
        timestamp: new Date(at * 1000).toISOString(),
        good,
        total: totalEvents,
      });
    }
  }
  return { ok: true, samples };
}

/** The points of a one-series matrix, by time; what is wrong with the answer otherwise. */
function pointsOf(
  data: unknown,
  what: string,
): { readonly points: Map<number, number> } | { readonly error: string } {
  const fail = (why: string) => ({ error: `${what} query: ${why}` });
  if (typeof data !== 'object' || data === null) return fail('the answer is not a JSON object');
  const body = data as { status?: unknown; error?: unknown; data?: unknown };
  if (body.status !== 'success') {
    return fail(
      `status ${JSON.stringify(body.status)}${body.error ? `: ${String(body.error)}` : ''}`,
    );
  }
  const result = body.data as { resultType?: unknown; result?: unknown } | undefined;
  if (result?.resultType !== 'matrix' || !Array.isArray(result.result)) {
    return fail(`expected a matrix, found ${JSON.stringify(result?.resultType ?? null)}`);
  }
  if (result.result.length > 1) {
    return fail(
      `expected one series, found ${result.result.length}: aggregate it to one, e.g. sum(rate(…[{{.window}}]))`,
    );
  }
  const points = new Map<number, number>();
  const values = (result.result[0] as { values?: unknown } | undefined)?.values ?? [];
  if (!Array.isArray(values)) return fail('expected the series to have a list of values');
  for (const point of values) {
    if (!Array.isArray(point) || typeof point[0] !== 'number' || typeof point[1] !== 'string') {
      return fail(`expected points as [unix seconds, "value"], found ${JSON.stringify(point)}`);
    }
    const value = Number(point[1]);
    if (Number.isNaN(value)) continue; // no data at that time (e.g. 0/0): no sample
    if (!Number.isFinite(value) || value < 0) {
      return fail(`expected a rate ≥ 0, found ${JSON.stringify(point[1])}`);
    }
    points.set(point[0], value);
  }
  return { points };
}
