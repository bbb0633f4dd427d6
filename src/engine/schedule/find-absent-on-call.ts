import type { CompiledModel } from '../../model/index.ts';
import type { Absence } from './absence.ts';
import { formatSpan } from './format-instant.ts';
import { intersect } from './interval.ts';
import type { Shift } from './shift.ts';
import type { Violation } from './violation.ts';

/** Shifts held by people while they are absent (an override can cause it; planning never does). */
export function findAbsentOnCall(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly absences: readonly Absence[];
}): Violation[] {
  const absences = new Map<string, Absence[]>();
  for (const a of options.absences) {
    const list = absences.get(a.person) ?? [];
    list.push(a);
    absences.set(a.person, list);
  }
  const out: Violation[] = [];
  if (absences.size === 0) return out;
  const { shifts } = options;
  for (let i = 0; i < shifts.length; i++) {
    const shift = shifts[i] as Shift;
    for (const absence of absences.get(shift.person) ?? []) {
      const overlap = intersect(shift, absence);
      if (!overlap) continue;
      const zone = options.model.rotations.get(shift.rotation)?.spec.timezone ?? 'UTC';
      out.push({
        code: 'absent-on-call',
        severity: 'error',
        rotation: shift.rotation,
        person: shift.person,
        ...overlap,
        message: `${shift.person} is on call for rotation ${shift.rotation} while absent ${formatSpan(overlap, zone)}`,
      });
    }
  }
  return out;
}
