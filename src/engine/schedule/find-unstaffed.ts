import { type CompiledModel, rotationTurnTakers } from '../../model/index.ts';
import type { Absence } from './absence.ts';
import type { TimeOff } from './find-time-off-conflicts.ts';
import { formatSpan } from './format-instant.ts';
import { type Interval, later, mergeIntervals, mergeRange } from './interval.ts';
import { mergeRun, type RotationRun, rotationRuns } from './rotation-runs.ts';
import type { Shift } from './shift.ts';
import type { Violation } from './violation.ts';

/** The parts of each rotation's coverage with nobody on call, with why each member was not. */
export function findUnstaffed(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly coverage: ReadonlyMap<string, readonly Interval[]>;
  readonly absences?: readonly Absence[] | undefined;
  readonly timeOff?: readonly TimeOff[] | undefined;
  /** The shifts' rotation runs, when already known. */
  readonly runs?: readonly RotationRun[] | undefined;
}): Violation[] {
  // Shifts come grouped by rotation: each rotation's run of shifts is merged where it lies.
  const runs = new Map<string, RotationRun[]>();
  const { shifts } = options;
  for (const run of options.runs ?? rotationRuns(shifts)) {
    const known = runs.get(run.rotation);
    if (known) known.push(run);
    else runs.set(run.rotation, [run]);
  }
  const staffedOf = (rotation: string): Interval[] => {
    const found = runs.get(rotation) ?? [];
    const [only] = found;
    if (only && found.length === 1) {
      return only.sorted ? mergeRun(only) : mergeRange(shifts, only.from, only.to);
    }
    // A rotation's shifts in several places (not as planned): gathered first.
    const all: Interval[] = [];
    for (const run of found) {
      for (let i = run.from; i < run.to; i++) all.push(shifts[i] as Shift);
    }
    return mergeIntervals(all);
  };
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
    const staffed = staffedOf(rotation);
    for (const hole of uncovered(needed, staffed)) {
      out.push({
        code: 'unstaffed',
        severity: 'error',
        rotation,
        start: hole.start,
        end: hole.end,
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
  const found = options.model.rotations.get(rotation);
  const members = found === undefined ? [] : rotationTurnTakers(options.model, found);
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
      cursor = later(cursor, s.end);
      k++;
    }
    if (cursor < window.end) out.push({ start: cursor, end: window.end });
  }
  return out;
}
