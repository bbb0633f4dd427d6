import {
  type DurationSeconds,
  durationSeconds,
  type EpochSeconds,
  type EpochSecondsArray,
  epochSecondsArray,
  epochSecondsArrayOf,
} from '../../model/index.ts';

/**
 * The SLI samples of one service as compact typed arrays, sorted by time: the shape every
 * budget and burn-rate computation runs over. Sample `i` counts `good[i]` good events of
 * `total[i]` at `seconds[i]` (epoch seconds, UTC), with 0 ≤ good ≤ total (the readers reject
 * anything else; burn-rate evaluation skips quiet stretches by relying on it). The arrays may be
 * longer than `length` (spare capacity); only the first `length` entries are samples. Treat them
 * as read-only.
 */
export interface SliSeries {
  readonly service: string;
  readonly length: number;
  readonly seconds: EpochSecondsArray;
  readonly good: Float64Array;
  readonly total: Float64Array;
}

/**
 * The first index whose time is at or after `at` (`length` when none). Samples usually come at a
 * fixed interval, so the search starts where the first and last times put `at` and widens from
 * there: a few reads instead of log2(length), each of which may miss the cache on a large series.
 */
export function lowerBound(series: SliSeries, at: EpochSeconds): number {
  const seconds = series.seconds;
  const length = series.length;
  let low = 0;
  let high = length;
  if (length > 2 && !Number.isNaN(at)) {
    const first = seconds[0] as number;
    const last = seconds[length - 1] as number;
    if (at <= first) return 0;
    if (at > last) return length;
    // Now the answer is in [1, length − 1]; narrow [low, high] around the guess by doubling steps.
    low = 1;
    high = length - 1;
    let guess = Math.ceil(((at - first) / (last - first)) * (length - 1));
    if (!(guess >= low)) guess = low;
    if (guess > high) guess = high;
    if ((seconds[guess] as number) >= at) {
      high = guess;
      for (let step = 1; guess - step >= low; step *= 2) {
        if ((seconds[guess - step] as number) < at) {
          low = guess - step + 1;
          break;
        }
        high = guess - step;
      }
    } else {
      low = guess + 1;
      for (let step = 1; guess + step <= high; step *= 2) {
        if ((seconds[guess + step] as number) >= at) {
          high = guess + step;
          break;
        }
        low = guess + step + 1;
      }
    }
  }
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((seconds[mid] as number) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

// Series whose samples were found, when the series was made, to come exactly a fixed interval
// apart: checked once there (where every time is read anyway), so that each evaluation need not
// read every time again. Only series made here are in it, never one a caller assembled: a series'
// arrays are read-only, so what was checked stays true.
// biome-ignore lint/plugin: a note on each series object, kept with it (weakly): nothing is shared between series or models
const intervals = new WeakMap<SliSeries, DurationSeconds>();

/**
 * The interval in seconds between every two consecutive samples of a series made by
 * `sliSeries` or a collector, when they all come exactly that far apart (sample `i` at
 * `seconds[0] + i × interval`, none missing, none at the same time); undefined otherwise, and
 * for a series assembled elsewhere.
 */
export function regularInterval(series: SliSeries): DurationSeconds | undefined {
  return intervals.get(series);
}

/** A series over arrays sorted by time, noting whether its samples come at a fixed interval. */
export function sliSeries(fields: SliSeries): SliSeries {
  const series: SliSeries = {
    service: fields.service,
    length: fields.length,
    seconds: fields.seconds,
    good: fields.good,
    total: fields.total,
  };
  const { seconds, length } = series;
  const interval = length > 1 ? (seconds[1] as number) - (seconds[0] as number) : 0;
  if (interval <= 0) return series;
  for (let i = 2; i < length; i++) {
    if ((seconds[i] as number) - (seconds[i - 1] as number) !== interval) return series;
  }
  intervals.set(series, durationSeconds(interval));
  return series;
}

/** Collects samples one by one (from a stream) into sorted series per service. */
export interface SliCollector {
  add(service: string, seconds: EpochSeconds, good: number, total: number): void;
  /** The series by service in order of first appearance, each sorted by time (stable). */
  finish(): ReadonlyMap<string, SliSeries>;
}

interface Growing {
  length: number;
  sorted: boolean;
  seconds: EpochSecondsArray;
  good: Float64Array;
  total: Float64Array;
}

const INITIAL_CAPACITY = 256;

export function createSliCollector(): SliCollector {
  const byService = new Map<string, Growing>();
  return {
    add(service, seconds, good, total) {
      let g = byService.get(service);
      if (!g) {
        g = {
          length: 0,
          sorted: true,
          seconds: epochSecondsArray(INITIAL_CAPACITY),
          good: new Float64Array(INITIAL_CAPACITY),
          total: new Float64Array(INITIAL_CAPACITY),
        };
        byService.set(service, g);
      }
      if (g.length === g.seconds.length) grow(g);
      const i = g.length;
      if (i > 0 && (g.seconds[i - 1] as number) > seconds) g.sorted = false;
      g.seconds[i] = seconds;
      g.good[i] = good;
      g.total[i] = total;
      g.length = i + 1;
    },
    finish() {
      const out = new Map<string, SliSeries>();
      for (const [service, g] of byService) {
        out.set(service, sliSeries({ service, ...(g.sorted ? trim(g) : sortByTime(g)) }));
      }
      return out;
    },
  };
}

function grow(g: Growing): void {
  const capacity = g.seconds.length * 2;
  const seconds = epochSecondsArray(capacity);
  seconds.set(g.seconds);
  const good = new Float64Array(capacity);
  good.set(g.good);
  const total = new Float64Array(capacity);
  total.set(g.total);
  g.seconds = seconds;
  g.good = good;
  g.total = total;
}

function trim(g: Growing): Omit<SliSeries, 'service'> {
  return {
    length: g.length,
    seconds: epochSecondsArrayOf(g.seconds.slice(0, g.length)),
    good: g.good.slice(0, g.length),
    total: g.total.slice(0, g.length),
  };
}

function sortByTime(g: Growing): Omit<SliSeries, 'service'> {
  const order = Array.from({ length: g.length }, (_, i) => i);
  // Array.prototype.sort is stable: samples with the same time keep their input order.
  order.sort((a, b) => (g.seconds[a] as number) - (g.seconds[b] as number));
  const seconds = epochSecondsArray(g.length);
  const good = new Float64Array(g.length);
  const total = new Float64Array(g.length);
  order.forEach((from, to) => {
    seconds[to] = g.seconds[from] as EpochSeconds;
    good[to] = g.good[from] as number;
    total[to] = g.total[from] as number;
  });
  return { length: g.length, seconds, good, total };
}

/** A series from plain arrays, for tests and small inputs. Sorts by time. */
export function seriesOf(
  service: string,
  samples: readonly { readonly at: EpochSeconds; readonly good: number; readonly total: number }[],
): SliSeries {
  const collector = createSliCollector();
  for (const s of samples) collector.add(service, s.at, s.good, s.total);
  return (
    collector.finish().get(service) ?? {
      service,
      length: 0,
      seconds: epochSecondsArray(0),
      good: new Float64Array(0),
      total: new Float64Array(0),
    }
  );
}
