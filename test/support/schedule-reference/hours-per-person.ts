// The schedule engine's src/engine/schedule/hours-per-person.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it.

import { businessHoursOf } from '../../../src/engine/schedule/business-hours.ts';
import type { Shift } from '../../../src/engine/schedule/shift.ts';
import type { CompensationPolicy, CompiledModel } from '../../../src/model/index.ts';
import { clocks } from './clocks.ts';
import { HOUR_MS, type Interval, mergeIntervals } from './interval.ts';
import { splitAll } from './split-hours.ts';

/**
 * The hours one person was on call in a range, split for compensation (§12.9.5): business
 * hours, off-hours (everything outside business hours) and weekend hours (whole non-business
 * days), in decimal hours. Weekend hours are a part of off-hours, so `businessHours + offHours`
 * is the time on call and `weekendHours <= offHours`. The compensation engine takes exactly
 * this shape.
 */
export interface PersonHours {
  readonly person: string;
  readonly businessHours: number;
  readonly offHours: number;
  readonly weekendHours: number;
}

/**
 * Hours per person, in each person's own time zone (their `timezone`, else that of the first
 * rotation they are a member of) and the policy's business hours (Mon–Fri 09:00–17:00 without
 * one). Time on call for two rotations at once counts once. Every member of a rotation appears,
 * with zeros if they were never on call; people are ordered by name.
 */
export function hoursPerPerson(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly policy?: CompensationPolicy | undefined;
}): PersonHours[] {
  const { model } = options;
  const hours = businessHoursOf(options.policy);
  const intervals = new Map<string, Interval[]>();
  const zones = new Map<string, string>();
  for (const rotation of model.rotations.values()) {
    for (const person of rotation.spec.members) {
      if (!intervals.has(person)) intervals.set(person, []);
      if (!zones.has(person)) zones.set(person, rotation.spec.timezone);
    }
  }
  for (const s of options.shifts) {
    let list = intervals.get(s.person);
    if (!list) {
      list = [];
      intervals.set(s.person, list);
    }
    list.push(s);
    if (!zones.has(s.person))
      zones.set(s.person, model.rotations.get(s.rotation)?.spec.timezone ?? 'UTC');
  }
  return [...intervals]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([person, list]) => {
      const zone = model.people.get(person)?.spec.timezone ?? zones.get(person) ?? 'UTC';
      const days = clocks.days(zone, hours);
      const split = splitAll(mergeIntervals(list), days);
      return {
        person,
        businessHours: split.business / HOUR_MS,
        offHours: split.off / HOUR_MS,
        weekendHours: split.weekend / HOUR_MS,
      };
    });
}
