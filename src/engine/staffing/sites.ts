import type { CompiledModel } from '../../model/index.ts';
import { type ModelSites, teamSite } from '../sites/index.ts';

export { mostCommon } from '../sites/index.ts';

/** Where somebody with no zone at all is counted. */
export const UNKNOWN_SITE = 'unknown';

/** The site a person works at, by name (`modelSites`); `unknown` for someone placed nowhere. */
export function siteNameOf(sites: ModelSites, person: string): string {
  return sites.siteOf(person)?.name ?? UNKNOWN_SITE;
}

/** The site a team works at (`teamSite` of sites), by name; `unknown` when nobody is placed. */
export function teamSiteName(model: CompiledModel, team: string): string {
  return teamSite(model, team) ?? UNKNOWN_SITE;
}

/** The zone a site lives by. */
export function siteTimezone(sites: ModelSites, site: string): string | undefined {
  return sites.sites.find((s) => s.name === site)?.zone;
}
