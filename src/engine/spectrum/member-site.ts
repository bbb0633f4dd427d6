import type { Person, Rotation } from '../../model/index.ts';

/**
 * The site a person works at (§12.9.5: "8 at one site or 6 at each of two" for a 24x7
 * rotation): their `location` when the model states it, else their time zone's name, else the
 * zone of the rotation they are on, else `unknown`. The location comes first because it is what
 * the organization says a site is; a time zone only stands in for it when no location is given.
 * Checks, staffing and hiring use this one rule, so a rotation has the same sites everywhere.
 */
export function memberSite(person: Person | undefined, rotation?: Rotation): string {
  return person?.spec.location ?? person?.spec.timezone ?? rotation?.spec.timezone ?? 'unknown';
}
