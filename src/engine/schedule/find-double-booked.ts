import type { CompiledModel } from '../../model/index.ts';
import type { ConcurrencyRule } from './concurrency.ts';
import { concurrencyAllowed } from './concurrency.ts';
import { formatSpan } from './format-instant.ts';
import { intersect } from './interval.ts';
import { type RotationRun, rotationRuns } from './rotation-runs.ts';
import type { Shift } from './shift.ts';
import type { Violation } from './violation.ts';

/** Moments a person is on call for two rotations at once without that being allowed. */
export function findDoubleBooked(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly allowConcurrent: ConcurrencyRule;
  /** The shifts' rotation runs, when already known. */
  readonly runs?: readonly RotationRun[] | undefined;
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
  // Each person once per run of a rotation's shifts (a rotation has a few people and a year of
  // follow-the-sun a thousand shifts each), not once per shift.
  const { shifts } = options;
  for (const run of options.runs ?? rotationRuns(shifts)) {
    for (const p of run.people) note(p, run.rotation);
  }
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
