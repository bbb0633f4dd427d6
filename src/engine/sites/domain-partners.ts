import type { CompiledModel, Team } from '../../model/index.ts';
import { teamSite } from './team-site.ts';

/**
 * The teams a team can share a domain rotation with (§12.6: "domain rotations … fewer people
 * on call per set of teams"): the other development teams of `domain` (the team's own, unless
 * given) that share its working hours, i.e. work at its site (`teamSite`: where most of a
 * team's placed people are). A team whose people state no zone, or a partner whose people do not,
 * is taken to share hours: nothing says otherwise. A model that states no domain is one
 * (`domainTeams`). Empty for a team alone in its domain, with no domain where others state one,
 * or whose domain's other teams work on other continents (an 8x5 rotation across
 * San Francisco and Sydney is nights for one of them).
 */
export function domainPartners(
  model: CompiledModel,
  team: string,
  domain: string | undefined = model.teams.get(team)?.spec.domain,
): readonly Team[] {
  // Asked for every service of a team (recommendations, the optimized design, a check): each
  // answer is kept with the model.
  const known = model.derive(partnersByDomain);
  let byTeam = known.get(domain);
  if (byTeam === undefined) {
    byTeam = new Map();
    known.set(domain, byTeam);
  }
  let partners = byTeam.get(team);
  if (partners === undefined) {
    partners = partnersOf(model, team, domain);
    byTeam.set(team, partners);
  }
  return partners;
}

/** Partners by domain, then team (`model.derive`). */
function partnersByDomain(): Map<string | undefined, Map<string, readonly Team[]>> {
  return new Map();
}

function partnersOf(model: CompiledModel, team: string, domain: string | undefined): Team[] {
  const teams = domainTeams(model, domain);
  const own = teamSite(model, team);
  return teams.filter((t) => {
    if (t.name === team || t.spec.type !== 'development') return false;
    const site = teamSite(model, t.name);
    return own === undefined || site === undefined || site === own;
  });
}

/**
 * The teams of a domain. A model that states no domain on any team or service is one domain,
 * as it is one business line (§12.10: "the entire business in the case of a smaller company";
 * the senior SRE head count counts it so): `undefined` then names it, and every team is of it.
 * Where some teams state a domain, a team without one belongs to none.
 */
export function domainTeams(model: CompiledModel, domain: string | undefined): readonly Team[] {
  if (domain !== undefined) return model.index.teamsInDomain(domain);
  return model.derive(statesNoDomain) ? [...model.teams.values()] : [];
}

function statesNoDomain(model: CompiledModel): boolean {
  for (const t of model.teams.values()) if (t.spec.domain !== undefined) return false;
  for (const s of model.services.values()) if (s.spec.domain !== undefined) return false;
  return true;
}
