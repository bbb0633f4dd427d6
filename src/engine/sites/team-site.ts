import type { CompiledModel } from '../../model/index.ts';
import { type ModelSites, modelSites } from './model-sites.ts';
import { mostCommon } from './person-zones.ts';

/**
 * The site a team works at, by name (§12.10.2: a team sits where its people work): the site most
 * of its people work at (`modelSites`), counting only people placed somewhere; undefined when
 * none of them is. People without a zone say nothing about where the team works, so three of
 * them do not outvote two in Lisbon. Domain rotations, the optimized design and the SRE head
 * count per location all place a team by this.
 */
export function teamSite(model: CompiledModel, team: string): string | undefined {
  return model.derive(teamSites).get(team);
}

/** Every team's site, worked out once per model. */
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
