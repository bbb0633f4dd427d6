import type { CompiledModel } from '../../model/index.ts';
import { sreScope } from './sre-scope.ts';
import { sreTeamsNeeded } from './sre-teams-needed.ts';

export interface SreTeamScaling {
  /** Development teams supported by SRE models (now or by the target model). */
  readonly developmentTeams: readonly string[];
  readonly needed: number;
  readonly current: number;
  /** The SRE teams that exist (type `sre`). */
  readonly sreTeams: readonly string[];
  /** needed − current; negative when there are more SRE teams than the table asks for. */
  readonly gap: number;
}

/**
 * §12.4.1: SRE teams needed for the development teams an SRE team serves or will serve (now, or
 * by the target model), against those that exist. A team whose only tie to SRE is its own
 * embedded SRE (§12.3 options 2 and 3) needs no SRE team: the table scales SRE teams with the dev
 * teams they share on-call with.
 */
export function sreTeamScaling(model: CompiledModel): SreTeamScaling {
  const developmentTeams = sreScope(model)
    .filter((s) => s.reasons.some((r) => r !== 'setup'))
    .map((s) => s.team.name);
  const sreTeams = [...model.teams.values()]
    .filter((t) => t.spec.type === 'sre')
    .map((t) => t.name);
  const needed = sreTeamsNeeded(developmentTeams.length);
  return {
    developmentTeams,
    needed,
    current: sreTeams.length,
    sreTeams,
    gap: needed - sreTeams.length,
  };
}
