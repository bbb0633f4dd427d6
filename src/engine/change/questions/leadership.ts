import { isOutsideCompany, personDisplayName } from '../../../model/index.ts';

import { answered, answeredIf, type QuestionCategory } from './question-answer.ts';
import { describeOrg, type QuestionFacts } from './question-facts.ts';

export function leadershipQuestions({
  model,
  people,
  sres,
  sreOrgs,
}: QuestionFacts): QuestionCategory {
  return {
    category: 'Leadership',
    questions: [
      answeredIf(
        'What kind of leadership is needed for SRE?',
        // The company's leaders: another company's organization (a contractor, a vendor) has
        // a head of its own, who leads none of the company's SRE.
        [...model.organizations.values()]
          .filter((o) => o.spec.head !== undefined && !isOutsideCompany(model, o.name))
          .map(
            (o) =>
              `${describeOrg(o)} (${o.spec.type}): ${personDisplayName(model, o.spec.head ?? '')}`,
          ),
      ),
      answeredIf('Is business/product/technical leadership needed?', [
        ...people
          .filter((p) => p.spec.role === 'sre-infrastructure-po')
          .map(
            (p) =>
              `Product leadership for the SRE infrastructure: ${personDisplayName(model, p.name)}`,
          ),
        ...sres
          .filter((p) => p.spec.level === 'principal')
          .map(
            (p) =>
              `Technical leadership across the business line: ${personDisplayName(model, p.name)} (principal SRE)`,
          ),
      ]),
      answered(
        'Is a new C-level leader needed?',
        sreOrgs.length > 0
          ? sreOrgs.map(
              (o) =>
                `A new director or VP heads ${describeOrg(o)} (§12.8.2): ${o.spec.head ? personDisplayName(model, o.spec.head) : 'not named yet'}`,
            )
          : ['No: without an SRE organization no new SRE director or VP is needed (§12.8.2)'],
      ),
    ],
  };
}
