import type { CompensationPolicySpec } from '../../model/index.ts';
import { type Money, moneyFromMajor, zero } from '../money/index.ts';

/**
 * §12.9.5: "Payment for keeping the services within error budgets", per person and month in
 * which the services they run stayed within budget. Nothing when they did not.
 */
export function withinBudgetBonus(policy: CompensationPolicySpec, withinBudget: boolean): Money {
  if (!withinBudget) return zero(policy.currency);
  return moneyFromMajor(policy.withinBudgetBonus ?? 0, policy.currency);
}
