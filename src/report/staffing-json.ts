import type { AnnualCostTable, BudgetVerdict } from '../engine/funding/index.ts';
import { moneyJson } from '../engine/money/index.ts';
import type { Staffing } from '../engine/staffing/index.ts';
import { withNulls } from './figures.ts';

/**
 * `staffing --json`. A contract: fields are added, never renamed. At least
 * `{sreTeams: {needed, current}, roles: {junior|senior|principal: {needed, current}},
 * rotations: [{name, coverage, needed, current}]}`; money is `{amount: "1234.50", currency}`.
 */
export function staffingJson(s: Staffing, costs: AnnualCostTable): unknown {
  const { roles } = s.headcount;
  return withNulls({
    sreTeams: s.sreTeams,
    roles: {
      junior: roles.junior,
      senior: roles.senior,
      principal: roles.principal,
    },
    unleveled: s.headcount.unleveled,
    infrastructure: s.headcount.infrastructure,
    openPositions: s.headcount.openPositions,
    withoutPractice: s.headcount.withoutPractice,
    hiring: s.hiring,
    promotions: s.promotions,
    practice: s.practice,
    rotations: s.rotations,
    overloaded: s.overloaded,
    moves: s.moves,
    staysInNameOnly: s.staysInNameOnly,
    firstYearOfHires: s.firstYearOfHires ? moneyJson(s.firstYearOfHires) : null,
    firstYearOfHiresOtherCurrencies: s.firstYearOfHiresOtherCurrencies.map(moneyJson),
    funding: s.funding.map((f) => ({
      organization: f.organization,
      contract: f.contract,
      costCenter: f.costCenter ?? null,
      headcountLimit: f.headcountLimit ?? null,
      annualBudget: f.annualBudget ? moneyJson(f.annualBudget) : null,
      current: { headcount: f.current.headcount, annualCost: moneyJson(f.current.annualCost) },
      planned: { headcount: f.planned.headcount, annualCost: moneyJson(f.planned.annualCost) },
      hires: f.hires,
      movedIn: f.movedIn,
      movedOut: f.movedOut,
      supportEnded: f.supportEnded.map((t) => ({
        transferPrice: t.transferPrice,
        provider: t.provider,
        hoursPerMonth: t.hoursPerMonth,
        perYear: moneyJson(t.perYear),
      })),
      supportRepriced: f.supportRepriced.map((t) => ({
        transferPrice: t.transferPrice,
        provider: t.provider,
        sreTeam: t.sreTeam,
        movesTo: t.movesTo,
        hoursPerMonth: t.hoursPerMonth,
        perYear: moneyJson(t.perYear),
      })),
      openPositions: f.openPositions.map((o) => ({
        name: o.name,
        role: o.role,
        annualCost: o.annualCost ? moneyJson(o.annualCost) : null,
      })),
      promotions: f.promotions.map((r) => ({
        ...r,
        perYear: r.perYear ? moneyJson(r.perYear) : null,
      })),
      breaksHeadcount: f.breaksHeadcount,
      breaksBudget: f.breaksBudget,
      budget: f.budget ? budgetVerdictJson(f.budget) : null,
      budgetToday: f.budgetToday ? budgetVerdictJson(f.budgetToday) : null,
      salaries: {
        fromBands: f.salaries.fromBands,
        fromDefaults: f.salaries.fromDefaults,
        defaulted: moneyJson(f.salaries.defaulted),
        defaultedFor: f.salaries.defaultedFor,
        otherCurrencies: f.salaries.otherCurrencies.map(moneyJson),
      },
    })),
    surplus: {
      ...s.surplus,
      byLocation: s.surplus.byLocation.map((l) => ({ ...l, annualEach: moneyJson(l.annualEach) })),
      annualCost: moneyJson(s.surplus.annualCost),
      annualCostOther: s.surplus.annualCostOther.map(moneyJson),
    },
    surplusPlaces: s.surplusPlaces,
    assumptions: {
      annualCostPerPerson: costs,
      onCallAtOnce: 2,
      maxOnCallShare: 0.25,
    },
  });
}

function budgetVerdictJson(v: BudgetVerdict) {
  return v.kind === 'fits'
    ? v
    : v.kind === 'over'
      ? { kind: v.kind, overBy: moneyJson(v.overBy) }
      : { ...v, overBy: moneyJson(v.overBy), defaulted: moneyJson(v.defaulted) };
}
