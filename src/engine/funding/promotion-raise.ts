import type { CompiledModel, SreLevel } from '../../model/index.ts';
import { displayMoney, type Money, moneyFromMajor, subtractMoney } from '../money/index.ts';
import type { AnnualCostTable } from './annual-cost.ts';
import { type Salary, salaryOf, salaryProfileOf } from './salary-of.ts';

/** A person a plan promotes into a level (§12.10.2). */
export interface PlannedPromotion {
  readonly person: string;
  readonly level: SreLevel;
}

/** What a promotion adds to a salary a year, with the two salaries it is the difference of. */
export interface PromotionRaise {
  readonly person: string;
  readonly from: SreLevel | null;
  readonly to: SreLevel;
  readonly today: Salary;
  readonly promoted: Salary;
  /** The raise in `currency`; null when either salary is paid in another (never converted). */
  readonly perYear: Money | null;
  /** The two salaries and where each comes from: "principal SRE, band principal-sre, 130,000 EUR − …". */
  readonly basis: string;
}

const describe = (level: SreLevel | null, salary: Salary) =>
  `${level ?? 'unlevelled'} SRE ${displayMoney(moneyFromMajor(salary.annual, salary.currency))} (${
    salary.band === null
      ? 'default yearly salary'
      : salary.assumedLevel === null
        ? `band ${salary.band}`
        : `band ${salary.band}, of the lowest level that matches: no level stated`
  })`;

/**
 * A promotion adds no head but raises a salary (§12.10.2): the salary of the new level at the
 * person's location, less the person's salary today, each from the most specific SalaryBand
 * that matches, else the documented defaults. Funding and the operating cost both price a
 * promotion with this, so the raise is the same figure wherever it appears.
 */
export function promotionRaise(
  model: CompiledModel,
  promotion: PlannedPromotion,
  options: { readonly currency: string; readonly defaults?: AnnualCostTable | undefined },
): PromotionRaise | undefined {
  const person = model.people.get(promotion.person);
  if (!person) return undefined;
  const profile = salaryProfileOf(person);
  const today = salaryOf(model, profile, options);
  // A promotion changes the level, not the role (an application SRE stays one).
  const promoted = salaryOf(model, { ...profile, level: promotion.level }, options);
  const from = person.spec.level ?? null;
  const inCurrency = today.currency === options.currency && promoted.currency === options.currency;
  return {
    person: promotion.person,
    from,
    to: promotion.level,
    today,
    promoted,
    perYear: inCurrency
      ? subtractMoney(
          moneyFromMajor(promoted.annual, promoted.currency),
          moneyFromMajor(today.annual, today.currency),
        )
      : null,
    basis: `${describe(promotion.level, promoted)} − ${describe(from, today)}`,
  };
}
