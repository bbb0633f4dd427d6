import { createSliCollector, type SliSeries } from '../../src/engine/budgets/index.ts';
import { type EpochSeconds, epochSeconds } from '../../src/model/index.ts';

/** Epoch seconds of an ISO time, for readable tests. */
export function at(iso: string): EpochSeconds {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad test time ${iso}`);
  return epochSeconds(ms / 1000);
}

/**
 * Regular samples for tests that count the stretch [from, to): one every `step` seconds, each
 * at the end of the interval it counts (budgets/sample-span.ts), so from `from + step` to `to`
 * (inclusive); `total` events each, of which `bad(t)` are bad.
 */
export function regularSeries(options: {
  readonly service: string;
  readonly from: string | number;
  readonly to: string | number;
  readonly step: number;
  readonly total: number;
  readonly bad?: (t: number) => number;
  /** Times without a sample (missing data). */
  readonly skip?: (t: number) => boolean;
}): SliSeries {
  const start = typeof options.from === 'string' ? at(options.from) : options.from;
  const end = typeof options.to === 'string' ? at(options.to) : options.to;
  const collector = createSliCollector();
  for (let t = start + options.step; t <= end; t += options.step) {
    if (options.skip?.(t)) continue;
    const bad = options.bad?.(t) ?? 0;
    collector.add(options.service, epochSeconds(t), options.total - bad, options.total);
  }
  const series = collector.finish().get(options.service);
  if (!series) throw new Error('empty test series');
  return series;
}

/** Several series by service name. */
export function seriesMap(...series: SliSeries[]): ReadonlyMap<string, SliSeries> {
  return new Map(series.map((s) => [s.service, s]));
}
