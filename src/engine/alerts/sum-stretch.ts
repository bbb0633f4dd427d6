import type { EpochSecondsArray } from '../../model/index.ts';

/**
 * The loops of `scanSeries`: each sums one stretch of samples, `from … to − 1`, carrying its sums
 * in the scan's `running` sums (`ScanScratch`) from one stretch to the next. They differ only in what they read and keep, because
 * the pass is bound by memory and by floating-point additions: a sum or a read a stretch does not
 * need costs a few percent of the whole evaluation.
 */

/** Where `running` keeps each sum. */
export const BAD = 0;
export const TOTAL = 1;
export const RANGE_TOTAL = 2;
export const RANGE_GOOD = 3;
export const WINDOW_TOTAL = 4;
export const WINDOW_GOOD = 5;

/**
 * What a scan works in: the sums carried between stretches, the time check, and the prefix sums.
 * One per scan, or one per pass over many series (`scanSeries` takes it): the prefix sums are
 * then reused from one series to the next, grown when one is longer, so a pass over ten thousand
 * services does not allocate two arrays per service. Nothing of it lives in the module: two
 * passes never share one.
 */
export interface ScanScratch {
  /**
   * The sums carried between stretches: the prefix sums' bad and total events, and the total and
   * good events of the current range and of the window (`scanSeries`), at `BAD` … `WINDOW_GOOD`.
   */
  readonly running: Float64Array;
  /**
   * While times are checked: the time the next sample must have for the series to be regular, and
   * the bits in which any time differed (as 32-bit integers: exact for equality).
   */
  readonly timeCheck: Int32Array;
  /** Where the prefix sums go: `bad[i]` and `total[i]` count samples 0 … i − 1. */
  bad: Float64Array;
  total: Float64Array;
}

/** A scratch for one scan or one pass; prefix sums grow on first use. */
export function scanScratch(): ScanScratch {
  return {
    running: new Float64Array(6),
    timeCheck: new Int32Array(2),
    bad: new Float64Array(0),
    total: new Float64Array(0),
  };
}

export interface Stretch {
  readonly total: Float64Array;
  readonly good: Float64Array;
  readonly seconds: EpochSecondsArray;
  /** The distance between the first two times, as a 32-bit integer. */
  readonly distance: number;
  /** The scan's sums and time check (`ScanScratch`). */
  readonly running: Float64Array;
  readonly timeCheck: Int32Array;
  /** The scan's prefix sums (`ScanScratch`), long enough for every sample summed. */
  readonly cumBad: Float64Array;
  readonly cumTotal: Float64Array;
  from: number;
  to: number;
}

/** Samples before `asOf`, outside the window, times known: prefix and range sums only. */
export function sumKnown(stretch: Stretch): void {
  const { total, good, from, to, running, cumBad, cumTotal } = stretch;
  let b = running[BAD] as number;
  let t = running[TOTAL] as number;
  let rt = running[RANGE_TOTAL] as number;
  let rg = running[RANGE_GOOD] as number;
  for (let i = from; i < to; i++) {
    const ti = total[i] as number;
    const gi = good[i] as number;
    rt += ti;
    rg += gi;
    t += ti;
    b += ti - gi;
    cumBad[i + 1] = b;
    cumTotal[i + 1] = t;
  }
  running[BAD] = b;
  running[TOTAL] = t;
  running[RANGE_TOTAL] = rt;
  running[RANGE_GOOD] = rg;
}

/** Samples before `asOf`, in the window, times known: prefix, range and window sums. */
export function sumKnownInWindow(stretch: Stretch): void {
  const { total, good, from, to, running, cumBad, cumTotal } = stretch;
  let b = running[BAD] as number;
  let t = running[TOTAL] as number;
  let rt = running[RANGE_TOTAL] as number;
  let rg = running[RANGE_GOOD] as number;
  let wt = running[WINDOW_TOTAL] as number;
  let wg = running[WINDOW_GOOD] as number;
  for (let i = from; i < to; i++) {
    const ti = total[i] as number;
    const gi = good[i] as number;
    rt += ti;
    rg += gi;
    wt += ti;
    wg += gi;
    t += ti;
    b += ti - gi;
    cumBad[i + 1] = b;
    cumTotal[i + 1] = t;
  }
  running[BAD] = b;
  running[TOTAL] = t;
  running[RANGE_TOTAL] = rt;
  running[RANGE_GOOD] = rg;
  running[WINDOW_TOTAL] = wt;
  running[WINDOW_GOOD] = wg;
}

/**
 * Samples before `asOf`, times unknown (a series assembled by hand): every sum, and each time
 * checked against the regular one.
 */
export function sumChecking(stretch: Stretch): void {
  const { total, good, seconds, distance, from, to, running, timeCheck, cumBad, cumTotal } =
    stretch;
  let b = running[BAD] as number;
  let t = running[TOTAL] as number;
  let rt = running[RANGE_TOTAL] as number;
  let rg = running[RANGE_GOOD] as number;
  let wt = running[WINDOW_TOTAL] as number;
  let wg = running[WINDOW_GOOD] as number;
  let expected = timeCheck[0] as number;
  let mismatch = timeCheck[1] as number;
  for (let i = from; i < to; i++) {
    const ti = total[i] as number;
    const gi = good[i] as number;
    mismatch |= (seconds[i] as number) ^ expected;
    expected = (expected + distance) | 0;
    rt += ti;
    rg += gi;
    wt += ti;
    wg += gi;
    t += ti;
    b += ti - gi;
    cumBad[i + 1] = b;
    cumTotal[i + 1] = t;
  }
  running[BAD] = b;
  running[TOTAL] = t;
  running[RANGE_TOTAL] = rt;
  running[RANGE_GOOD] = rg;
  running[WINDOW_TOTAL] = wt;
  running[WINDOW_GOOD] = wg;
  timeCheck[0] = expected;
  timeCheck[1] = mismatch;
}

/**
 * Samples at or after `asOf`, which burn rates do not look at but the last budget period may
 * hold: range and window sums, times checked (whether known or not: such stretches are short).
 */
export function sumAfterAsOf(stretch: Stretch): void {
  const { total, good, seconds, distance, from, to, running, timeCheck } = stretch;
  let rt = running[RANGE_TOTAL] as number;
  let rg = running[RANGE_GOOD] as number;
  let wt = running[WINDOW_TOTAL] as number;
  let wg = running[WINDOW_GOOD] as number;
  let expected = timeCheck[0] as number;
  let mismatch = timeCheck[1] as number;
  for (let i = from; i < to; i++) {
    const ti = total[i] as number;
    const gi = good[i] as number;
    mismatch |= (seconds[i] as number) ^ expected;
    expected = (expected + distance) | 0;
    rt += ti;
    rg += gi;
    wt += ti;
    wg += gi;
  }
  running[RANGE_TOTAL] = rt;
  running[RANGE_GOOD] = rg;
  running[WINDOW_TOTAL] = wt;
  running[WINDOW_GOOD] = wg;
  timeCheck[0] = expected;
  timeCheck[1] = mismatch;
}

/** After the last stretch: times checked on to the end of the series, until one differs. */
export function checkRemainingTimes(
  timeCheck: Int32Array,
  seconds: EpochSecondsArray,
  from: number,
  to: number,
): void {
  const distance = (seconds[1] as number) - (seconds[0] as number);
  let expected = timeCheck[0] as number;
  let mismatch = timeCheck[1] as number;
  for (let i = from; i < to && mismatch === 0; i++) {
    mismatch |= (seconds[i] as number) ^ expected;
    expected = (expected + (distance | 0)) | 0;
  }
  timeCheck[0] = expected;
  timeCheck[1] = mismatch;
}
