import { IANAZone } from 'luxon';
import type { CompiledModel, Rotation } from '../../model/index.ts';

/** Members of a rotation who share one clock: one site for on-call purposes. */
export interface RotationSite {
  /** The zone most of the site's members are in, which names the site. */
  readonly zone: string;
  /** UTC offsets in minutes in January and in July. */
  readonly offsets: readonly [number, number];
  readonly members: readonly string[];
}

// Two zones are one site when their offsets agree in January and in July: Berlin and Paris are
// one site, London and Lagos (equal only in summer) are two. Fixed instants keep the grouping the
// same whatever range is asked for, and keep the function pure.
const REFERENCE_INSTANTS = [Date.UTC(2025, 0, 15, 12), Date.UTC(2025, 6, 15, 12)] as const;

/**
 * The sites of a rotation, east to west (the order the day travels round the globe). §12.9.5
 * sizes 24x7 rotations per site ("8 at one site or 6 at each of two") because a site shares
 * nights: what matters is the clock people live by, not the city they live in, so members in
 * Berlin and Leipzig, or Berlin and Paris, are one site. A member without a time zone is at the
 * rotation's. One rule for checks, staffing and schedules.
 */
export function rotationSites(model: CompiledModel, rotation: Rotation): RotationSite[] {
  const groups = new Map<
    string,
    { zones: string[]; offsets: [number, number]; members: string[] }
  >();
  for (const person of new Set(rotation.spec.members)) {
    const zone = model.people.get(person)?.spec.timezone ?? rotation.spec.timezone;
    const iana = IANAZone.create(zone);
    const offsets: [number, number] = [
      iana.offset(REFERENCE_INSTANTS[0]),
      iana.offset(REFERENCE_INSTANTS[1]),
    ];
    const key = offsets.join('/');
    const group = groups.get(key);
    if (group) {
      group.members.push(person);
      group.zones.push(zone);
    } else groups.set(key, { zones: [zone], offsets, members: [person] });
  }
  return [...groups.values()]
    .map(({ zones, offsets, members }) => ({ zone: mostCommon(zones), offsets, members }))
    .sort((a, b) => b.offsets[0] - a.offsets[0] || (a.zone < b.zone ? -1 : 1));
}

function mostCommon(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? 'UTC';
}
