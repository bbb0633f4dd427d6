import type { CompensationPolicySpec } from '../../model/index.ts';
import { type Money, multiplyMoneyRatio } from '../money/index.ts';

/**
 * §12.9.5: "Higher base salaries for the people on call outside of business hours". Applies
 * only to people with standby outside business hours; the amount needs their base salary,
 * which the model does not hold, so without one only the percentage is known.
 */
export function baseUplift(options: {
  readonly policy: CompensationPolicySpec;
  readonly offHours: number;
  readonly monthlyBase?: Money | undefined;
}): { readonly percent: number; readonly amount: Money | undefined } {
  const percent = options.offHours > 0 ? (options.policy.baseUpliftPercent ?? 0) : 0;
  const amount =
    options.monthlyBase === undefined
      ? undefined
      : multiplyMoneyRatio(options.monthlyBase, percent, 100);
  return { percent, amount };
}
