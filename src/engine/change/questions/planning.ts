import { organizationPeople } from '../../../model/concepts/organization-people.ts';
import { roleLabel } from '../../people/role-names.ts';
import { answeredIf, open, type QuestionCategory } from './question-answer.ts';
import { describeOrg, type QuestionFacts } from './question-facts.ts';

export function planningQuestions({ model }: QuestionFacts): QuestionCategory {
  const openPositions = [...model.people.values()].filter((p) => p.spec.openPosition);
  return {
    category: 'Planning',
    questions: [
      answeredIf('How many people by role would be needed in the next one to three years?', [
        ...[...model.organizations.values()]
          .filter((o) => o.spec.headcountLimit !== undefined)
          .map(
            (o) =>
              `${describeOrg(o)}: head count ${o.spec.headcountLimit}, ${organizationPeople(model, o).length} in place`,
          ),
        ...[...new Set(openPositions.map((p) => p.spec.role))].map(
          (role) =>
            `Open ${role ? roleLabel(role) : 'role not set'} positions: ${openPositions.filter((p) => p.spec.role === role).length}`,
        ),
      ]),
      answeredIf(
        'Where in the world would the people need to be hired?',
        [
          ...new Set(
            openPositions
              .map((p) => p.spec.location ?? p.spec.timezone)
              .filter((l) => l !== undefined),
          ),
        ].map((l) => `Open positions in ${l}`),
        openPositions.length === 0
          ? 'no open positions'
          : 'open positions have no location or timezone',
      ),
      open('Is fully remote work acceptable by role?'),
    ],
  };
}
