import type { CompensationPolicy, Model } from '../../model/index.ts';
import { businessHoursOf } from './business-hours.ts';
import { memberZone } from './follow-the-sun.ts';
import { formatSpan } from './format-instant.ts';
import { type Interval, intersect } from './interval.ts';
import { localDays } from './local-days.ts';
import type { Shift } from './shift.ts';
import { splitHours } from './split-hours.ts';
import { timeOffAfter, timeOffOwed } from './time-off.ts';
import type { Violation } from './violation.ts';

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
  readonly model: Model;
  readonly shifts: readonly Shift[];
  readonly policy: CompensationPolicy | undefined;
}): TimeOff[] {
  const { model, policy } = options;
  if (!policy?.spec.timeOffPerStandbyHour) return [];
  const hours = businessHoursOf(policy);
  const turns = new Map<string, { rotation: string; person: string; off: number; end: number }>();
  const { shifts } = options;
  for (let i = 0; i < shifts.length; i++) {
    const s = shifts[i] as Shift;
    const rotation = model.rotations.get(s.rotation);
    const zone = rotation ? memberZone(model, rotation, s.person) : 'UTC';
    const key = `${s.rotation}\u0000${s.turn}\u0000${s.person}`;
    const off = splitHours(s, localDays(zone, hours)).off;
    const turn = turns.get(key);
    if (turn) {
      turn.off += off;
      turn.end = Math.max(turn.end, s.end);
    } else turns.set(key, { rotation: s.rotation, person: s.person, off, end: s.end });
  }
  const out: TimeOff[] = [];
  for (const turn of turns.values()) {
    const rotation = model.rotations.get(turn.rotation);
    const zone = rotation ? memberZone(model, rotation, turn.person) : 'UTC';
    const amount = timeOffOwed(turn.off, policy);
    for (const i of timeOffAfter({ end: turn.end, amount, days: localDays(zone, hours) })) {
      out.push({ ...i, person: turn.person, rotation: turn.rotation });
    }
  }
  return out;
}

/** A person's time off, sorted by start, and where the last search for a shift ended. */
interface PersonTimeOff {
  readonly list: TimeOff[];
  /** The longest stretch: time off starting more than this before a shift ends before it. */
  longest: number;
  at: number;
  from: number;
}

/**
 * The first of a person's time off that can overlap a shift starting at `start`. A person's
 * shifts mostly come in time order: then the search goes on from where the last one ended.
 */
function firstReaching(entry: PersonTimeOff, start: number): number {
  const { list } = entry;
  const reach = start - entry.longest;
  let lo = 0;
  if (start >= entry.from) {
    lo = entry.at;
    while (lo < list.length && (list[lo] as TimeOff).start < reach) lo++;
  } else {
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as TimeOff).start < reach) lo = mid + 1;
      else hi = mid;
    }
  }
  entry.at = lo;
  entry.from = start;
  return lo;
}

/** Shifts that fall in time off earned by earlier off-hours standby. */
export function findTimeOffConflicts(options: {
  readonly model: Model;
  readonly shifts: readonly Shift[];
  readonly timeOff: readonly TimeOff[];
}): Violation[] {
  const byPerson = new Map<string, PersonTimeOff>();
  for (let i = 0; i < options.timeOff.length; i++) {
    const t = options.timeOff[i] as TimeOff;
    const entry = byPerson.get(t.person);
    if (entry) entry.list.push(t);
    else byPerson.set(t.person, { list: [t], longest: 0, at: 0, from: Number.NEGATIVE_INFINITY });
  }
  for (const entry of byPerson.values()) {
    entry.list.sort((a, b) => a.start - b.start);
    for (const t of entry.list) entry.longest = Math.max(entry.longest, t.end - t.start);
  }
  const out: Violation[] = [];
  const { shifts } = options;
  for (let k = 0; k < shifts.length; k++) {
    const shift = shifts[k] as Shift;
    const entry = byPerson.get(shift.person);
    if (!entry) continue;
    const { list } = entry;
    const lo = firstReaching(entry, shift.start);
    for (let i = lo; i < list.length; i++) {
      const off = list[i] as TimeOff;
      if (off.start >= shift.end) break;
      const overlap = intersect(shift, off);
      if (!overlap) continue;
      const zone = options.model.rotations.get(shift.rotation)?.spec.timezone ?? 'UTC';
      out.push({
        code: 'on-call-during-time-off',
        severity: 'error',
        rotation: shift.rotation,
        person: shift.person,
        ...overlap,
        message: `${shift.person} is on call for rotation ${shift.rotation} ${formatSpan(overlap, zone)}, during time off earned by off-hours standby on ${off.rotation}`,
      });
    }
  }
  return out;
}
