import { type EpochSeconds, epochSeconds } from '../../model/index.ts';
import { DAY } from './epoch.ts';
import { lowerBound, type SliSeries } from './sli-series.ts';

/*
 * The stretch of time an SLI sample counts: one definition for error budget periods, the
 * current window, burn-rate windows, day sums and the samples that cover an incident (§12.4.8,
 * §12.5). A sample at t counts the events since the sample before it, the interval
 * (previous, t]: a Prometheus range query reports `increase(x[step])` at the end of its step,
 * and whorunsit's own pull stores it so. A sample therefore belongs to the stretch [start, end)
 * that holds the last second it counts: start < t ≤ end. The sample at midnight on 1 March
 * counts the last events of February, and a sample at `asOf` is known at `asOf`.
 */

/** Whether the sample at `at` counts events of the stretch [start, end): start < at ≤ end. */
export function sampleCountsIn(at: EpochSeconds, start: EpochSeconds, end: EpochSeconds): boolean {
  return at > start && at <= end;
}

/**
 * The first sample of `series` that counts events after `at` (`length` when none): the first
 * whose time is after `at`. Times are whole seconds, so that is the first at or after
 * ⌊at⌋ + 1.
 */
export function firstSampleAfter(series: SliSeries, at: EpochSeconds): number {
  return lowerBound(series, epochSeconds(Math.floor(at) + 1));
}

/** The samples that count the stretch [start, end): indexes `begin … end − 1`. */
export function samplesOfStretch(
  series: SliSeries,
  start: EpochSeconds,
  end: EpochSeconds,
): { readonly begin: number; readonly end: number } {
  return { begin: firstSampleAfter(series, start), end: firstSampleAfter(series, end) };
}

/** The last second the sample at `at` counts: the moment that places it in a period. */
export function lastCountedSecond(at: EpochSeconds): EpochSeconds {
  return epochSeconds(at - 1);
}

/** The start of the UTC day (epoch seconds) that holds the last second the sample at `at` counts. */
export function sampleDay(at: EpochSeconds): EpochSeconds {
  return epochSeconds(Math.floor((at - 1) / DAY) * DAY);
}
