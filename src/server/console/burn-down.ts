import {
  allowedBad,
  type BudgetPeriod,
  firstSampleAfter,
  isoOf,
  type Objective,
  type SliSeries,
} from '../../engine/budgets/index.ts';
import { epochSeconds } from '../../model/index.ts';

/** One point of a burn-down: the share of the period's budget left at `at`. */
export interface BurnDownPoint {
  readonly at: string;
  /** 1 − bad ÷ allowed, over the period's events up to `at`; null before its first event. */
  readonly remaining: number | null;
}

export interface BurnDownPeriod {
  readonly label: string;
  readonly start: string;
  readonly end: string;
  readonly complete: boolean;
  readonly points: BurnDownPoint[];
}

/**
 * The error budget burn-down of each period (§12.5): from the period's start, one point every
 * `step` seconds until its end or `asOf`, with the budget left for the events counted so far
 * (the budget of a period grows with its traffic, so a quiet start does not look like a spent
 * one). The last point of a complete period is the period's budget, as the handover engine
 * judged it. One pass over the samples.
 */
export function burnDown(options: {
  readonly series: SliSeries | undefined;
  readonly objective: Objective;
  readonly periods: readonly BudgetPeriod[];
  readonly asOf: number;
  readonly step: number;
}): BurnDownPeriod[] {
  const { series, objective, periods, asOf, step } = options;
  return periods.map((period) => {
    const stop = Math.min(period.end, asOf);
    const ticks: number[] = [];
    for (let at = period.start + step; at < stop; at += step) ticks.push(at);
    ticks.push(stop);
    let i = series ? firstSampleAfter(series, period.start) : 0;
    let total = 0;
    let good = 0;
    const points = ticks.map((at): BurnDownPoint => {
      // The samples that count [start, at), as the period's budget counts them (sample-span.ts).
      while (series && i < series.length && (series.seconds[i] as number) <= at) {
        total += series.total[i] as number;
        good += series.good[i] as number;
        i += 1;
      }
      return { at: isoOf(epochSeconds(at)), remaining: remainingShare(total, good, objective) };
    });
    return {
      label: period.label,
      start: isoOf(period.start),
      end: isoOf(period.end),
      complete: period.complete,
      points,
    };
  });
}

function remainingShare(total: number, good: number, objective: Objective): number | null {
  if (total === 0) return null;
  const allowed = allowedBad(total, objective);
  // A 100% objective allows nothing: any bad event spends it all (shown as fully overspent).
  if (allowed === 0) return total === good ? 1 : -1;
  return 1 - (total - good) / allowed;
}
