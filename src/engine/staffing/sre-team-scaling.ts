import {
  type CompiledModel,
  isSreRunModel,
  isSreTeamInNameOnly,
  type Team,
} from '../../model/index.ts';
import { sreScope } from './sre-scope.ts';
import { sreTeamsNeeded } from './sre-teams-needed.ts';

/** The development teams one development organization's own SRE teams scale with (§12.4.1). */
export interface SreTeamScalingGroup {
  /**
   * The development organization whose own SRE teams serve these teams; `null` for the teams
   * served from elsewhere (an operations or SRE organization) or by no SRE team yet: they scale
   * together.
   */
  readonly organization: string | null;
  readonly developmentTeams: readonly string[];
  readonly needed: number;
}

export interface SreTeamScaling {
  /** Development teams supported by SRE models (now or by the target model). */
  readonly developmentTeams: readonly string[];
  /** The sum of the groups' needs. */
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
  /**
   * The development teams by the organization whose SRE teams scale with them, each with its own
   * need: one group for a central SRE, one per development organization that has SRE teams of
   * its own.
   */
  readonly byOrganization: readonly SreTeamScalingGroup[];
  /** The most SRE teams any one organization's group needs (§12.4.1: "above two"). */
  readonly mostInOneOrganization: number;
}

/**
 * §12.4.1: SRE teams needed for the development teams an SRE team serves or will serve (now, or
 * by the target model), against those that exist. A team whose only tie to SRE is its own
 * embedded SRE (§12.3 options 2 and 3) needs no SRE team: the table scales SRE teams with the dev
 * teams they share on-call with.
 *
 * The table is read per development organization where SRE teams sit in the development
 * organizations they serve (§12.4.1: "the number of SRE teams needs to be grown in line with
 * growing the number of development teams in the development organization"; §12.7.1: SREs
 * reporting to their product line): a company of three product lines with an SRE team in each
 * of four, two and three teams needs three SRE teams, not the two nine teams would need under
 * one roof — read over the whole company, the table asked to merge SRE teams that report to
 * different heads. Development teams served from an operations or SRE organization, or by no
 * SRE team yet, are counted together, as one central SRE serves them.
 */
export function sreTeamScaling(model: CompiledModel): SreTeamScaling {
  const developmentTeams = sreScope(model)
    .filter((s) => s.reasons.some((r) => r !== 'setup'))
    .map((s) => s.team);
  const ofTypeSre = [...model.teams.values()].filter((t) => t.spec.type === 'sre');
  // An SRE team of re-titled operations engineers has no SRE capacity (§12.4.6): counting it
  // said game-studio's IT "SRE" team was a second SRE team, one more than needed, to merge.
  const inNameOnly = ofTypeSre.filter((t) => isSreTeamInNameOnly(model, t)).map((t) => t.name);
  const sreTeams = ofTypeSre.map((t) => t.name).filter((t) => !inNameOnly.includes(t));
  const servedBy = sreTeamsServing(model, ofTypeSre);
  const groups = new Map<string | null, string[]>();
  for (const team of developmentTeams) {
    const own = (servedBy.get(team.name) ?? []).some(
      (sre) => sre.spec.organization === team.spec.organization,
    );
    const key = own ? team.spec.organization : null;
    // Pushed, not copied: a copy per team made 10,000 teams of one organization quadratic.
    const group = groups.get(key);
    if (group) group.push(team.name);
    else groups.set(key, [team.name]);
  }
  const byOrganization = [...groups].map(([organization, teams]) => ({
    organization,
    developmentTeams: teams,
    needed: sreTeamsNeeded(teams.length),
  }));
  const needed = byOrganization.reduce((n, g) => n + g.needed, 0);
  return {
    developmentTeams: developmentTeams.map((t) => t.name),
    needed,
    current: sreTeams.length,
    sreTeams,
    inNameOnly,
    gap: needed - sreTeams.length,
    byOrganization,
    mostInOneOrganization: Math.max(0, ...byOrganization.map((g) => g.needed)),
  };
}

/**
 * The SRE teams that serve each development team: those whose `supports` names it
 * (`model.index.supportersOf`) and those that run its services with it or for it.
 */
function sreTeamsServing(model: CompiledModel, ofTypeSre: readonly Team[]): Map<string, Team[]> {
  // A set: a scan of every SRE team per team and per service grew with teams times SRE teams.
  const sreTeams = new Set(ofTypeSre);
  const served = new Map<string, Team[]>();
  const add = (devTeam: string, sre: Team) => {
    const list = served.get(devTeam) ?? [];
    if (!list.includes(sre)) served.set(devTeam, [...list, sre]);
  };
  for (const team of model.teams.values()) {
    for (const sre of model.index.supportersOf(team.name)) {
      if (sreTeams.has(sre)) add(team.name, sre);
    }
  }
  for (const service of model.services.values()) {
    const sre = service.spec.sreTeam ? model.teams.get(service.spec.sreTeam) : undefined;
    if (sre && sreTeams.has(sre) && isSreRunModel(service.spec.runModel)) {
      add(service.spec.owner, sre);
    }
  }
  return served;
}
