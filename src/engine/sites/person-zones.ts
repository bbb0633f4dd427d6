import type { CompiledModel } from '../../model/index.ts';

/**
 * The zone each person lives by, one per person so every command places them alike: their own
 * `timezone`; else the zone most people with the same `location` state; else the zone most of
 * their team's people state; else the zone of the first rotation they are on. People with none
 * of these have no zone (and no site). Worked out once per model (`model.derive`).
 */
export function personZones(model: CompiledModel): ReadonlyMap<string, string> {
  return model.derive(buildPersonZones);
}

function buildPersonZones(model: CompiledModel): ReadonlyMap<string, string> {
  const byLocation = new Map<string, string[]>();
  const byTeam = new Map<string, string[]>();
  for (const person of model.people.values()) {
    const zone = person.spec.timezone;
    if (zone === undefined) continue;
    if (person.spec.location !== undefined) push(byLocation, person.spec.location, zone);
    if (person.spec.team !== undefined) push(byTeam, person.spec.team, zone);
  }
  const firstRotation = new Map<string, string>();
  for (const rotation of model.rotations.values()) {
    for (const member of rotation.spec.members) {
      if (!firstRotation.has(member)) firstRotation.set(member, rotation.spec.timezone);
    }
  }
  const zones = new Map<string, string>();
  for (const person of model.people.values()) {
    const { location, team, timezone } = person.spec;
    const zone =
      timezone ??
      (location !== undefined ? mostCommon(byLocation.get(location)) : undefined) ??
      (team !== undefined ? mostCommon(byTeam.get(team)) : undefined) ??
      firstRotation.get(person.name);
    if (zone !== undefined) zones.set(person.name, zone);
  }
  return zones;
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The most common value; ties go to the one first in alphabetical order. */
export function mostCommon(values: readonly string[] | undefined): string | undefined {
  if (!values || values.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== undefined && v < best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
