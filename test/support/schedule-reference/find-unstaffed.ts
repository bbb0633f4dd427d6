// The schedule engine's src/engine/schedule/find-unstaffed.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it.

import type { Absence } from '../../../src/engine/schedule/absence.ts';
import { formatSpan } from '../../../src/engine/schedule/format-instant.ts';
import type { Shift } from '../../../src/engine/schedule/shift.ts';
import type { Violation } from '../../../src/engine/schedule/violation.ts';
import type { CompiledModel } from '../../../src/model/index.ts';
import type { TimeOff } from './find-time-off-conflicts.ts';
import { type Interval, inMillis, mergeIntervals } from './interval.ts';

/** The parts of each rotation's coverage with nobody on call, with why each member was not. */
export function findUnstaffed(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly coverage: ReadonlyMap<string, readonly Interval[]>;
  readonly absences?: readonly Absence[] | undefined;
  readonly timeOff?: readonly TimeOff[] | undefined;
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
  // Who was doing what, by person: built only once there is a hole to explain.
  let byPerson: Map<string, Shift[]> | undefined;
  const shiftsOf = (person: string): readonly Shift[] => {
    if (!byPerson) {
      byPerson = new Map();
      for (const s of options.shifts) {
        const list = byPerson.get(s.person) ?? [];
        list.push(s);
        byPerson.set(s.person, list);
      }
    }
    return byPerson.get(person) ?? [];
  };
  for (const [rotation, needed] of options.coverage) {
    const zone = options.model.rotations.get(rotation)?.spec.timezone ?? 'UTC';
    const staffed = mergeIntervals(byRotation.get(rotation) ?? []);
    for (const hole of uncovered(needed, staffed)) {
      out.push({
        code: 'unstaffed',
        severity: 'error',
        rotation,
        ...inMillis(hole),
        message: `nobody is on call for rotation ${rotation} ${formatSpan(hole, zone)}: ${why(options, rotation, hole, shiftsOf)}`,
      });
    }
  }
  return out;
}

/** What kept each member away at the start of a hole. */
function why(
  options: Parameters<typeof findUnstaffed>[0],
  rotation: string,
  hole: Interval,
  shiftsOf: (person: string) => readonly Shift[],
): string {
  const members = [...new Set(options.model.rotations.get(rotation)?.spec.members ?? [])];
  const t = hole.start;
  const reasons: string[] = [];
  let free = 0;
  for (const person of members) {
    const within = (i: Interval & { person: string }) =>
      i.person === person && i.start <= t && t < i.end;
    const elsewhere = shiftsOf(person).find((s) => within(s) && s.rotation !== rotation);
    if (options.absences?.some(within)) reasons.push(`${person} is absent`);
    else if (options.timeOff?.some(within))
      reasons.push(`${person} is in time off after off-hours standby`);
    else if (elsewhere) reasons.push(`${person} is on call for ${elsewhere.rotation}`);
    else free++;
  }
  if (reasons.length === 0) return 'every member is absent, in time off, or on call elsewhere';
  const others =
    free > 0
      ? `; the other member${free === 1 ? '' : 's'} cover${free === 1 ? 's' : ''} other turns or time zones`
      : '';
  return `${reasons.join(', ')}${others}`;
}

/** The parts of sorted, disjoint `needed` not in sorted, disjoint `staffed`, in one sweep. */
export function uncovered(needed: readonly Interval[], staffed: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let j = 0;
  for (const window of needed) {
    let cursor = window.start;
    while (j < staffed.length && (staffed[j] as Interval).end <= cursor) j++;
    let k = j;
    while (k < staffed.length && (staffed[k] as Interval).start < window.end) {
      const s = staffed[k] as Interval;
      if (s.start > cursor) out.push({ start: cursor, end: s.start });
      cursor = Math.max(cursor, s.end);
      k++;
    }
    if (cursor < window.end) out.push({ start: cursor, end: window.end });
  }
  return out;
}
