import { type CompensationPolicy, type CompiledModel, payingPolicy } from '../../model/index.ts';
import { personZones } from '../sites/index.ts';
import { businessHoursOf } from './business-hours.ts';
import { HOUR_MS, type Interval, mergeIntervals } from './interval.ts';
import type { Shift } from './shift.ts';
import { splitAll } from './split-hours.ts';
import { zoneClocks } from './zone-clocks.ts';

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
 * Hours per person, in each person's own time zone (`personZones`: their `timezone`, else that
 * of colleagues at their location or in their team, else that of the first rotation they are a
 * member of) and the business hours of the policy that pays them (`payingPolicy`: their own,
 * their team's, else `policy`; Mon–Fri 09:00–17:00 without one). Time on call for two rotations at once counts once. Every member of a rotation appears,
 * with zeros if they were never on call, but open positions (nobody yet); people are ordered by
 * name.
 */
export function hoursPerPerson(options: {
  readonly model: CompiledModel;
  readonly shifts: readonly Shift[];
  readonly policy?: CompensationPolicy | undefined;
}): PersonHours[] {
  const { model } = options;
  const clocks = zoneClocks(model);
  const intervals = new Map<string, Interval[]>();
  const personZone = personZones(model);
  const zones = new Map<string, string>();
  for (const rotation of model.rotations.values()) {
    for (const person of rotation.spec.members) {
      // An open position is nobody yet: no hours, no pay, not counted among the people paid.
      if (model.people.get(person)?.spec.openPosition === true) continue;
      if (!intervals.has(person)) intervals.set(person, []);
    }
  }
  const { shifts } = options;
  for (let i = 0; i < shifts.length; i++) {
    const s = shifts[i] as Shift;
    let list = intervals.get(s.person);
    if (!list) {
      // Not a member of any rotation (an override put them on call): the shift's zone.
      list = [];
      intervals.set(s.person, list);
      zones.set(s.person, model.rotations.get(s.rotation)?.spec.timezone ?? 'UTC');
    }
    list.push(s);
  }
  return [...intervals]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([person, list]) => {
      const zone = personZone.get(person) ?? zones.get(person) ?? 'UTC';
      const hours = businessHoursOf(payingPolicy(model, person, options.policy).policy);
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
