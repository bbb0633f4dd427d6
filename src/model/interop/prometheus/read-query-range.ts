import { type EpochSeconds, epochSeconds } from '../../concepts/time-units.ts';
import { describeValue } from '../../describe-value.ts';
import type { Problem } from '../../problem.ts';
import { isRecord } from '../given.ts';
import { toSlug } from '../to-slug.ts';

/** One SLI sample (DESIGN.md): `good` of `total` events at `timestamp` (epoch seconds, UTC). */
export interface SliSample {
  readonly service: string;
  readonly timestamp: EpochSeconds;
  readonly good: number;
  readonly total: number;
}

export type SeriesRole = 'good' | 'total' | 'errors';

/** Label values that say what a series counts; `bad` and `error` are read as errors. */
const ROLES: Readonly<Record<string, SeriesRole>> = {
  good: 'good',
  total: 'total',
  errors: 'errors',
  error: 'errors',
  bad: 'errors',
};

export interface QueryRangeResult {
  readonly samples: readonly SliSample[];
  readonly problems: readonly Problem[];
  /** Points left out, and why, counted (NaN values, times only one series has). */
  readonly skipped: readonly { readonly reason: string; readonly count: number }[];
}

/**
 * Reads the JSON of a Prometheus `query_range` response whose matrix holds, per service, two
 * series: good and total events, or errors and total. Each series says what it counts with a
 * label whose value is `good`, `total` or `errors` (`bad`), e.g. `sli="good"` added with
 * `label_replace`; the service is the series' `service` label, else `service`. Points are
 * joined on their timestamps; a point only one series has, or a NaN, is skipped and counted.
 * Use `increase(…[<step>])` queries so each sample counts the events of its step.
 */
export function readQueryRange(
  data: unknown,
  options: { readonly file: string; readonly service?: string | undefined },
): QueryRangeResult {
  const problems: Problem[] = [];
  const problem = (path: string, message: string, code: Problem['code'] = 'invalid-value') =>
    problems.push({ code, file: options.file, line: 1, column: 1, path, message });
  const skipped = new Map<string, number>();
  const skip = (reason: string) => skipped.set(reason, (skipped.get(reason) ?? 0) + 1);
  const done = (samples: SliSample[] = []): QueryRangeResult => ({
    samples,
    problems,
    skipped: [...skipped].map(([reason, count]) => ({ reason, count })),
  });

  if (!isRecord(data) || !isRecord(data.data)) {
    problem(
      'data',
      'expected a Prometheus query_range response: {"status": "success", "data": {"resultType": "matrix", "result": [...]}}',
    );
    return done();
  }
  if (data.status !== undefined && data.status !== 'success') {
    problem(
      'status',
      `expected status "success", found ${describeValue(data.status)}${typeof data.error === 'string' ? `: ${data.error}` : ''}`,
    );
    return done();
  }
  if (data.data.resultType !== 'matrix' || !Array.isArray(data.data.result)) {
    problem(
      'data.resultType',
      `expected a matrix (a query_range result), found ${describeValue(data.data.resultType)}`,
    );
    return done();
  }
  type Series = { readonly path: string; readonly values: Map<EpochSeconds, number> };
  const byService = new Map<string, Map<SeriesRole, Series>>();
  data.data.result.forEach((series: unknown, i: number) => {
    const path = `data.result[${i}]`;
    if (!isRecord(series) || !isRecord(series.metric) || !Array.isArray(series.values)) {
      problem(path, `expected a series with metric and values, found ${describeValue(series)}`);
      return;
    }
    const labels = series.metric as Record<string, unknown>;
    const role = Object.values(labels)
      .map((v) => (typeof v === 'string' ? ROLES[v.toLowerCase()] : undefined))
      .find((r) => r !== undefined);
    if (!role) {
      problem(
        `${path}.metric`,
        'expected a label saying what the series counts: a value good, total or errors (e.g. sli="good", added with label_replace)',
        'missing-field',
      );
      return;
    }
    const named = typeof labels.service === 'string' ? labels.service : options.service;
    const service = named === undefined ? undefined : toSlug(named);
    if (service === undefined) {
      problem(
        `${path}.metric`,
        `expected a service label or --service naming the service, found ${describeValue(named)}`,
        'missing-field',
      );
      return;
    }
    const roles = byService.get(service) ?? new Map<SeriesRole, Series>();
    byService.set(service, roles);
    if (roles.has(role)) {
      problem(
        path,
        `expected one ${role} series for service ${service}, found another at ${roles.get(role)?.path}`,
        'duplicate-name',
      );
      return;
    }
    const values = new Map<EpochSeconds, number>();
    series.values.forEach((point: unknown, j: number) => {
      const at = `${path}.values[${j}]`;
      if (
        !Array.isArray(point) ||
        point.length !== 2 ||
        typeof point[0] !== 'number' ||
        typeof point[1] !== 'string'
      ) {
        problem(at, `expected [unix seconds, "value"], found ${describeValue(point)}`);
        return;
      }
      const value = Number(point[1]);
      if (Number.isNaN(value)) skip('NaN value (no data at that time)');
      else if (!Number.isFinite(value) || value < 0)
        problem(at, `expected a count of events ≥ 0, found ${JSON.stringify(point[1])}`);
      else values.set(epochSeconds(point[0]), value);
    });
    roles.set(role, { path, values });
  });

  const samples: SliSample[] = [];
  for (const [service, roles] of byService) {
    const total = roles.get('total');
    const good = roles.get('good');
    const errors = roles.get('errors');
    if (!total || (!good && !errors)) {
      problem(
        'data.result',
        `expected a total series and a good or errors series for service ${service}, found ${[...roles.keys()].join(' and ')}`,
        'missing-field',
      );
      continue;
    }
    if (good && errors) {
      problem(errors.path, `expected good or errors for service ${service}, not both`);
      continue;
    }
    const counted = (good ?? errors) as Series;
    for (const [timestamp, all] of total.values) {
      const value = counted.values.get(timestamp);
      if (value === undefined) {
        skip('time with a total but no good or errors value');
        continue;
      }
      const goodCount = good ? value : all - value;
      if (goodCount < 0 || goodCount > all) {
        problem(
          `${counted.path}.values`,
          `expected ${good ? 'good' : 'errors'} (${value}) at ${new Date(timestamp * 1000).toISOString()} to be at most total (${all}) for service ${service}`,
        );
        continue;
      }
      samples.push({ service, timestamp, good: goodCount, total: all });
    }
    for (const timestamp of counted.values.keys()) {
      if (!total.values.has(timestamp))
        skip(`time with a ${good ? 'good' : 'errors'} value but no total`);
    }
  }
  samples.sort((a, b) => a.timestamp - b.timestamp || (a.service < b.service ? -1 : 1));
  return done(samples);
}
