import type { BudgetPeriod } from './budget-periods.ts';
import { DAY } from './epoch.ts';
import type { Objective } from './objective.ts';
import { budgetOf, type PeriodBudget } from './period-budgets.ts';

/** The SLI samples of one service on one UTC day, summed. */
export interface DayTally {
  readonly samples: number;
  readonly total: number;
  readonly good: number;
}

/**
 * The error budget of each period from a service's day sums, keyed by the start of each UTC day
 * in epoch seconds. Every window's periods start and end at midnight UTC (rolling ones from a
 * Monday, calendar months on the first), so a period is exactly its days: the same counts as
 * `periodBudgets` over the samples, read in time proportional to the days, not the samples.
 * When a depleted budget ran out is not told by day sums: `exhaustedAt` is null.
 */
export function periodBudgetsOfDays(
  days: ReadonlyMap<number, DayTally>,
  objective: Objective,
  periods: readonly BudgetPeriod[],
): readonly PeriodBudget[] {
  return periods.map((period) => {
    let samples = 0;
    let total = 0;
    let good = 0;
    for (let day: number = period.start; day < period.end; day += DAY) {
      const tally = days.get(day);
      if (!tally) continue;
      samples += tally.samples;
      total += tally.total;
      good += tally.good;
    }
    return budgetOf({ period, samples, total, bad: total - good, objective, exhaustedAt: null });
  });
}
