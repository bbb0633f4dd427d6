import type { AnnualCostTable } from '../engine/funding/index.ts';
import type { Staffing } from '../engine/staffing/index.ts';
import { amount } from './figures.ts';
import { code, section, table, text } from './plan/markdown.ts';

/** §12.4.6: whether the hiring list fits each organization's budget and head count limit. */
export function fundingSection(s: Staffing, costs: AnnualCostTable): string | undefined {
  if (s.funding.length === 0) return undefined;
  const l = costs.levels;
  return section(
    'Funding and limits (§12.4.6)',
    'Head count and yearly cost of each organization today and after the hiring list, against its budget and head count limit; a plan can fit the budget and still break the head count limit.',
    table(
      [
        'Organization',
        'Cost center',
        'Head count today → planned',
        'Limit',
        'Cost per year today → planned',
        'Budget per year',
        'Verdict',
      ],
      s.funding.map((f) => [
        code(f.organization),
        f.costCenter ? text(f.costCenter) : '–',
        `${f.current.headcount} → ${f.planned.headcount}`,
        f.headcountLimit === undefined ? '–' : String(f.headcountLimit),
        `${amount(f.current.annualCost)} → ${amount(f.planned.annualCost)}`,
        amount(f.annualBudget),
        verdict(f.breaksHeadcount, f.breaksBudget),
      ]),
    ),
    `_Costs are assumed yearly costs per person (the model holds no salaries): junior SRE ${l.junior}, senior ${l.senior}, principal ${l.principal}, other roles ${costs.roles.default}–${Math.max(...Object.values(costs.roles))} in the budget's currency. Two juniors cost what one senior costs, but count twice against a head count limit._`,
  );
}

function verdict(headcount: boolean, budget: boolean): string {
  if (headcount && budget) return '**breaks the head count limit and the budget**';
  if (headcount) return '**breaks the head count limit**';
  if (budget) return '**breaks the budget**';
  return 'fits';
}
