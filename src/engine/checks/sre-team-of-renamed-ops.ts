import {
  holdsSreTitleWithZeroPractice,
  isSreTeamInNameOnly,
  teamEngineers,
} from '../../model/index.ts';
import { type Check, finding, listNames } from './check.ts';

/**
 * §12.4.6, §12.9.4: an SRE team in which nobody practices SRE (`isSreTeamInNameOnly`) will not
 * support developers in shared on-call.
 */
export const sreTeamOfRenamedOps: Check = {
  code: 'sre-team-of-renamed-ops',
  severity: 'warning',
  section: '§12.4.6, §12.9.4',
  summary:
    'an SRE team whose people are all `ops-engineer`s or hold the SRE title with no months of SRE practice',
  run: ({ model }) =>
    model.index.teamsOfType('sre').flatMap((t) => {
      if (!isSreTeamInNameOnly(model, t)) return [];
      const people = teamEngineers(model, t.name);
      const ops = people.filter((p) => p.spec.role === 'ops-engineer');
      const retitled = people.filter(holdsSreTitleWithZeroPractice);
      const message =
        retitled.length === 0
          ? `SRE team ${t.name} consists only of operations engineers: a renamed ops team will not support developers in shared on-call; staff it with engineers who combine development and operations skills.`
          : `SRE team ${t.name} is an SRE team in name only: ${listNames(retitled.map((p) => p.name))} hold${retitled.length === 1 ? 's' : ''} the SRE title with no months of SRE practice${ops.length > 0 ? ` and ${listNames(ops.map((p) => p.name))} ${ops.length === 1 ? 'is an operations engineer' : 'are operations engineers'}` : ''}: re-titled operations engineers carry on with the same work. Let them practice SRE on real services before the role is assigned, with engineers who combine development and operations skills.`;
      return [finding(sreTeamOfRenamedOps, { kind: 'Team', name: t.name }, message)];
    }),
};
