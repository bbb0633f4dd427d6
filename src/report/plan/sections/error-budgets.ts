import type { ErrorBudgets } from '../../../engine/plan/document/plan-document-schema.ts';
import { code, list, section, table, text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

type Status = Extract<ErrorBudgets, { given: true }>['services'][number]['status'];

const STATUS: Readonly<Record<Status, string>> = {
  within: 'within',
  depleted: '**depleted**',
  'no-data': 'no data',
  'no-target': 'no target',
};

/** Said by the status column already. */
const NO_SAMPLES = 'no SLI samples';

const TITLE = 'Error budget status per service (§12.5)';
const WHY =
  'How much of its error budget each service has used in its current window, from SLI samples, and who runs it now under its error budget policy.';

/** "12.5 %" of the budget, from a share (1 = the whole budget). */
export function budgetPercent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 1000) / 10} %`;
}

/** §12.5: each service's error budget as `budgets` measures it, and its run model now. */
export const errorBudgetsSection: PlanSection = {
  id: 'error-budgets',
  render: ({ errorBudgets: e }) => {
    if (!e.given)
      return section(
        TITLE,
        WHY,
        'No SLI data given: make the plan with `--sli FILE` (and `--at`) to see each service’s error budget, as `whorunsit budgets` measures it.',
      );
    const count = (status: Status) => e.services.filter((s) => s.status === status).length;
    const counts = [
      `**${count('depleted')} depleted**`,
      `${count('within')} within budget`,
      `${count('no-data')} without samples`,
      `${count('no-target')} without an availability target`,
    ];
    const incidents = e.incidents === null ? '' : ` and incidents from ${code(e.incidents)}`;
    return section(
      TITLE,
      WHY,
      `As of ${text(e.asOf)}, from SLI samples in ${code(e.sli)}${incidents}: ${counts.join(', ')}.`,
      table(
        [
          'Service',
          'Tier',
          'Target',
          'Window',
          'Budget used',
          'Bad events left',
          'Status',
          'Run by',
        ],
        e.services.map((s) => [
          code(s.name),
          s.tier ?? '–',
          s.target === null ? '–' : `${s.target} %`,
          s.period === null ? code(s.window) : `${text(s.period)}${s.complete ? '' : ' (so far)'}`,
          budgetPercent(s.consumedShare),
          s.remaining === null ? '–' : Math.round(s.remaining).toLocaleString('en-US'),
          STATUS[s.status],
          s.currentRunModel === s.agreedRunModel
            ? code(s.agreedRunModel)
            : `${code(s.currentRunModel)} (agreed: ${code(s.agreedRunModel)})`,
        ]),
      ),
      e.unknownServices.length === 0
        ? ''
        : `Samples of services not in the model (not counted): ${e.unknownServices.map(code).join(', ')}.`,
      list(
        e.services
          .map((s) => ({ s, notes: s.notes.filter((n) => n !== NO_SAMPLES) }))
          .filter(({ notes }) => notes.length > 0)
          .map(({ s, notes }) => `${code(s.name)}: ${notes.map(text).join('; ')}`),
      ),
    );
  },
};
