import type { Model } from '../../model/index.ts';
import { formatSpan } from './format-instant.ts';
import { type Interval, mergeIntervals, subtractIntervals } from './interval.ts';
import type { Shift } from './shift.ts';
import type { Violation } from './violation.ts';

/** The parts of each rotation's coverage with nobody on call. */
export function findUnstaffed(options: {
  readonly model: Model;
  readonly shifts: readonly Shift[];
  readonly coverage: ReadonlyMap<string, readonly Interval[]>;
}): Violation[] {
  const byRotation = new Map<string, Interval[]>();
  // Shifts come grouped by rotation: look the list up only when the rotation changes.
  let current: Interval[] | undefined;
  let currentName: string | undefined;
  for (const s of options.shifts) {
    if (s.rotation !== currentName) {
      currentName = s.rotation;
      current = byRotation.get(s.rotation);
      if (!current) {
        current = [];
        byRotation.set(s.rotation, current);
      }
    }
    current?.push(s);
  }
  const out: Violation[] = [];
  for (const [rotation, needed] of options.coverage) {
    const zone = options.model.rotations.get(rotation)?.spec.timezone ?? 'UTC';
    const staffed = mergeIntervals(byRotation.get(rotation) ?? []);
    for (const window of needed) {
      for (const hole of subtractIntervals(window, staffed)) {
        out.push({
          code: 'unstaffed',
          severity: 'error',
          rotation,
          start: hole.start,
          end: hole.end,
          message: `nobody is on call for rotation ${rotation} ${formatSpan(hole, zone)}: every member is absent, in time off after off-hours standby, or on call elsewhere`,
        });
      }
    }
  }
  return out;
}
