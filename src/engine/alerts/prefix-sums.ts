import type { SliSeries } from '../budgets/sli-series.ts';

/** Cumulative events of a series: `bad[i]` and `total[i]` count samples 0 … i − 1. */
export interface PrefixSums {
  readonly bad: Float64Array;
  readonly total: Float64Array;
}

// Reused between calls, one series at a time, and never handed to a caller beyond the call
// that filled it: a pass over ten thousand services does not allocate two arrays per service.
let scratchBad = new Float64Array(0);
let scratchTotal = new Float64Array(0);

/**
 * The prefix sums of the first `n` samples: any window's bad and total events are then two
 * subtractions. Valid until the next call.
 */
export function prefixSums(series: SliSeries, n: number): PrefixSums {
  if (scratchBad.length < n + 1) {
    scratchBad = new Float64Array(n + 1);
    scratchTotal = new Float64Array(n + 1);
  }
  const bad = scratchBad;
  const total = scratchTotal;
  const good = series.good;
  const events = series.total;
  let b = 0;
  let t = 0;
  bad[0] = 0;
  total[0] = 0;
  for (let i = 0; i < n; i++) {
    const ti = events[i] as number;
    t += ti;
    b += ti - (good[i] as number);
    bad[i + 1] = b;
    total[i + 1] = t;
  }
  return { bad, total };
}

/** The first index in [from, n) whose time is after `at` (n when none). */
export function firstAfter(seconds: Uint32Array, from: number, n: number, at: number): number {
  let low = from;
  let high = n;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((seconds[mid] as number) <= at) low = mid + 1;
    else high = mid;
  }
  return low;
}
