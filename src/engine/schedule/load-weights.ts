import { HOUR_MS } from './interval.ts';
import type { HoursSplit } from './split-hours.ts';

/**
 * How much an hour on call weighs when balancing load between people. Every hour counts
 * `total`; an off-hours hour adds `offHours`, a weekend hour (also off-hours) adds `weekend` on
 * top. With the defaults a weekend hour weighs 3, a weeknight hour 2, a business hour 1, so
 * nights and weekends are shared out as carefully as the total.
 */
export interface LoadWeights {
  readonly total: number;
  readonly offHours: number;
  readonly weekend: number;
}

export const DEFAULT_LOAD_WEIGHTS: LoadWeights = { total: 1, offHours: 1, weekend: 1 };

/** The weighted load of some hours, in weighted hours. */
export function weightedLoad(split: HoursSplit, weights: LoadWeights): number {
  return (
    (split.total * weights.total + split.off * weights.offHours + split.weekend * weights.weekend) /
    HOUR_MS
  );
}
