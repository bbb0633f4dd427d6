import type { CompiledModel } from '../../model/index.ts';
import { sreHome } from './sre-home.ts';
import { sreTeamWords } from './sre-terms.ts';

/**
 * How the plan names the SRE team a service agrees its error budget policy with: "SRE team
 * sre-core", or, where the recommendation's SRE team is one in name only that stays where the
 * plan does not put SRE (`sreHome().staysInNameOnly`, §12.4.6, §12.9.4), "the SRE team the plan
 * builds in it-development": its SRE is a hire into the SRE team where SRE sits (§12.8.2), not a
 * re-titled operations engineer. The recommendation itself cannot say this (where SRE sits is
 * weighed from the recommendations), so the plan document says it, in every sentence that names
 * the team.
 */
export function sreTeamToAgreeWith(
  model: CompiledModel,
  sreTeam: string | null | undefined,
): string {
  if (sreTeam === null || sreTeam === undefined) return sreTeamWords(undefined);
  const home = sreHome(model);
  return home.organization !== undefined && home.staysInNameOnly.some((t) => t.team === sreTeam)
    ? `the SRE team the plan builds in ${home.organization}`
    : sreTeamWords(sreTeam);
}
