import { type DurationSeconds, durationSeconds } from '../../model/index.ts';
import { regularInterval, type SliSeries } from '../budgets/sli-series.ts';
import type { PrefixSums } from './prefix-sums.ts';
import { sampleInterval } from './sample-interval.ts';
import {
  checkRemainingTimes,
  RANGE_GOOD,
  RANGE_TOTAL,
  type ScanScratch,
  type Stretch,
  scanScratch,
  sumAfterAsOf,
  sumChecking,
  sumKnown,
  sumKnownInWindow,
  WINDOW_GOOD,
  WINDOW_TOTAL,
} from './sum-stretch.ts';

/** What one pass over a series yields: everything burn rates and budgets are computed from. */
export interface SeriesScan {
  /** The samples burn rates are evaluated over: those before `asOf`, 0 … n − 1. */
  readonly n: number;
  /** Prefix sums of the first `n` samples: any window's events are two subtractions. */
  readonly sums: PrefixSums;
  /** The shortest time between two samples of the whole series (`sampleInterval`). */
  readonly step: DurationSeconds;
  /**
   * Whether every sample of the series follows the one before by exactly `step` (no gap, no two
   * at the same time): window bounds are then index arithmetic instead of searches.
   */
  readonly regular: boolean;
  /** Sums of `total` and of `good` over each range of `ranges`, each summed in order. */
  readonly rangeTotal: Float64Array;
  readonly rangeGood: Float64Array;
  /** The same over `window`; 0 without one. */
  readonly windowTotal: number;
  readonly windowGood: number;
}

const NO_RANGES: Readonly<Int32Array> = new Int32Array(0);

/**
 * One pass over `series`: the prefix sums of its first `n` samples, its sample interval and
 * regularity, and the sums of `total` and `good` over sample index ranges, so that error budgets
 * (per period, and over the rolling window ending at `asOf`) and burn rates need no second read
 * of the samples. `ranges` holds `[begin, end)` pairs in order, not overlapping (the budget
 * periods); `window` is one more range that may overlap them. The scan works in `scratch`
 * (a new one when none is given): a pass over many series passes one, and the prefix sums are
 * then valid until its next scan.
 */
export function scanSeries(
  series: SliSeries,
  options: {
    readonly n: number;
    readonly ranges?: Int32Array | undefined;
    readonly window?: { readonly begin: number; readonly end: number } | undefined;
    readonly scratch?: ScanScratch | undefined;
  },
): SeriesScan {
  const n = options.n;
  const ranges = options.ranges ?? NO_RANGES;
  const count = ranges.length >> 1;
  const windowBegin = options.window?.begin ?? -1;
  const windowEnd = options.window?.end ?? -1;
  const rangeTotal = new Float64Array(count);
  const rangeGood = new Float64Array(count);
  let windowTotal = 0;
  let windowGood = 0;
  let cover = n;
  if (count > 0 && (ranges[2 * count - 1] as number) > cover)
    cover = ranges[2 * count - 1] as number;
  if (windowEnd > cover) cover = windowEnd;
  // The prefix sums go to the scratch's arrays, reused from one series to the next of a pass (one
  // series at a time): a pass over ten thousand services does not allocate two arrays per service.
  const scratch = options.scratch ?? scanScratch();
  if (scratch.bad.length < n + 1) {
    scratch.bad = new Float64Array(n + 1);
    scratch.total = new Float64Array(n + 1);
  }
  const { running, timeCheck, bad: cumBad, total: cumTotal } = scratch;
  const { seconds, length } = series;
  // Regular when every time is the first one plus a whole number of the first distance: known
  // for a series a collector made, else checked along the way.
  const known = regularInterval(series);
  const first = length > 1 ? (seconds[1] as number) - (seconds[0] as number) : 0;
  const stretch: Stretch = {
    total: series.total,
    good: series.good,
    seconds,
    distance: first | 0,
    running,
    timeCheck,
    cumBad,
    cumTotal,
    from: 0,
    to: 0,
  };
  running.fill(0);
  timeCheck[0] = length > 0 ? (seconds[0] as number) : 0;
  timeCheck[1] = 0;
  cumBad[0] = 0;
  cumTotal[0] = 0;
  let r = 0;
  let i = 0;
  for (;;) {
    // Ranges ending here are recorded (an empty one stays 0); the next one restarts its sums.
    while (r < count && (ranges[2 * r + 1] as number) <= i) {
      if ((ranges[2 * r] as number) < (ranges[2 * r + 1] as number)) {
        rangeTotal[r] = running[RANGE_TOTAL] as number;
        rangeGood[r] = running[RANGE_GOOD] as number;
      }
      r++;
    }
    if (r < count && ranges[2 * r] === i) {
      running[RANGE_TOTAL] = 0;
      running[RANGE_GOOD] = 0;
    }
    if (i === windowBegin) {
      running[WINDOW_TOTAL] = 0;
      running[WINDOW_GOOD] = 0;
    }
    if (i === windowEnd && windowBegin < windowEnd) {
      windowTotal = running[WINDOW_TOTAL] as number;
      windowGood = running[WINDOW_GOOD] as number;
    }
    if (i >= cover) break;
    // On to the next index where a sum starts or stops, or the prefix sums end.
    let next = cover;
    if (i < n && n < next) next = n;
    if (r < count) {
      const edge = (ranges[2 * r] as number) > i ? ranges[2 * r] : ranges[2 * r + 1];
      if ((edge as number) < next) next = edge as number;
    }
    if (windowBegin > i && windowBegin < next) next = windowBegin;
    if (windowEnd > i && windowEnd < next) next = windowEnd;
    stretch.from = i;
    stretch.to = next;
    if (i >= n) sumAfterAsOf(stretch);
    else if (known === undefined) sumChecking(stretch);
    else if (i >= windowBegin && i < windowEnd) sumKnownInWindow(stretch);
    else sumKnown(stretch);
    i = next;
  }
  let regular = known !== undefined;
  if (!regular) {
    checkRemainingTimes(timeCheck, seconds, i, length);
    // The last time, as a number, rules out times that only matched modulo 2^32.
    regular =
      length > 1 &&
      first > 0 &&
      timeCheck[1] === 0 &&
      seconds[length - 1] === (seconds[0] as number) + (length - 1) * first;
  }
  return {
    n,
    sums: { bad: cumBad, total: cumTotal },
    step: known ?? (regular ? durationSeconds(first) : sampleInterval(series)),
    regular,
    rangeTotal,
    rangeGood,
    windowTotal,
    windowGood,
  };
}
