import type { CompiledModel } from '../compiled/compiled-model.ts';
import type { Team } from '../model.ts';
import { holdsSreTitleWithZeroPractice } from './sre-roles.ts';
import { teamEngineers } from './team-engineers.ts';

/**
 * §12.4.6, §12.9.4: "a sysadmin team that were rebranded as an SRE team, received a small pay
 * increase... and then carried on doing the same sysadmin work". An SRE team (type `sre`) in which
 * nobody practises SRE: the people who do its work (`teamEngineers`) are all operations engineers
 * or hold the SRE title with no months of SRE practice. Unstated practice is not known to be
 * missing: only an explicit 0 counts. The check `sre-team-of-renamed-ops` reports it; the §12.4.1
 * SRE team count does not count it and the placement does not move it into the SRE home: it is an
 * operations team in all but its name.
 */
export function isSreTeamInNameOnly(model: CompiledModel, team: Team): boolean {
  if (team.spec.type !== 'sre') return false;
  const people = teamEngineers(model, team.name);
  return (
    people.length > 0 &&
    people.every((p) => p.spec.role === 'ops-engineer' || holdsSreTitleWithZeroPractice(p))
  );
}
