import type { CompiledModel, Rotation } from '../../model/index.ts';
import { type ModelSites, modelSites, type Site } from './model-sites.ts';
import { mostCommon } from './person-zones.ts';
import { meanOffset, type ZoneOffsets, zoneOffsets } from './zone-offsets.ts';

/** The members of a rotation at one site. */
export interface RotationSite {
  /** The site's name (see `Site`). */
  readonly name: string;
  readonly site: Site;
  /**
   * The zone most of these members live by: where this site's part of a follow-the-sun day is
   * handed over.
   */
  readonly zone: string;
  readonly offsets: ZoneOffsets;
  readonly members: readonly string[];
}

/**
 * A rotation's members grouped by site (see `modelSites`), east to west. A member without a
 * zone of their own is at the rotation's zone.
 */
export function rotationSites(
  model: CompiledModel,
  rotation: Rotation,
  sites: ModelSites = modelSites(model),
): RotationSite[] {
  const groups = new Map<Site, { members: string[]; zones: string[] }>();
  for (const member of new Set(rotation.spec.members)) {
    const zone = sites.memberZone(rotation, member);
    const site = sites.siteOfZone(zone);
    const group = groups.get(site);
    if (group) {
      group.members.push(member);
      group.zones.push(zone);
    } else groups.set(site, { members: [member], zones: [zone] });
  }
  return [...groups]
    .map(([site, { members, zones }]) => {
      const zone = mostCommon(zones) ?? site.zone;
      return { name: site.name, site, zone, offsets: zoneOffsets(zone), members };
    })
    .sort(
      (a, b) =>
        meanOffset(b.offsets) - meanOffset(a.offsets) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
}
