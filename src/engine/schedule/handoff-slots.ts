import {
  type DurationMillis,
  durationMillis,
  laterWall,
  millisOfHours,
  millisOfMinutes,
  type WallClockMillis,
  wallOfDay,
} from '../../model/index.ts';
import { durationHours } from '../../model/kinds/common.ts';
import type { Interval } from './interval.ts';
import type { ZoneClock } from './zone-clock.ts';

/** One turn of a rotation: from one handoff to the next. */
export interface Slot extends Interval {
  /** Turns since the rotation's anchor handoff in the first week of 1970; stable for any range. */
  readonly index: number;
}

/** When a rotation hands off: every `length` of local wall time from an anchor. */
export interface HandoffPattern {
  readonly zone: string;
  /** The zone's clock (from the model's `zoneClocks`). */
  readonly clock: ZoneClock;
  /** The first handoff, Monday 1970-01-05 or the weekday after, as local wall time. */
  readonly anchorWall: WallClockMillis;
  /** The shift length in wall-time milliseconds: a 1w shift is 7 local days, 167–169 hours. */
  readonly length: DurationMillis;
}

const WEEKDAY_OF: Readonly<Record<string, number>> = {
  Mon: 0,
  Tue: 1,
  Wed: 2,
  Thu: 3,
  Fri: 4,
  Sat: 5,
  Sun: 6,
};

/** Monday 1970-01-05 is day 4 of the epoch. */
const FIRST_MONDAY = 4;

/** The pattern of a rotation's `handoff` ("Mon 09:00") and `shiftLength` ("1w") in a zone. */
export function handoffPattern(options: {
  readonly clock: ZoneClock;
  readonly handoff: string;
  readonly shiftLength: string;
}): HandoffPattern {
  const [day = 'Mon', time = '09:00'] = options.handoff.split(' ');
  const [hh = 0, mm = 0] = time.split(':').map(Number);
  const weekday = WEEKDAY_OF[day] ?? 0;
  return {
    zone: options.clock.zone,
    clock: options.clock,
    anchorWall: wallOfDay(FIRST_MONDAY + weekday, millisOfMinutes(hh * 60 + mm)),
    length: millisOfHours(durationHours(options.shiftLength)),
  };
}

/**
 * The turns overlapping `range`, in order, unclipped. Each handoff is at the same local time
 * however many daylight-saving changes lie between it and the anchor, because turns are
 * counted in wall time and only then placed on the time line.
 */
export function slotsBetween(pattern: HandoffPattern, range: Interval): Slot[] {
  const { clock } = pattern;
  const at = (k: number) =>
    clock.fromWall(laterWall(pattern.anchorWall, durationMillis(k * pattern.length)));
  let k = Math.floor((clock.toWall(range.start) - pattern.anchorWall) / pattern.length);
  while (at(k) > range.start) k--;
  while (at(k + 1) <= range.start) k++;
  const slots: Slot[] = [];
  let start = at(k);
  while (start < range.end) {
    const end = at(k + 1);
    // A turn shorter than the hour skipped by clocks going forward can vanish entirely.
    if (end > start) slots.push({ index: k, start, end });
    k++;
    start = end;
  }
  return slots;
}

/** `slotsBetween`, remembered: the same slots for the same pattern and range. */
export type SharedSlots = (pattern: HandoffPattern, range: Interval) => readonly Slot[];

/**
 * `slotsBetween`, made once for every lane with the same pattern and range and shared: planning
 * asks for each lane's turns once per quarter, and a thousand rotations have a few patterns.
 * The slots are shared, so they are read only. Made once per plan.
 */
export function sharedSlots(): SharedSlots {
  // By pattern (zone, anchor, length), then by range: a few ranges per pattern.
  const shared = new Map<string, { readonly range: Interval; readonly slots: readonly Slot[] }[]>();
  const patternKeys = new WeakMap<HandoffPattern, string>();
  return (pattern, range) => {
    let key = patternKeys.get(pattern);
    if (key === undefined) {
      key = `${pattern.zone}|${pattern.anchorWall}|${pattern.length}`;
      patternKeys.set(pattern, key);
    }
    let known = shared.get(key);
    if (!known) {
      known = [];
      shared.set(key, known);
    }
    for (const k of known) {
      if (k.range.start === range.start && k.range.end === range.end) return k.slots;
    }
    const slots = slotsBetween(pattern, range);
    known.push({ range: { start: range.start, end: range.end }, slots });
    return slots;
  };
}
