import { type Check, finding } from './check.ts';
import { budgetBreaches } from './over-budget.ts';

/**
 * §12.4.6: a budget broken only by salaries the model does not state. The default yearly costs
 * stand in for them (documented in docs/staffing-and-money.md); whether the budget really breaks
 * depends on the real salaries, so this warns and asks for salary bands rather than failing
 * `check` on a figure nobody gave.
 */
export const overBudgetAtDefaultSalaries: Check = {
  code: 'over-budget-at-default-salaries',
  severity: 'warning',
  section: '§12.4.6',
  summary:
    'an organization over its budget only with default salaries standing in for the ones the model does not state',
  run: ({ model }) =>
    budgetBreaches(model)
      .filter((b) => b.assumed)
      .map((b) => finding(overBudgetAtDefaultSalaries, b.subject, b.message)),
};
