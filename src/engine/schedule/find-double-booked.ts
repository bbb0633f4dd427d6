import type { Model } from '../../model/index.ts';
import type { ConcurrencyRule } from './concurrency.ts';
import { concurrencyAllowed } from './concurrency.ts';
import { formatSpan } from './format-instant.ts';
import { intersect } from './interval.ts';
import type { Shift } from './shift.ts';
import type { Violation } from './violation.ts';

/** Moments a person is on call for two rotations at once without that being allowed. */
export function findDoubleBooked(options: {
  readonly model: Model;
  readonly shifts: readonly Shift[];
  readonly allowConcurrent: ConcurrencyRule;
}): Violation[] {
  const allowed = concurrencyAllowed(options.allowConcurrent);
  // Only people with shifts on more than one rotation can be double-booked.
  const firstRotation = new Map<string, string>();
  const several = new Set<string>();
  const note = (person: string, rotation: string) => {
    const first = firstRotation.get(person);
    if (first === undefined) firstRotation.set(person, rotation);
    else if (first !== rotation) several.add(person);
  };
  // Shifts come grouped by rotation: note each person once per group (a rotation has a few
  // people and a year of follow-the-sun a thousand shifts each), not once per shift.
  let rotation: string | undefined;
  let people: string[] = [];
  const { shifts } = options;
  for (let i = 0; i < shifts.length; i++) {
    const s = shifts[i] as Shift;
    if (s.rotation !== rotation) {
      for (const p of people) note(p, rotation as string);
      rotation = s.rotation;
      people = [];
    }
    if (!people.includes(s.person)) people.push(s.person);
  }
  for (const p of people) note(p, rotation as string);
  const byPerson = new Map<string, Shift[]>([...several].map((p) => [p, []]));
  if (byPerson.size > 0) {
    for (let i = 0; i < shifts.length; i++) {
      const s = shifts[i] as Shift;
      byPerson.get(s.person)?.push(s);
    }
  }
  const out: Violation[] = [];
  for (const [person, list] of byPerson) {
    list.sort((a, b) => a.start - b.start);
    // Sweep: `open` holds the shifts that may still overlap the next one.
    let open: Shift[] = [];
    for (const shift of list) {
      open = open.filter((o) => o.end > shift.start);
      for (const other of open) {
        if (allowed(other.rotation, shift.rotation)) continue;
        const overlap = intersect(other, shift);
        if (!overlap) continue;
        const zone = options.model.rotations.get(other.rotation)?.spec.timezone ?? 'UTC';
        out.push({
          code: 'double-booked',
          severity: 'error',
          rotation: other.rotation,
          otherRotation: shift.rotation,
          person,
          ...overlap,
          message: `${person} is on call for rotations ${other.rotation} and ${shift.rotation} at the same time ${formatSpan(overlap, zone)}`,
        });
      }
      open.push(shift);
    }
  }
  return out;
}
