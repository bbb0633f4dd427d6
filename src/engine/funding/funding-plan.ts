import type { CompiledModel, SreLevel } from '../../model/index.ts';
import { organizationPeople, organizationTree } from '../../model/index.ts';
import { addMoney, type Money, moneyFromMajor, multiplyMoney, sumMoney } from '../money/index.ts';
import { type AnnualCostTable, annualCostOf, DEFAULT_ANNUAL_COST } from './annual-cost.ts';
import { checkLimits } from './check-limits.ts';

const PERIODS_PER_YEAR = { month: 12, quarter: 4, year: 1 } as const;

/** New people a plan adds to an organization. */
export interface PlannedHire {
  readonly level: SreLevel;
  readonly count: number;
  readonly organization: string | undefined;
}

export interface HeadcountAndCost {
  readonly headcount: number;
  readonly annualCost: Money;
}

export interface OrganizationFunding {
  readonly organization: string;
  readonly costCenter: string | undefined;
  readonly headcountLimit: number | undefined;
  readonly annualBudget: Money | undefined;
  readonly current: HeadcountAndCost;
  readonly planned: HeadcountAndCost;
  readonly hires: number;
  readonly breaksHeadcount: boolean;
  readonly breaksBudget: boolean;
}

/**
 * Every organization with a budget or a head count limit, today and after the planned hires
 * (§12.4.6). Hires count for their organization and every organization above it. Costs use
 * the assumed yearly cost per person (annual-cost.ts) in the organization's budget currency
 * (EUR when it has no budget).
 */
export function fundingPlan(
  model: CompiledModel,
  hires: readonly PlannedHire[],
  table: AnnualCostTable = DEFAULT_ANNUAL_COST,
): OrganizationFunding[] {
  const result: OrganizationFunding[] = [];
  for (const org of model.organizations.values()) {
    const { budget, headcountLimit, costCenter } = org.spec;
    if (!budget && headcountLimit === undefined) continue;
    const currency = budget?.currency ?? 'EUR';
    const tree = organizationTree(model, org);
    const members = organizationPeople(model, org);
    const currentCost = sumMoney(
      members.map((person) => moneyFromMajor(annualCostOf(person, table), currency)),
      currency,
    );
    const ours = hires.filter((h) => h.organization !== undefined && tree.has(h.organization));
    const hireCount = ours.reduce((n, h) => n + h.count, 0);
    const hireCost = sumMoney(
      ours.map((h) => multiplyMoney(moneyFromMajor(table.levels[h.level], currency), h.count)),
      currency,
    );
    const annualBudget = budget
      ? multiplyMoney(moneyFromMajor(budget.amount, currency), PERIODS_PER_YEAR[budget.period])
      : undefined;
    const planned = {
      headcount: members.length + hireCount,
      annualCost: addMoney(currentCost, hireCost),
    };
    const check = checkLimits({ ...planned, headcountLimit, annualBudget });
    result.push({
      organization: org.name,
      costCenter,
      headcountLimit,
      annualBudget,
      current: { headcount: members.length, annualCost: currentCost },
      planned,
      hires: hireCount,
      breaksHeadcount: check.breaksHeadcount,
      breaksBudget: check.breaksBudget,
    });
  }
  return result;
}
