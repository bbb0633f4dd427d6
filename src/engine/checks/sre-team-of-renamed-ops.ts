import { holdsSreRole, type Person, teamEngineers } from '../../model/index.ts';
import { type Check, finding, listNames } from './check.ts';

/** An SRE title held with an explicit zero months of SRE practice (§12.9.4). */
function titleWithoutPractice(person: Person): boolean {
  return holdsSreRole(person.spec.role) && person.spec.srePracticeMonths === 0;
}

/**
 * §12.4.6, §12.9.4: "a sysadmin team that were rebranded as an SRE team, received a small pay
 * increase... and then carried on doing the same sysadmin work". An SRE team in which nobody
 * practices SRE — its people are operations engineers, or hold the SRE title with no months of
 * SRE practice — will not support developers in shared on-call. Unstated practice is not known to
 * be missing: only an explicit 0 counts.
 */
export const sreTeamOfRenamedOps: Check = {
  code: 'sre-team-of-renamed-ops',
  severity: 'warning',
  section: '§12.4.6, §12.9.4',
  summary:
    'an SRE team whose people are all `ops-engineer`s or hold the SRE title with no months of SRE practice',
  run: ({ model }) =>
    model.index.teamsOfType('sre').flatMap((t) => {
      // Managers lead the team and open positions are nobody yet; the question is who does the work.
      const people = teamEngineers(model, t.name);
      const ops = people.filter((p) => p.spec.role === 'ops-engineer');
      const retitled = people.filter(titleWithoutPractice);
      if (people.length === 0 || ops.length + retitled.length < people.length) return [];
      const message =
        retitled.length === 0
          ? `SRE team ${t.name} consists only of operations engineers: a renamed ops team will not support developers in shared on-call; staff it with engineers who combine development and operations skills.`
          : `SRE team ${t.name} is an SRE team in name only: ${listNames(retitled.map((p) => p.name))} hold${retitled.length === 1 ? 's' : ''} the SRE title with no months of SRE practice${ops.length > 0 ? ` and ${listNames(ops.map((p) => p.name))} ${ops.length === 1 ? 'is an operations engineer' : 'are operations engineers'}` : ''}: re-titled operations engineers carry on with the same work. Let them practice SRE on real services before the role is assigned, with engineers who combine development and operations skills.`;
      return [finding(sreTeamOfRenamedOps, { kind: 'Team', name: t.name }, message)];
    }),
};
