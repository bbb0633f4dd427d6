import type { EpochSeconds, ErrorBudgetPolicySpec } from '../../model/index.ts';
import { isoOf } from '../budgets/epoch.ts';
import type { PeriodBudget } from '../budgets/period-budgets.ts';

/** A change freeze: from when the budget ran out until its period ends and a new one starts. */
export interface Freeze {
  readonly from: EpochSeconds;
  readonly until: EpochSeconds;
  readonly period: string;
  readonly reason: string;
}

/**
 * The change freezes a policy with `freezeWhenDepleted` imposes (§12.5: the error budget policy
 * is "the right place to specify and sign off on actions to be taken in cases of premature
 * error budget depletions"): one per depleted period, from the moment its budget was exhausted
 * to the end of the period, when the next period brings a new budget.
 */
export function freezes(options: {
  readonly policyName: string;
  readonly policy: ErrorBudgetPolicySpec;
  readonly budgets: readonly PeriodBudget[];
}): readonly Freeze[] {
  const { policyName, policy, budgets } = options;
  if (!policy.freezeWhenDepleted) return [];
  return budgets
    .filter((b) => b.status === 'depleted')
    .map((b) => {
      const from = b.exhaustedAt ?? b.period.start;
      const consumed = Math.round((b.consumedShare ?? 0) * 100);
      return {
        from,
        until: b.period.end,
        period: b.period.label,
        reason: `error budget of ${b.period.label} exhausted at ${isoOf(from)} (${consumed}% consumed by the period's end); policy ${policyName} freezes changes while the budget is depleted (§12.5)`,
      };
    });
}
