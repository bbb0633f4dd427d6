import { type CompiledModel, displayName, type Service } from '../../model/index.ts';
import {
  type BusinessHours,
  COVERED_HOURS_PER_DAY,
  timeOfDay as clock,
  minuteOfDay,
} from '../coverage-hours/index.ts';
import { modelSites } from './model-sites.ts';
import { organizationSite } from './organization-site.ts';

/** An office-hours rotation of a service: its name, the zone whose clock it keeps, its hours. */
export interface OfficeHoursRotation {
  readonly name: string;
  readonly zone: string;
  readonly hours: BusinessHours;
}

/**
 * Whose office hours an office-hours rotation (8x5, 8x7) keeps for a service, when they are
 * another site's than the one its owners work at (§12.6, §12.9.5): the owners are the
 * organization of the team that owns it (`organizationSite`), for whom and whose users the
 * service runs. Meter data run from Bangalore for a utility in Chicago and Denver keeps
 * Bangalore's hours, which are Chicago's night: "confirm that office hours are enough" means
 * nothing until it says whose. Says the rotation's hours on its own clock (8 hours from the start
 * of its business hours, as it is scheduled) and the same hours in the owners' zone, January and
 * July; undefined when the rotation keeps a clock of the owners' own site.
 */
export function officeHoursElsewhere(
  model: CompiledModel,
  service: Service,
  rotation: OfficeHoursRotation,
): string | undefined {
  const organization = model.teams.get(service.spec.owner)?.spec.organization;
  const owners = organization === undefined ? undefined : organizationSite(model, organization);
  if (owners === undefined || organization === undefined) return undefined;
  const sites = modelSites(model);
  const at = sites.siteOfZone(rotation.zone);
  if (at.name === owners.name) return undefined;
  const start = minuteOfDay(rotation.hours.start);
  const end = start + COVERED_HOURS_PER_DAY * 60;
  const own = sites.offsetsOf(rotation.zone);
  const january = owners.offsets.january - own.january;
  const july = owners.offsets.july - own.july;
  const there = `${clock(start + january)}–${clock(end + january)}`;
  const summer = july === january ? '' : ` (${clock(start + july)}–${clock(end + july)} in July)`;
  const org = model.organizations.get(organization);
  const whose = org === undefined ? organization : displayName(org);
  return `${rotation.name} keeps ${at.name}'s office hours, ${clock(start)}–${clock(end)} ${rotation.zone} time, which are ${there}${summer} in ${owners.name}, where ${whose} works`;
}
