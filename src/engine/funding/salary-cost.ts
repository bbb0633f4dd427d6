import type { CompiledModel, Person, SreLevel } from '../../model/index.ts';
import { type Money, moneyFromMajor, sumMoney } from '../money/index.ts';
import type { AnnualCostTable } from './annual-cost.ts';
import { modelCurrency } from './model-currency.ts';
import { type SalaryProfile, salaryOf, salaryProfileOf } from './salary-of.ts';

/** One person's yearly salary in a salary cost. */
export interface SalaryLine {
  readonly name: string;
  readonly annual: Money;
  readonly basis: 'band' | 'default';
  readonly band: string | null;
  /** For an SRE with no level: the level whose band prices them (`salaryOf`). */
  readonly assumedLevel: SreLevel | null;
}

/** The yearly salary cost of a set of people, with the basis of every figure. */
export interface SalaryCost {
  /** The currency of `total`, and of the defaults. */
  readonly currency: string;
  readonly lines: readonly SalaryLine[];
  /** The salaries paid in `currency`. */
  readonly total: Money;
  /** Salaries paid in other currencies (bands in another currency), per currency: not in `total`. */
  readonly otherCurrencies: readonly Money[];
  /** How many salaries came from SalaryBands, and how many from the defaults. */
  readonly fromBands: number;
  readonly fromDefaults: number;
}

/**
 * The yearly salary cost of people (§12.4.6: head count and budget): each person's salary from
 * their most specific SalaryBand, else the documented default in `currency` (the model's
 * currency unless given). Amounts in other currencies are never converted: they are totalled
 * apart. Planned hires are passed as profiles (role, level, location).
 */
export function salaryCost(
  model: CompiledModel,
  people: readonly (Person | SalaryProfile)[],
  options: { readonly currency?: string | undefined; readonly defaults?: AnnualCostTable } = {},
): SalaryCost {
  const currency = options.currency ?? modelCurrency(model);
  const lines = people.map((p): SalaryLine => {
    const profile = 'kind' in p ? salaryProfileOf(p) : p;
    const salary = salaryOf(model, profile, { currency, defaults: options.defaults });
    return {
      name: profile.name,
      annual: moneyFromMajor(salary.annual, salary.currency),
      basis: salary.basis,
      band: salary.band,
      assumedLevel: salary.assumedLevel,
    };
  });
  const others = new Map<string, Money[]>();
  for (const line of lines) {
    if (line.annual.currency === currency) continue;
    others.set(line.annual.currency, [...(others.get(line.annual.currency) ?? []), line.annual]);
  }
  return {
    currency,
    lines,
    total: sumMoney(
      lines.filter((l) => l.annual.currency === currency).map((l) => l.annual),
      currency,
    ),
    otherCurrencies: [...others].map(([c, amounts]) => sumMoney(amounts, c)),
    fromBands: lines.filter((l) => l.basis === 'band').length,
    fromDefaults: lines.filter((l) => l.basis === 'default').length,
  };
}
