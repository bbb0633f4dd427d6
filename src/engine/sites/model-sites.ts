import type { CompiledModel, Rotation } from '../../model/index.ts';
import { mostCommon, personZones } from './person-zones.ts';
import { meanOffset, type ZoneOffsets, zoneOffsets } from './zone-offsets.ts';

/**
 * Colleagues whose clocks are at most this far apart, in January and in July, share their
 * working hours: one site. Lisbon, London and Berlin are an hour apart; Berlin and Helsinki two.
 */
export const NEIGHBOUR_MINUTES = 120;

/** A group of people who share working hours, wherever exactly they live. */
export interface Site {
  /**
   * What every command calls it: its people's cities, most people first ("Dublin/Warsaw"), the
   * first three and how many more beyond them (`siteName`); else its zone.
   */
  readonly name: string;
  /** The zone most of its people live by: the site's clock. */
  readonly zone: string;
  readonly offsets: ZoneOffsets;
  /** Every zone of the site, east to west. */
  readonly zones: readonly string[];
  /**
   * Every `location` its people give, most common first (alphabetically among equals): Berlin,
   * London and Lisbon for a site named "Berlin/London/Lisbon" (one site: an hour apart). The
   * first is where most of its people work: the city a hire at the site is priced at.
   */
  readonly locations: readonly string[];
  /** Its people, by name, in model order. */
  readonly people: readonly string[];
}

/** The sites of a model and where each person is: worked out once, asked many times. */
export interface ModelSites {
  /** East to west, the way the day travels round the globe. */
  readonly sites: readonly Site[];
  /** A person's zone (see `personZones`); undefined for someone placed nowhere. */
  readonly zoneOf: (person: string) => string | undefined;
  /** A person's site; undefined for someone placed nowhere. */
  readonly siteOf: (person: string) => Site | undefined;
  /** A member's zone on a rotation: their own zone, else the rotation's. */
  readonly memberZone: (rotation: Rotation, person: string) => string;
  /** The site of a zone: the model's site for one of its zones, else a site of its own. */
  readonly siteOfZone: (zone: string) => Site;
  /** The site of that name (`Site.name`), if the model has one. */
  readonly siteNamed: (name: string) => Site | undefined;
  /**
   * A zone's offsets (`zoneOffsets`), looked up once per zone and model: every rotation's sites
   * ask for its members' zones, and reading the zone rules is most of the cost of sizing them.
   */
  readonly offsetsOf: (zone: string) => ZoneOffsets;
}

/**
 * The sites of a model (§12.9.5 sizes round-the-clock rotations by site; §12.10.2 places SREs
 * by where teams work). A site is the people who share working hours, not a UTC offset: two
 * zones are neighbours when their offsets differ by at most two hours both in January and in
 * July, and a site is every zone reachable through neighbours. Lisbon, London and Berlin are one
 * site; Berlin and New York are two. These are the organization's sites, over everyone's zones
 * (where teams and SREs sit); a rotation's sites apply the same rule to its own members
 * (`rotationSites`). Worked out once per model (`model.derive`).
 */
export function modelSites(model: CompiledModel): ModelSites {
  return model.derive(buildSites);
}

function buildSites(model: CompiledModel): ModelSites {
  const offsetsByZone = new Map<string, ZoneOffsets>();
  const offsetsOf = (zone: string): ZoneOffsets => {
    let offsets = offsetsByZone.get(zone);
    if (offsets === undefined) {
      offsets = zoneOffsets(zone);
      offsetsByZone.set(zone, offsets);
    }
    return offsets;
  };
  const zones = personZones(model);
  const peopleByZone = new Map<string, string[]>();
  for (const person of model.people.values()) {
    const zone = zones.get(person.name);
    if (zone === undefined) continue;
    const list = peopleByZone.get(zone);
    if (list) list.push(person.name);
    else peopleByZone.set(zone, [person.name]);
  }
  const sites = groupZones(
    [...peopleByZone.keys()],
    (zone) => {
      const people = peopleByZone.get(zone) ?? [];
      return {
        people,
        locations: people.flatMap((p) => {
          const location = model.people.get(p)?.spec.location;
          return location === undefined ? [] : [location];
        }),
      };
    },
    offsetsOf,
  );
  const siteByZone = new Map<string, Site>();
  for (const site of sites) for (const zone of site.zones) siteByZone.set(zone, site);
  const siteOfZone = (zone: string): Site =>
    siteByZone.get(zone) ??
    groupZones([zone], () => ({ people: [], locations: [] }), offsetsOf)[0] ??
    unreachable(zone);
  return {
    sites,
    zoneOf: (person) => zones.get(person),
    siteOf: (person) => {
      const zone = zones.get(person);
      return zone === undefined ? undefined : siteOfZone(zone);
    },
    memberZone: (rotation, person) => zones.get(person) ?? rotation.spec.timezone,
    siteOfZone,
    siteNamed: (name) => sites.find((s) => s.name === name),
    offsetsOf,
  };
}

/** Groups zones into sites by the neighbour rule, east to west. */
export function groupZones(
  zones: readonly string[],
  of: (zone: string) => { people: readonly string[]; locations: readonly string[] },
  offsetsOf: (zone: string) => ZoneOffsets = zoneOffsets,
): Site[] {
  const offsets = new Map(zones.map((z) => [z, offsetsOf(z)]));
  // Union-find over the zones: a handful per model, so every pair is compared.
  const parent = new Map(zones.map((z) => [z, z]));
  const root = (z: string): string => {
    let r = z;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    parent.set(z, r);
    return r;
  };
  for (let i = 0; i < zones.length; i++) {
    for (let j = i + 1; j < zones.length; j++) {
      const a = offsets.get(zones[i] as string) as ZoneOffsets;
      const b = offsets.get(zones[j] as string) as ZoneOffsets;
      if (
        Math.abs(a.january - b.january) <= NEIGHBOUR_MINUTES &&
        Math.abs(a.july - b.july) <= NEIGHBOUR_MINUTES
      ) {
        parent.set(root(zones[i] as string), root(zones[j] as string));
      }
    }
  }
  const groups = new Map<string, string[]>();
  for (const z of zones) {
    const r = root(z);
    const list = groups.get(r);
    if (list) list.push(z);
    else groups.set(r, [z]);
  }
  const eastToWest = (a: string, b: string) =>
    meanOffset(offsets.get(b) as ZoneOffsets) - meanOffset(offsets.get(a) as ZoneOffsets) ||
    (a < b ? -1 : a > b ? 1 : 0);
  const sites = [...groups.values()].map((members) => {
    const sorted = [...members].sort(eastToWest);
    const people = sorted.flatMap((z) => of(z).people);
    const weighted = sorted.flatMap((z) => of(z).people.map(() => z));
    const zone = mostCommon(weighted) ?? (sorted[0] as string);
    const locations = byCount(sorted.flatMap((z) => of(z).locations));
    return {
      name: siteName(locations) ?? zone,
      zone,
      offsets: offsets.get(zone) as ZoneOffsets,
      zones: sorted,
      people,
      locations,
    };
  });
  sites.sort((a, b) => eastToWest(a.zone, b.zone));
  // Two sites may share a location name (people who say "Remote"): the zone tells them apart.
  const names = new Map<string, number>();
  for (const s of sites) names.set(s.name, (names.get(s.name) ?? 0) + 1);
  return sites.map((s) =>
    (names.get(s.name) ?? 0) > 1 && s.name !== s.zone ? { ...s, name: `${s.name} (${s.zone})` } : s,
  );
}

/** How many of a site's cities its name spells out before saying how many more it has. */
export const NAMED_CITIES = 3;

/**
 * A site's name from its cities, most people first: every city it has, so people who all work in
 * one of them are never said to be in another (the booking pager's SREs, all in Warsaw, at the
 * site of Dublin and Warsaw are "7 in Dublin/Warsaw", not "7 in Dublin"): "Dublin/Warsaw"; beyond
 * three, the first three and how many more ("Berlin/Hamburg/Munich and 9 more"), a name that
 * still reads in a sentence. Undefined when nobody at the site gives a `location`.
 */
export function siteName(locations: readonly string[]): string | undefined {
  if (locations.length === 0) return undefined;
  const named = locations.slice(0, NAMED_CITIES).join('/');
  const more = locations.length - NAMED_CITIES;
  return more > 0 ? `${named} and ${more} more` : named;
}

/**
 * Distinct values, most common first, alphabetically among equals: the first is `mostCommon`'s,
 * the city a site was named by before its name listed them all.
 */
function byCount(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([v]) => v);
}

/**
 * The city that stands for a site where one city is needed: a salary band is by city, and a hire
 * "at Dublin/Warsaw" is priced at what people earn where most of the site's people work. A name
 * that is no site of the model (a person's own city) is that city.
 */
export function siteCity(sites: ModelSites, name: string): string {
  return sites.siteNamed(name)?.locations[0] ?? name;
}

function unreachable(zone: string): never {
  throw new Error(`no site for zone ${zone}`);
}
