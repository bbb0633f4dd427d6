import type { EpochSeconds } from '../../model/index.ts';
import type { BudgetPeriod } from './budget-periods.ts';
import { allowedBad, exceedsBudget, type Objective } from './objective.ts';
import { firstSampleAfter } from './sample-span.ts';
import type { SliSeries } from './sli-series.ts';

/** `within`: bad ≤ allowed; `depleted`: more bad events than allowed; `no-data`: no events. */
export type BudgetStatus = 'within' | 'depleted' | 'no-data';

/** The error budget of one service in one period. */
export interface PeriodBudget {
  readonly period: BudgetPeriod;
  readonly samples: number;
  readonly total: number;
  /** Bad events: total − good. The budget consumed. */
  readonly bad: number;
  /** Bad events the objective allows for this period's events. */
  readonly allowed: number;
  /** allowed − bad; negative when depleted. */
  readonly remaining: number;
  /** bad / allowed (1 = the whole budget); null without data. */
  readonly consumedShare: number | null;
  readonly status: BudgetStatus;
  /** When the bad events so far first exceeded the period's allowance; null if never. */
  readonly exhaustedAt: EpochSeconds | null;
}

/**
 * The error budget of `series` in each period (§12.5: the budget the error budget policy is
 * about). One pass over the samples, plus one more over a depleted period to find when its
 * budget ran out. Periods must be in order and not overlap; a missing series is all `no-data`.
 */
export function periodBudgets(
  series: SliSeries | undefined,
  objective: Objective,
  periods: readonly BudgetPeriod[],
): readonly PeriodBudget[] {
  const out: PeriodBudget[] = [];
  const first = periods[0];
  let i = series && first ? firstSampleAfter(series, first.start) : 0;
  for (const period of periods) {
    if (!series) {
      out.push(budgetOf({ period, samples: 0, total: 0, bad: 0, objective, exhaustedAt: null }));
      continue;
    }
    // The samples that count the period (sample-span.ts): start < t ≤ end.
    if (i < series.length && (series.seconds[i] as number) <= period.start) {
      i = firstSampleAfter(series, period.start);
    }
    const begin = i;
    // Find the period's last sample first, so that the summing loop reads nothing but counts.
    const stop = firstSampleAfter(series, period.end);
    const { good, total } = series;
    let t = 0;
    let g = 0;
    for (; i < stop; i++) {
      t += total[i] as number;
      g += good[i] as number;
    }
    out.push(periodBudgetOf({ period, series, begin, end: i, total: t, good: g, objective }));
  }
  return out;
}

/**
 * The budget of `period` from the sums of `total` and `good` over its samples `begin … end − 1`
 * of `series` (summed in order from `begin`, as `periodBudgets` does: a pass that sums them
 * along with other things gets the same figures). Reads the samples again only when the budget
 * is depleted, to find when it ran out.
 */
export function periodBudgetOf(options: {
  readonly period: BudgetPeriod;
  readonly series: SliSeries;
  readonly begin: number;
  readonly end: number;
  readonly total: number;
  readonly good: number;
  readonly objective: Objective;
}): PeriodBudget {
  const { period, series, begin, end, total, good, objective } = options;
  const bad = total - good;
  const exhaustedAt = exceedsBudget(bad, total, objective)
    ? exhaustionTime({ series, begin, end, objective, periodTotal: total })
    : null;
  return budgetOf({ period, samples: end - begin, total, bad, objective, exhaustedAt });
}

/** The budget of the samples of `series` in [start, end): the current rolling window. */
export function windowBudget(
  series: SliSeries | undefined,
  objective: Objective,
  period: BudgetPeriod,
): PeriodBudget {
  return periodBudgets(series, objective, [period])[0] as PeriodBudget;
}

/** The budget of a period from its counts; `exhaustedAt` as the caller found it. */
export function budgetOf(options: {
  readonly period: BudgetPeriod;
  readonly samples: number;
  readonly total: number;
  readonly bad: number;
  readonly objective: Objective;
  readonly exhaustedAt: EpochSeconds | null;
}): PeriodBudget {
  const { period, samples, total, bad, objective, exhaustedAt } = options;
  const allowed = allowedBad(total, objective);
  const status: BudgetStatus =
    total === 0 ? 'no-data' : exceedsBudget(bad, total, objective) ? 'depleted' : 'within';
  return {
    period,
    samples,
    total,
    bad,
    allowed,
    remaining: allowed - bad,
    consumedShare: total === 0 ? null : bad / allowed,
    status,
    exhaustedAt,
  };
}

function exhaustionTime(options: {
  readonly series: SliSeries;
  readonly begin: number;
  readonly end: number;
  readonly objective: Objective;
  readonly periodTotal: number;
}): EpochSeconds | null {
  const { series, begin, end, objective, periodTotal } = options;
  let bad = 0;
  for (let j = begin; j < end; j++) {
    bad += (series.total[j] as number) - (series.good[j] as number);
    if (exceedsBudget(bad, periodTotal, objective)) return series.seconds[j] as EpochSeconds;
  }
  return null;
}
