import { type CompiledModel, isOutsideCompany } from '../../model/index.ts';
import { compareMoney, type Money, subtractMoney } from '../money/index.ts';
import type { SalaryLine } from './salary-cost.ts';

/**
 * Whether a yearly commitment fits its budget (§12.4.6), read apart from the salaries the model
 * does not state: `over` when the stated figures alone break it, whatever the unstated salaries
 * are; `over-at-default-salaries` when it breaks only with the default salaries standing in for
 * them (documented in docs/staffing-and-money.md), so whether it really breaks depends on figures
 * nobody gave. One rule for `check` (`over-budget`, `over-budget-at-default-salaries`), `staffing`
 * and `plan`, so they never disagree on the same figures.
 */
export type BudgetVerdict =
  | { readonly kind: 'fits' }
  | { readonly kind: 'over'; readonly overBy: Money }
  | {
      readonly kind: 'over-at-default-salaries';
      readonly overBy: Money;
      /** The default salaries in the commitment, in the budget's currency, and how many. */
      readonly defaulted: Money;
      readonly defaults: number;
    };

export function budgetVerdict(
  committed: Money,
  budget: Money,
  defaulted: { readonly amount: Money; readonly count: number },
): BudgetVerdict {
  if (compareMoney(committed, budget) <= 0) return { kind: 'fits' };
  const overBy = subtractMoney(committed, budget);
  const stated = subtractMoney(committed, defaulted.amount);
  return defaulted.amount.minor > 0 && compareMoney(stated, budget) <= 0
    ? {
        kind: 'over-at-default-salaries',
        overBy,
        defaulted: defaulted.amount,
        defaults: defaulted.count,
      }
    : { kind: 'over', overBy };
}

/**
 * An organization's budget verdict (`budgetVerdict`), the one every command gives. Another
 * company's organization (`isOutsideCompany`) is paid by its contract: its budget is the
 * contract's value, committed to that company in full (§12.4.6), and the salaries of its people
 * the model names, stated or default, are that company's costs inside it, never a breach of it.
 * parcel-logistics' NOC at 384,000 EUR: `check` called it over budget at default salaries while
 * `staffing` said "a contract with another company: committed in full".
 */
export function organizationBudgetVerdict(
  model: CompiledModel,
  organization: string,
  committed: Money,
  budget: Money,
  defaulted: { readonly amount: Money; readonly count: number },
): BudgetVerdict {
  return isOutsideCompany(model, organization)
    ? { kind: 'fits' }
    : budgetVerdict(committed, budget, defaulted);
}

/** The salaries of `lines` priced at the defaults, in `currency` (others are never converted). */
export function defaultedLines(lines: readonly SalaryLine[], currency: string): SalaryLine[] {
  return lines.filter((l) => l.basis === 'default' && l.annual.currency === currency);
}
