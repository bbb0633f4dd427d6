import { holdsSreRole } from '../../model/index.ts';
import { type Check, finding } from './check.ts';

/** §12.9.4: the SRE role recognizes demonstrated practice; it is not a new title for the old job. */
export const sreRoleWithoutPractice: Check = {
  code: 'sre-role-without-practice',
  severity: 'warning',
  section: '§12.9.4',
  summary: 'SRE role assigned with no months of SRE practice',
  run: ({ model }) =>
    [...model.people.values()]
      // Unstated practice is not known to be missing: only an explicit 0 is reported.
      .filter((p) => holdsSreRole(p.spec.role) && p.spec.srePracticeMonths === 0)
      .map((p) =>
        finding(
          sreRoleWithoutPractice,
          { kind: 'Person', name: p.name },
          `${p.name} holds the ${p.spec.role} role with no months of SRE practice: people should practice SRE on real services before the role is assigned.`,
        ),
      ),
};
