import type { EpochSecondsArray } from '../../model/index.ts';

/** Cumulative events of a series: `bad[i]` and `total[i]` count samples 0 … i − 1. */
export interface PrefixSums {
  readonly bad: Float64Array;
  readonly total: Float64Array;
}

/**
 * The first index in [from, n) whose time is after `at` (n when none): the first sample that
 * counts events after `at` (a sample at t counts (previous, t]: budgets/sample-span.ts), so a
 * window (t − long, t] starts there.
 */
export function firstAfter(
  seconds: EpochSecondsArray,
  from: number,
  n: number,
  at: number,
): number {
  let low = from;
  let high = n;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((seconds[mid] as number) <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}
