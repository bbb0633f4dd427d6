import type { CompiledModel, Rotation } from '../../model/index.ts';
import { zoneClock } from './zone-clock.ts';

/** The members of a rotation who share a time zone (or an offset all year round). */
export interface Site {
  readonly zone: string;
  readonly members: readonly string[];
}

// Two zones are one site when their offsets agree in January and in July: Berlin and Paris are
// one site, London and Lagos (equal only in summer) are two. Fixed dates keep the grouping the
// same whatever range is asked for.
const REFERENCE_INSTANTS = [Date.UTC(2025, 0, 15, 12), Date.UTC(2025, 6, 15, 12)];

const references = new Map<string, { key: string; offsets: number[] }>();

/** A zone's offsets at the reference instants, and them as a key; once per zone. */
function referenceOffsets(zone: string): { key: string; offsets: number[] } {
  let found = references.get(zone);
  if (!found) {
    const clock = zoneClock(zone);
    const offsets = REFERENCE_INSTANTS.map((t) => clock.offset(t));
    found = { key: offsets.join('/'), offsets };
    references.set(zone, found);
  }
  return found;
}

/** A member's zone: their own, else the rotation's. */
export function memberZone(model: CompiledModel, rotation: Rotation, person: string): string {
  return model.people.get(person)?.spec.timezone ?? rotation.spec.timezone;
}

/**
 * The sites of a rotation's members, east to west (the order the day travels round the globe).
 * One site means an ordinary rotation; several mean follow-the-sun.
 */
export function sitesOf(model: CompiledModel, rotation: Rotation): Site[] {
  const groups = new Map<string, { zone: string; members: string[]; offsets: number[] }>();
  for (const person of new Set(rotation.spec.members)) {
    const zone = memberZone(model, rotation, person);
    const { key, offsets } = referenceOffsets(zone);
    const group = groups.get(key);
    if (group) group.members.push(person);
    else groups.set(key, { zone, members: [person], offsets });
  }
  return [...groups.values()]
    .sort((a, b) => (b.offsets[0] ?? 0) - (a.offsets[0] ?? 0) || (a.zone < b.zone ? -1 : 1))
    .map(({ zone, members }) => ({ zone, members }));
}
