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
 * San Francisco and Sydney is nights for one of them). Nor a team whose services SRE runs
 * alone (§12.5): its developers are on call for none of them, so sharing a rotation with it
 * merges no rotation and puts no fewer people on call (streaming-media's ad insights were
 * advised a domain rotation "with ad-serving", whose services the ads SREs run, and the design
 * split their one 8x5 rotation into two). Services operations run today may go to their
 * developers by the recommendations (§12.2.3), so they do not exclude a team.
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
    if (sreRunsAll(model, t.name)) return false;
    const site = teamSite(model, t.name);
    return own === undefined || site === undefined || site === own;
  });
}

/**
 * Whether SRE runs every service a team owns alone (§12.5): its developers are on call for
 * nothing. A team that owns no service yet is not known to be one.
 */
function sreRunsAll(model: CompiledModel, team: string): boolean {
  const owned = model.index.servicesOwnedBy(team);
  return owned.length > 0 && owned.every((s) => s.spec.runModel === 'sre-runs-it');
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
