// The schedule engine's src/engine/schedule/find-double-booked.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it.

import type { ConcurrencyRule } from '../../../src/engine/schedule/concurrency.ts';
import { concurrencyAllowed } from '../../../src/engine/schedule/concurrency.ts';
import { formatSpan } from '../../../src/engine/schedule/format-instant.ts';
import type { Shift } from '../../../src/engine/schedule/shift.ts';
import type { Violation } from '../../../src/engine/schedule/violation.ts';
import type { CompiledModel } from '../../../src/model/index.ts';
import { inMillis, intersect } from './interval.ts';

/** Moments a person is on call for two rotations at once without that being allowed. */
export function findDoubleBooked(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly allowConcurrent: ConcurrencyRule;
}): Violation[] {
  const allowed = concurrencyAllowed(options.allowConcurrent);
  // Only people with shifts on more than one rotation can be double-booked.
  const firstRotation = new Map<string, string>();
  const several = new Set<string>();
  for (const s of options.shifts) {
    const first = firstRotation.get(s.person);
    if (first === undefined) firstRotation.set(s.person, s.rotation);
    else if (first !== s.rotation) several.add(s.person);
  }
  const byPerson = new Map<string, Shift[]>([...several].map((p) => [p, []]));
  for (const s of options.shifts) byPerson.get(s.person)?.push(s);
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
          ...inMillis(overlap),
          message: `${person} is on call for rotations ${other.rotation} and ${shift.rotation} at the same time ${formatSpan(overlap, zone)}`,
        });
      }
      open.push(shift);
    }
  }
  return out;
}
