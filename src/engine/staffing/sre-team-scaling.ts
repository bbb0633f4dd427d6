import { type CompiledModel, isSreTeamInNameOnly } from '../../model/index.ts';
import { sreScope } from './sre-scope.ts';
import { sreTeamsNeeded } from './sre-teams-needed.ts';

export interface SreTeamScaling {
  /** Development teams supported by SRE models (now or by the target model). */
  readonly developmentTeams: readonly string[];
  readonly needed: number;
  readonly current: number;
  /** The SRE teams that exist (type `sre`) and practise SRE. */
  readonly sreTeams: readonly string[];
  /**
   * Teams of type `sre` in which nobody practises SRE (`isSreTeamInNameOnly`, §12.4.6, §12.9.4):
   * not counted as SRE teams; named so a reader who counts the teams of type `sre` sees why.
   */
  readonly inNameOnly: readonly string[];
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
  const ofTypeSre = [...model.teams.values()].filter((t) => t.spec.type === 'sre');
  // An SRE team of re-titled operations engineers has no SRE capacity (§12.4.6): counting it
  // said game-studio's IT "SRE" team was a second SRE team, one more than needed, to merge.
  const inNameOnly = ofTypeSre.filter((t) => isSreTeamInNameOnly(model, t)).map((t) => t.name);
  const sreTeams = ofTypeSre.map((t) => t.name).filter((t) => !inNameOnly.includes(t));
  const needed = sreTeamsNeeded(developmentTeams.length);
  return {
    developmentTeams,
    needed,
    current: sreTeams.length,
    sreTeams,
    inNameOnly,
    gap: needed - sreTeams.length,
  };
}
