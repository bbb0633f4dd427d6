import {
  isOutsideCompany,
  personDisplayName,
  type SalaryBand,
  SRE_ROLE_KIND,
} from '../../../model/index.ts';

import { roleLabel } from '../../people/role-names.ts';
import { answeredIf, type QuestionCategory } from './question-answer.ts';
import { describeOrg, type QuestionFacts } from './question-facts.ts';

function money(amount: number, currency: string): string {
  return `${new Intl.NumberFormat('en-US').format(amount)} ${currency}`;
}

/**
 * A band that prices SREs: one for an SRE role, or for an SRE level (levels are the §12.10 SRE
 * levels). A band for every role also prices SREs, but says nothing about SRE salaries.
 */
function isSreBand(band: SalaryBand): boolean {
  const { role, level } = band.spec;
  return level !== undefined || (role !== undefined && SRE_ROLE_KIND[role] !== 'none');
}

function describeSreBand(band: SalaryBand): string {
  const { role, level, location, annual, currency } = band.spec;
  const who = `${level ? `${level} ` : ''}${roleLabel(role ?? 'sre')}`;
  return `${who}, ${location ?? 'every location'}: ${money(annual, currency)} a year`;
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
        // Another company's budget is its contract's value, held by that company, not the
        // company's to be responsible for.
        [...model.organizations.values()]
          .filter((o) => o.spec.budget && o.spec.head && !isOutsideCompany(model, o.name))
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
      answeredIf(
        'What are the salaries by role and location in the realm of SRE?',
        [...model.salaryBands.values()].filter(isSreBand).map(describeSreBand),
        model.salaryBands.size === 0
          ? undefined
          : 'the salary bands of the model state none for an SRE role or level',
      ),
    ],
  };
}
