import { personDisplayName } from '../../../model/index.ts';

import { answeredIf, open, type QuestionCategory } from './question-answer.ts';
import { describeOrg, type QuestionFacts } from './question-facts.ts';

function money(amount: number, currency: string): string {
  return `${new Intl.NumberFormat('en-US').format(amount)} ${currency}`;
}

export function budgetQuestions({ model, sreOrgs }: QuestionFacts): QuestionCategory {
  return {
    category: 'Budget',
    questions: [
      answeredIf(
        'Should SRE get its own dedicated budget?',
        sreOrgs
          .filter((o) => o.spec.budget)
          .map(
            (o) =>
              `${describeOrg(o)}: ${money(o.spec.budget?.amount ?? 0, o.spec.budget?.currency ?? '')} per ${o.spec.budget?.period}`,
          ),
        sreOrgs.length === 0
          ? 'no SRE organization to hold a budget'
          : 'the SRE organization has no budget',
      ),
      answeredIf(
        'Who should be responsible for the budget?',
        [...model.organizations.values()]
          .filter((o) => o.spec.budget && o.spec.head)
          .map((o) => `${describeOrg(o)}: ${personDisplayName(model, o.spec.head ?? '')}`),
      ),
      answeredIf(
        'Who should be responsible for budget distribution?',
        [...model.transferPrices.values()].map(
          (t) =>
            `${t.spec.provider} charges ${t.spec.consumer} ${t.spec.hourlyRate} ${t.spec.currency} per SRE support hour (§12.4.7)`,
        ),
        'no transfer prices',
      ),
      open('What are the salaries by role and location in the realm of SRE?'),
    ],
  };
}
