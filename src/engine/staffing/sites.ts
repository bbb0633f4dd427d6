import type { CompiledModel } from '../../model/index.ts';
import { type ModelSites, mostCommon } from '../sites/index.ts';

export { mostCommon } from '../sites/index.ts';

/** Where somebody with no zone at all is counted. */
export const UNKNOWN_SITE = 'unknown';

/** The site a person works at, by name (`modelSites`); `unknown` for someone placed nowhere. */
export function siteNameOf(sites: ModelSites, person: string): string {
  return sites.siteOf(person)?.name ?? UNKNOWN_SITE;
}

/** The site most of a team's people work at (§12.10.2: a team sits where its people work). */
export function teamSite(model: CompiledModel, sites: ModelSites, team: string): string {
  const people = model.index.membersOf(team);
  return mostCommon(people.map((p) => siteNameOf(sites, p.name))) ?? UNKNOWN_SITE;
}

/** The zone a site lives by. */
export function siteTimezone(sites: ModelSites, site: string): string | undefined {
  return sites.sites.find((s) => s.name === site)?.zone;
}
