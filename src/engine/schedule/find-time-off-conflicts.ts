import {
  type CompensationPolicy,
  type CompiledModel,
  type DurationMillis,
  durationMillis,
  type EpochMillis,
  type Rotation,
} from '../../model/index.ts';
import { rotationBusinessHours } from '../coverage-hours/index.ts';
import { modelSites } from '../sites/index.ts';
import { type BusinessHours, businessHoursOf } from './business-hours.ts';
import { formatSpan } from './format-instant.ts';
import { type Interval, intersect, later } from './interval.ts';
import { type RotationRun, rotationRuns } from './rotation-runs.ts';
import type { Shift } from './shift.ts';
import { splitHours } from './split-hours.ts';
import { timeOffAfter, timeOffOwed } from './time-off.ts';
import type { Violation } from './violation.ts';
import { zoneClocks } from './zone-clocks.ts';

export interface TimeOff extends Interval {
  readonly person: string;
  /** The rotation whose off-hours standby earned it. */
  readonly rotation: string;
}

/**
 * The time off each turn earns (§12.9.5): the policy's `timeOffPerStandbyHour` for every
 * off-hours hour of the turn, taken in the person's next business hours after the turn ends.
 */
export function timeOffEarned(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly policy: CompensationPolicy | undefined;
}): TimeOff[] {
  const { model, policy } = options;
  if (!policy?.spec.timeOffPerStandbyHour) return [];
  const hours = businessHoursOf(policy);
  // A turn's off-hours, and the business hours its time off is taken in, are its rotation's
  // (`rotationBusinessHours`), as planning counts them.
  const rotationHours = new Map<Rotation, BusinessHours>();
  const hoursOf = (rotation: Rotation | undefined): BusinessHours => {
    if (!rotation) return hours;
    let own = rotationHours.get(rotation);
    if (!own) {
      own = rotationBusinessHours(model, rotation, hours);
      rotationHours.set(rotation, own);
    }
    return own;
  };
  const sites = modelSites(model);
  const clocks = zoneClocks(model);
  const turns = new Map<
    string,
    { rotation: string; person: string; off: DurationMillis; end: EpochMillis }
  >();
  const { shifts } = options;
  for (let i = 0; i < shifts.length; i++) {
    const s = shifts[i] as Shift;
    const rotation = model.rotations.get(s.rotation);
    const zone = rotation ? sites.memberZone(rotation, s.person) : 'UTC';
    const key = `${s.rotation}\u0000${s.turn}\u0000${s.person}`;
    const off = splitHours(s, clocks.days(zone, hoursOf(rotation))).off;
    const turn = turns.get(key);
    if (turn) {
      turn.off = durationMillis(turn.off + off);
      turn.end = later(turn.end, s.end);
    } else turns.set(key, { rotation: s.rotation, person: s.person, off, end: s.end });
  }
  const out: TimeOff[] = [];
  for (const turn of turns.values()) {
    const rotation = model.rotations.get(turn.rotation);
    const zone = rotation ? sites.memberZone(rotation, turn.person) : 'UTC';
    const amount = timeOffOwed(turn.off, policy);
    const days = clocks.days(zone, hoursOf(rotation));
    for (const i of timeOffAfter({ end: turn.end, amount, days })) {
      out.push({ ...i, person: turn.person, rotation: turn.rotation });
    }
  }
  return out;
}

/** Shifts that fall in time off earned by earlier off-hours standby. */
export function findTimeOffConflicts(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly timeOff: readonly TimeOff[];
  /** The shifts' rotation runs, when already known. */
  readonly runs?: readonly RotationRun[] | undefined;
}): Violation[] {
  const byPerson = new Map<string, TimeOff[]>();
  for (const t of options.timeOff) {
    const list = byPerson.get(t.person);
    if (list) list.push(t);
    else byPerson.set(t.person, [t]);
  }
  if (byPerson.size === 0) return [];
  for (const list of byPerson.values()) list.sort((a, b) => a.start - b.start);
  const { shifts } = options;
  // Every shift and stretch of time off that overlap, found from the time off (a stretch or
  // two per turn) rather than from each of a million shifts; then in the order of the shifts,
  // and of each person's time off by start.
  const found: Meeting[] = [];
  for (const run of options.runs ?? rotationRuns(shifts)) {
    run.people.forEach((person, p) => {
      const list = byPerson.get(person);
      if (list) meet({ run, person: p, list, found });
    });
  }
  found.sort((a, b) => a.shift - b.shift || a.rank - b.rank);
  return found.map(({ shift: k, off }) => {
    const shift = shifts[k] as Shift;
    const overlap = intersect(shift, off) as Interval;
    const zone = options.model.rotations.get(shift.rotation)?.spec.timezone ?? 'UTC';
    return {
      code: 'on-call-during-time-off',
      severity: 'error',
      rotation: shift.rotation,
      person: shift.person,
      ...overlap,
      message: `${shift.person} is on call for rotation ${shift.rotation} ${formatSpan(overlap, zone)}, during time off earned by off-hours standby on ${off.rotation}`,
    };
  });
}

/** A shift (by position) in a stretch of time off (by rank in its person's list). */
interface Meeting {
  readonly shift: number;
  readonly rank: number;
  readonly off: TimeOff;
}

/** Notes each shift of one person in one run that overlaps their time off (sorted by start). */
function meet(options: {
  readonly run: RotationRun;
  /** The person's place in the run's people. */
  readonly person: number;
  readonly list: readonly TimeOff[];
  readonly found: Meeting[];
}): void {
  const { run, person, list, found } = options;
  const { starts, ends, who } = run;
  if (!run.sorted) {
    for (let i = 0; i < starts.length; i++) {
      if (who[i] !== person) continue;
      for (let rank = 0; rank < list.length; rank++) {
        const off = list[rank] as TimeOff;
        if (off.start >= (ends[i] as EpochMillis)) break;
        if (off.end > (starts[i] as EpochMillis)) found.push({ shift: run.from + i, rank, off });
      }
    }
    return;
  }
  for (let rank = 0; rank < list.length; rank++) {
    const off = list[rank] as TimeOff;
    // Shifts starting more than the run's longest shift before the time off end before it.
    const reach = off.start - run.longest;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((starts[mid] as EpochMillis) < reach) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < starts.length && (starts[i] as EpochMillis) < off.end; i++) {
      if ((ends[i] as EpochMillis) > off.start && who[i] === person) {
        found.push({ shift: run.from + i, rank, off });
      }
    }
  }
}
