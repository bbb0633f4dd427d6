import { type CompiledModel, type Rotation, rotationTurnTakers } from '../../model/index.ts';
import { groupZones, type ModelSites, modelSites, type Site } from './model-sites.ts';
import { meanOffset, type ZoneOffsets } from './zone-offsets.ts';

/** The members of a rotation at one site. */
export interface RotationSite {
  /**
   * The site's name: the name of the organization's site (`modelSites`) its members work at, so
   * a rotation never calls the same people by another city than staffing does.
   */
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
 * A rotation's members grouped by site, east to west: the neighbour rule of `modelSites`
 * (zones at most two hours apart in January and July, chained) applied to the members' own
 * zones, so people who are on no rotation never change a rotation's sites. A member without a
 * zone of their own (`personZones`) is at the rotation's zone.
 */
export function rotationSites(
  model: CompiledModel,
  rotation: Rotation,
  sites: ModelSites = modelSites(model),
): RotationSite[] {
  // Only those who take its turns (§12.10.1: not a member who takes no nights on a 24x7 one).
  const takers = rotationTurnTakers(model, rotation);
  const byZone = new Map<string, string[]>();
  for (const member of takers) {
    const zone = sites.memberZone(rotation, member);
    const list = byZone.get(zone);
    if (list) list.push(member);
    else byZone.set(zone, [member]);
  }
  const grouped = groupZones(
    [...byZone.keys()],
    (zone) => {
      const people = byZone.get(zone) ?? [];
      return {
        people,
        locations: people.flatMap((p) => {
          const location = model.people.get(p)?.spec.location;
          return location === undefined ? [] : [location];
        }),
      };
    },
    sites.offsetsOf,
  );
  // One place has one name in every command: a rotation's site is called what the
  // organization's site of its members is called (`modelSites`, named from all its people), not
  // by the cities of the few members counted here. Six members of BSS operations, three in
  // Lisbon and three in Madrid, are "in Madrid/Lisbon", the site staffing places both in; the
  // name lists its cities (`siteName`), so members who all work in Lisbon are not said to be in
  // Madrid alone.
  const modelNames = grouped.map((site) => sites.siteOfZone(site.zone).name);
  const named = grouped.map((site, i) => {
    const name = modelNames[i] as string;
    // Members at both ends of a site chained through people on no rotation (San Francisco and
    // New York, linked by Chicago) are two sites to this rotation: each part keeps the name of
    // its own members' cities, cities of that site, which tells the parts apart.
    const split = modelNames.filter((n) => n === name).length > 1;
    return split ? site : { ...site, name };
  });
  // Members keep the rotation's order: it is the order turns go round.
  const order = takers;
  return named
    .map((site) => ({
      name: site.name,
      site,
      zone: site.zone,
      offsets: site.offsets,
      members: order.filter((m) => site.people.includes(m)),
    }))
    .sort(
      (a, b) =>
        meanOffset(b.offsets) - meanOffset(a.offsets) ||
        (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
}
