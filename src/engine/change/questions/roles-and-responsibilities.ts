import { isSreEngineerRole } from '../../../model/index.ts';
import { roleLabel } from '../../people/role-names.ts';
import { SRE_RESPONSIBILITIES, SRE_SKILLS } from '../../people/what-makes-an-sre.ts';
import { plural } from '../plural.ts';
import { answered, answeredIf, type QuestionCategory } from './question-answer.ts';
import type { QuestionFacts } from './question-facts.ts';

export function rolesAndResponsibilitiesQuestions({ people }: QuestionFacts): QuestionCategory {
  const roles = [...new Set(people.map((p) => p.spec.role).filter((r) => r !== undefined))];
  const onRotation = people.filter((p) => p.spec.role === 'developer' && p.spec.onCall === true);
  return {
    category: 'Roles and Responsibilities',
    questions: [
      answered(
        'What are the responsibilities in the realm of SRE?',
        [
          `${plural(SRE_RESPONSIBILITIES.length, 'responsibility')} of "What Makes an SRE" (§12.9.2)`,
        ],
        'chapter',
      ),
      answeredIf('What are the roles in the realm of SRE?', [
        ...roles
          .filter((r) => isSreEngineerRole(r) || r === 'sre-infrastructure-po')
          .map(
            (r) =>
              `${roleLabel(r)}: ${people
                .filter((p) => p.spec.role === r)
                .map((p) => p.name)
                .join(', ')}`,
          ),
        ...(onRotation.length > 0
          ? [`Developers practicing SRE on rotation (§12.9.5): ${onRotation.length}`]
          : []),
      ]),
      answered(
        'What are the necessary skills by role?',
        [
          `${plural(SRE_SKILLS.length, 'skill')} of "What Makes an SRE" (§12.9.2), the same for every SRE role`,
        ],
        'chapter',
      ),
    ],
  };
}
