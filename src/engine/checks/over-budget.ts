import type { CompiledModel } from '../../model/index.ts';
import { defaultedLines, organizationBudgetVerdict } from '../funding/budget-verdict.ts';
import { displayMoney, sumMoney } from '../money/index.ts';
import { budgetCommitment } from '../spectrum/budget-commitments.ts';
import { type Check, finding, type Subject } from './check.ts';

/** An organization committed beyond its budget, and whether the breach rests on default salaries. */
export interface BudgetBreach {
  readonly subject: Subject;
  readonly message: string;
  /**
   * The breach holds only with salaries the model does not state (default yearly costs): without
   * them the commitment fits. Known breaches are errors; assumed ones warnings (§12.4.6).
   */
  readonly assumed: boolean;
}

/**
 * §12.4.6, §12.4.7: what each organization with a budget commits a year — the salaries of the
 * people it pays directly, the budgets of the organizations below it and the SRE support it buys
 * at transfer prices (`budgetCommitment`) — where it exceeds the budget.
 */
export function budgetBreaches(model: CompiledModel): readonly BudgetBreach[] {
  // Two checks read them (over-budget, over-budget-at-default-salaries): worked out once per
  // compiled model, not once per check (#15).
  return model.derive(findBudgetBreaches);
}

function findBudgetBreaches(model: CompiledModel): readonly BudgetBreach[] {
  return [...model.organizations.values()].flatMap((o) => {
    const c = budgetCommitment(model, o);
    if (!c) return [];
    const s = c.salaries;
    const defaults = defaultedLines(s.lines, s.total.currency);
    const verdict = organizationBudgetVerdict(model, o.name, c.committedPerYear, c.budgetPerYear, {
      amount: sumMoney(
        defaults.map((l) => l.annual),
        s.total.currency,
      ),
      count: defaults.length,
    });
    if (verdict.kind === 'fits') return [];
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
    const assumed = verdict.kind === 'over-at-default-salaries';
    return [
      {
        subject: { kind: 'Organization', name: o.name },
        message: `${o.name} commits ${displayMoney(c.committedPerYear)} a year (${parts.join('; ')}) against a budget of ${displayMoney(c.budgetPerYear)} a year.${assumed ? ` Without the ${s.fromDefaults} default ${s.fromDefaults === 1 ? 'salary' : 'salaries'} it fits: state salary bands to know whether the budget really breaks.` : ''}`,
        assumed,
      },
    ];
  });
}

/** §12.4.6, §12.4.7: an organization committed beyond its budget by the salaries it states. */
export const overBudget: Check = {
  code: 'over-budget',
  severity: 'error',
  section: '§12.4.6',
  summary:
    'an organization whose salaries, sub-organization budgets and transfer-price charges exceed its budget',
  run: ({ model }) =>
    budgetBreaches(model)
      .filter((b) => !b.assumed)
      .map((b) => finding(overBudget, b.subject, b.message)),
};
