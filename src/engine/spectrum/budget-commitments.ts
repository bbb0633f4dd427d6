import type { CompiledModel, Organization } from '../../model/index.ts';
import { organizationTree } from '../../model/index.ts';
import { type SupportAllocation, supportHoursPerMonth } from '../chargeback/index.ts';
import {
  addDecimal,
  addMoney,
  DECIMAL_ZERO,
  type Decimal,
  decimalToNumber,
  type Money,
  moneyFromMajor,
  multiplyMoney,
  multiplyMoneyByDecimal,
  sumMoney,
} from '../money/index.ts';

/** How many budget periods make a year. Budgets are compared per year. */
const PERIODS_PER_YEAR = { month: 12, quarter: 4, year: 1 } as const;

/** SRE support an organization pays for at a transfer price (§12.4.7). */
export interface TransferCharge {
  readonly transferPrice: string;
  readonly provider: string;
  /** Support hours per month of the provider's SRE teams for the consumer's dev teams (`supportHoursPerMonth`, average month). */
  readonly hoursPerMonth: number;
  /** Charged monthly (hours × (rate + infrastructure contribution), rounded once a month). */
  readonly perMonth: Money;
  readonly perYear: Money;
}

/** What an organization's budget is committed to, per year, in the budget's currency. */
export interface BudgetCommitment {
  readonly organization: string;
  readonly budgetPerYear: Money;
  /** Budgets of the organizations directly below it. */
  readonly subOrganizations: readonly { readonly name: string; readonly perYear: Money }[];
  readonly transferCharges: readonly TransferCharge[];
  readonly committedPerYear: Money;
  /** Budgets and prices left out because they are in another currency (no exchange rates). */
  readonly otherCurrencies: readonly string[];
}

/** A budget or price as money per year. */
export function perYear(
  amount: number,
  currency: string,
  period: keyof typeof PERIODS_PER_YEAR,
): Money {
  return multiplyMoney(moneyFromMajor(amount, currency), PERIODS_PER_YEAR[period]);
}

/**
 * What an organization with a budget has committed (§12.4.6, §12.4.7): the budgets of its direct
 * sub-organizations and the SRE support it buys at transfer prices. Undefined without a budget.
 */
export function budgetCommitment(
  model: CompiledModel,
  org: Organization,
): BudgetCommitment | undefined {
  const budget = org.spec.budget;
  if (!budget) return undefined;
  const currency = budget.currency;
  const otherCurrencies: string[] = [];
  const subOrganizations: { name: string; perYear: Money }[] = [];
  for (const child of model.organizations.values()) {
    if (child.spec.parent !== org.name || !child.spec.budget) continue;
    const b = child.spec.budget;
    if (b.currency !== currency) otherCurrencies.push(`organization ${child.name} (${b.currency})`);
    else
      subOrganizations.push({ name: child.name, perYear: perYear(b.amount, b.currency, b.period) });
  }
  const transferCharges: TransferCharge[] = [];
  const { allocations } = supportHoursPerMonth(model, 'average');
  for (const price of model.transferPrices.values()) {
    if (price.spec.consumer !== org.name) continue;
    if (price.spec.currency !== currency) {
      otherCurrencies.push(`transfer price ${price.name} (${price.spec.currency})`);
      continue;
    }
    const hours = supportHours(model, allocations, {
      provider: price.spec.provider,
      consumer: org.name,
    });
    const perHour = addMoney(
      moneyFromMajor(price.spec.hourlyRate, currency),
      moneyFromMajor(price.spec.infrastructureContribution ?? 0, currency),
    );
    const perMonth = multiplyMoneyByDecimal(perHour, hours);
    transferCharges.push({
      transferPrice: price.name,
      provider: price.spec.provider,
      hoursPerMonth: decimalToNumber(hours),
      perMonth,
      perYear: multiplyMoney(perMonth, 12),
    });
  }
  const committedPerYear = sumMoney(
    [...subOrganizations.map((s) => s.perYear), ...transferCharges.map((t) => t.perYear)],
    currency,
  );
  return {
    organization: org.name,
    budgetPerYear: perYear(budget.amount, currency, budget.period),
    subOrganizations,
    transferCharges,
    committedPerYear,
    otherCurrencies,
  };
}

/**
 * Support hours per month that SRE teams of the provider organization (or below it) give dev
 * teams of the consumer organization (or below it), from the allocations of
 * `supportHoursPerMonth` (§12.4.7): the hours chargeback bills, so a budget is checked against
 * what will be charged. Teams supported without agreed hours count their share of capacity.
 */
export function supportHours(
  model: CompiledModel,
  allocations: readonly SupportAllocation[],
  between: { readonly provider: string; readonly consumer: string },
): Decimal {
  const providers = organizationTree(model, between.provider);
  const consumers = organizationTree(model, between.consumer);
  return allocations
    .filter((a) => providers.has(a.provider) && consumers.has(a.consumer))
    .reduce((sum, a) => addDecimal(sum, a.hours), DECIMAL_ZERO);
}
