import { compareMoney, type Money } from '../money/index.ts';

export interface LimitCheckInput {
  readonly headcount: number;
  readonly headcountLimit?: number | undefined;
  /** Yearly cost of the people counted. */
  readonly annualCost: Money;
  /** Yearly budget, in the same currency. */
  readonly annualBudget?: Money | undefined;
}

export interface LimitCheck {
  readonly breaksHeadcount: boolean;
  readonly breaksBudget: boolean;
  readonly ok: boolean;
}

/**
 * §12.4.6: "the head count is generally dictated by the budget. However, … financial controls
 * impose a head count limit in addition to the budget limit." Both are checked apart: a plan
 * can fit one and break the other.
 */
export function checkLimits(input: LimitCheckInput): LimitCheck {
  const breaksHeadcount =
    input.headcountLimit !== undefined && input.headcount > input.headcountLimit;
  const breaksBudget =
    input.annualBudget !== undefined && compareMoney(input.annualCost, input.annualBudget) > 0;
  return { breaksHeadcount, breaksBudget, ok: !breaksHeadcount && !breaksBudget };
}
