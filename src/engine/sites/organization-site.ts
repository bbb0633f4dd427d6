import { type CompiledModel, organizationPeople } from '../../model/index.ts';
import { modelSites, type Site } from './model-sites.ts';
import { mostCommon } from './person-zones.ts';

/**
 * The site an organization works at: the site where more than half of its people placed anywhere
 * (`organizationPeople`, those below it included; `modelSites`) work. Grid technology of a
 * utility with its meter data team in Bangalore and everyone else in Chicago and Denver works at
 * Chicago. Undefined for an organization spread over sites with none of them holding most of its
 * people (an engineering organization in San Francisco, Bangalore and Dublin has no one clock),
 * and for one none of whose people is placed anywhere.
 */
export function organizationSite(model: CompiledModel, organization: string): Site | undefined {
  const org = model.organizations.get(organization);
  if (org === undefined) return undefined;
  const sites = modelSites(model);
  const placed = organizationPeople(model, org).flatMap((p) => sites.siteOf(p.name)?.name ?? []);
  const name = mostCommon(placed);
  const most = placed.filter((n) => n === name).length;
  return most * 2 > placed.length ? sites.sites.find((s) => s.name === name) : undefined;
}
