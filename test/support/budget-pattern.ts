import { budgetPeriods } from '../../src/engine/budgets/budget-periods.ts';
import type { BudgetStatus, PeriodBudget } from '../../src/engine/budgets/period-budgets.ts';
import { durationSeconds, epochSeconds, laterSeconds } from '../../src/model/index.ts';

const STATUS: Readonly<Record<string, BudgetStatus>> = { W: 'within', D: 'depleted', N: 'no-data' };

/**
 * Period budgets for tests from a pattern, one letter a calendar month from January 2025:
 * W within, D depleted, N no data. A trailing `…` leaves the last month incomplete.
 */
export function budgetsFrom(pattern: string): readonly PeriodBudget[] {
  const letters = pattern.replace('…', '').split('');
  const from = epochSeconds(Date.UTC(2025, 0, 1) / 1000);
  const all = budgetPeriods({
    window: 'calendar-month',
    from,
    asOf: epochSeconds(Date.UTC(2025 + 20, 0, 1) / 1000),
  });
  const incomplete = pattern.endsWith('…');
  return letters.map((letter, i) => {
    const status = STATUS[letter];
    const period = all[i];
    if (!status || !period) throw new Error(`bad test pattern ${pattern}`);
    const last = i === letters.length - 1;
    const total = status === 'no-data' ? 0 : 1000;
    const bad = status === 'depleted' ? 5 : status === 'within' ? 1 : 0;
    return {
      period: { ...period, complete: !(incomplete && last) },
      samples: total === 0 ? 0 : 1,
      total,
      bad,
      allowed: total / 1000,
      remaining: total / 1000 - bad,
      consumedShare: total === 0 ? null : bad / (total / 1000),
      status,
      exhaustedAt: status === 'depleted' ? laterSeconds(period.start, durationSeconds(3600)) : null,
    };
  });
}
