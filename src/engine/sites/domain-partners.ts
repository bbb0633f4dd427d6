import type { CompiledModel, Team } from '../../model/index.ts';
import { type ModelSites, modelSites } from './model-sites.ts';
import { mostCommon } from './person-zones.ts';

/**
 * The teams a team can share a domain rotation with (§12.6: "domain rotations … fewer people
 * on call per set of teams"): the other development teams of `domain` (the team's own, unless
 * given) that share its working hours, i.e. work at its site (`modelSites`: where most of a
 * team's people are). A team whose people state no zone, or a partner whose people do not,
 * is taken to share hours: nothing says otherwise. Empty for a team alone in its domain, with
 * no domain, or whose domain's other teams work on other continents (an 8x5 rotation across
 * San Francisco and Sydney is nights for one of them).
 */
export function domainPartners(
  model: CompiledModel,
  team: string,
  domain: string | undefined = model.teams.get(team)?.spec.domain,
): readonly Team[] {
  if (domain === undefined) return [];
  const sites = model.derive(teamSites);
  const own = sites.get(team);
  return model.index
    .teamsInDomain(domain)
    .filter(
      (t) =>
        t.name !== team &&
        t.spec.type === 'development' &&
        (own === undefined || sites.get(t.name) === undefined || sites.get(t.name) === own),
    );
}

/**
 * The site a team works at, by name, as `domainPartners` places it: where most of its people are;
 * undefined when none of them is placed.
 */
export function domainTeamSite(model: CompiledModel, team: string): string | undefined {
  return model.derive(teamSites).get(team);
}

/** The site each team works at, by name: where most of its people are; none if nobody is placed. */
function teamSites(model: CompiledModel): ReadonlyMap<string, string> {
  const sites: ModelSites = modelSites(model);
  const out = new Map<string, string>();
  for (const team of model.teams.values()) {
    const names = model.index.membersOf(team.name).flatMap((p) => sites.siteOf(p.name)?.name ?? []);
    const site = mostCommon(names);
    if (site !== undefined) out.set(team.name, site);
  }
  return out;
}
