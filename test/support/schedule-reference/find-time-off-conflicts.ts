// The schedule engine's src/engine/schedule/find-time-off-conflicts.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it.

import { businessHoursOf } from '../../../src/engine/schedule/business-hours.ts';
import { formatSpan } from '../../../src/engine/schedule/format-instant.ts';
import type { Shift } from '../../../src/engine/schedule/shift.ts';
import { timeOffAfter, timeOffOwed } from '../../../src/engine/schedule/time-off.ts';
import type { Violation } from '../../../src/engine/schedule/violation.ts';
import { modelSites } from '../../../src/engine/sites/index.ts';
import {
  type CompensationPolicy,
  type CompiledModel,
  durationMillis,
  epochMillis,
} from '../../../src/model/index.ts';
import { clocks } from './clocks.ts';
import { type Interval, inMillis, intersect } from './interval.ts';
import { splitHours } from './split-hours.ts';

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
  const sites = modelSites(model);
  const turns = new Map<string, { rotation: string; person: string; off: number; end: number }>();
  for (const s of options.shifts) {
    const rotation = model.rotations.get(s.rotation);
    const zone = rotation ? sites.memberZone(rotation, s.person) : 'UTC';
    const key = `${s.rotation}\u0000${s.turn}\u0000${s.person}`;
    const off = splitHours(s, clocks.days(zone, hours)).off;
    const turn = turns.get(key);
    if (turn) {
      turn.off += off;
      turn.end = Math.max(turn.end, s.end);
    } else turns.set(key, { rotation: s.rotation, person: s.person, off, end: s.end });
  }
  const out: TimeOff[] = [];
  for (const turn of turns.values()) {
    const rotation = model.rotations.get(turn.rotation);
    const zone = rotation ? sites.memberZone(rotation, turn.person) : 'UTC';
    const amount = timeOffOwed(durationMillis(turn.off), policy);
    for (const i of timeOffAfter({
      end: epochMillis(turn.end),
      amount,
      days: clocks.days(zone, hours),
    })) {
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
}): Violation[] {
  const byPerson = new Map<string, TimeOff[]>();
  for (const t of options.timeOff) {
    const list = byPerson.get(t.person) ?? [];
    list.push(t);
    byPerson.set(t.person, list);
  }
  // Sorted by start, with the longest stretch: a binary search finds what a shift can meet.
  const longest = new Map<string, number>();
  for (const [person, list] of byPerson) {
    list.sort((a, b) => a.start - b.start);
    longest.set(person, Math.max(...list.map((t) => t.end - t.start)));
  }
  const out: Violation[] = [];
  for (const shift of options.shifts) {
    const list = byPerson.get(shift.person);
    if (!list) continue;
    const reach = shift.start - (longest.get(shift.person) ?? 0);
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((list[mid] as TimeOff).start < reach) lo = mid + 1;
      else hi = mid;
    }
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
        ...inMillis(overlap),
        message: `${shift.person} is on call for rotation ${shift.rotation} ${formatSpan(overlap, zone)}, during time off earned by off-hours standby on ${off.rotation}`,
      });
    }
  }
  return out;
}
