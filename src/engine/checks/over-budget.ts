import { compareMoney, displayMoney } from '../money/index.ts';
import { budgetCommitment } from '../spectrum/budget-commitments.ts';
import { type Check, finding } from './check.ts';

/**
 * §12.4.6, §12.4.7: an organization cannot commit more than its budget: the salaries of the
 * people it pays directly, the budgets of the organizations below it plus the SRE support it buys
 * at transfer prices, compared per year (`budgetCommitment`).
 */
export const overBudget: Check = {
  code: 'over-budget',
  severity: 'error',
  section: '§12.4.6',
  summary:
    'an organization whose sub-organization budgets and transfer-price charges exceed its budget',
  run: ({ model }) =>
    [...model.organizations.values()].flatMap((o) => {
      const c = budgetCommitment(model, o);
      if (!c || compareMoney(c.committedPerYear, c.budgetPerYear) <= 0) return [];
      const s = c.salaries;
      const basis =
        s.fromDefaults === 0
          ? 'from salary bands'
          : s.fromBands === 0
            ? 'from the default salaries'
            : `${s.fromDefaults} from the default salaries`;
      const people = s.lines.length - s.otherCurrencies.length;
      const parts = [
        ...(s.lines.length > 0
          ? [
              `salaries of ${people} ${people === 1 ? 'person' : 'people'} ${displayMoney(s.total)}, ${basis}`,
            ]
          : []),
        ...c.subOrganizations.map((s) => `${s.name} ${displayMoney(s.perYear)}`),
        ...c.transferCharges.map(
          (t) =>
            `SRE support from ${t.provider} ${displayMoney(t.perYear)} (${t.hoursPerMonth} h/month)`,
        ),
      ];
      return [
        finding(
          overBudget,
          { kind: 'Organization', name: o.name },
          `${o.name} commits ${displayMoney(c.committedPerYear)} a year (${parts.join('; ')}) against a budget of ${displayMoney(c.budgetPerYear)} a year.`,
        ),
      ];
    }),
};
