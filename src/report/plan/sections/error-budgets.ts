import type { ErrorBudgets } from '../../../engine/plan/document/plan-document-schema.ts';
import {
  codeSpans,
  type Inline,
  joined,
  mono,
  para,
  type SectionBlocks,
  strong,
} from '../blocks.ts';
import { blockSection } from '../plan-section.ts';

type Status = Extract<ErrorBudgets, { given: true }>['services'][number]['status'];

const STATUS: Readonly<Record<Status, Inline>> = {
  within: 'within',
  depleted: strong('depleted'),
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
export const errorBudgetsSection = blockSection(
  'error-budgets',
  ({ errorBudgets: e }): SectionBlocks => {
    if (!e.given)
      return {
        title: TITLE,
        why: WHY,
        blocks: [
          // How to give them is the edge's to say (a CLI flag, a server endpoint).
          para([
            'No SLI data given. ',
            codeSpans(e.howToGive),
            ' to see each service’s error budget and who runs it now under its policy.',
          ]),
        ],
      };
    const count = (status: Status) => e.services.filter((s) => s.status === status).length;
    const counts: Inline[] = [
      strong(`${count('depleted')} depleted`),
      `${count('within')} within budget`,
      `${count('no-data')} without samples`,
      `${count('no-target')} without an availability target`,
    ];
    const incidents: Inline =
      e.incidents === null ? '' : [' and incidents from ', mono(e.incidents)];
    return {
      title: TITLE,
      why: WHY,
      blocks: [
        para([
          `As of ${e.asOf}, from SLI samples in `,
          mono(e.sli),
          incidents,
          ': ',
          joined(counts, ', '),
          '.',
        ]),
        {
          headers: [
            'Service',
            'Tier',
            'Target',
            'Window',
            'Budget used',
            'Bad events left',
            'Status',
            'Run by',
          ],
          rows: e.services.map((s) => [
            mono(s.name),
            s.tier ?? '–',
            s.target === null ? '–' : `${s.target} %`,
            s.period === null ? mono(s.window) : `${s.period}${s.complete ? '' : ' (so far)'}`,
            budgetPercent(s.consumedShare),
            s.remaining === null ? '–' : Math.round(s.remaining).toLocaleString('en-US'),
            STATUS[s.status],
            s.currentRunModel === s.agreedRunModel
              ? mono(s.agreedRunModel)
              : [mono(s.currentRunModel), ' (agreed: ', mono(s.agreedRunModel), ')'],
          ]),
        },
        e.unknownServices.length === 0
          ? null
          : para([
              'Samples of services not in the model (not counted): ',
              joined(e.unknownServices.map(mono), ', '),
              '.',
            ]),
        {
          items: e.services
            .map((s) => ({ s, notes: s.notes.filter((n) => n !== NO_SAMPLES) }))
            .filter(({ notes }) => notes.length > 0)
            .map(({ s, notes }) => [mono(s.name), ': ', joined(notes, '; ')]),
        },
      ],
    };
  },
);
