import {
  DAY_MS,
  type EpochMillis,
  laterWall,
  millisOfMinutes,
  wallDay,
  wallOfDay,
} from '../../model/index.ts';
import { type BusinessHours, minuteOfDay, weekdayIndex } from './business-hours.ts';
import { dayCache } from './day-cache.ts';
import type { ZoneClock } from './zone-clock.ts';

/** One local calendar day of a zone, as instants. */
export interface LocalDay {
  /** Days since 1970-01-01 in local wall time. */
  readonly index: number;
  /** Monday is 0, Sunday 6. */
  readonly weekday: number;
  readonly start: EpochMillis;
  /** The start of the next day: 23, 24 or 25 hours later. */
  readonly end: EpochMillis;
  /** A business day of the policy; every other day is weekend (§12.9.5). */
  readonly businessDay: boolean;
  /** Business hours of the day; empty (start = end) on weekend days. */
  readonly businessStart: EpochMillis;
  readonly businessEnd: EpochMillis;
}

/** The local days of one zone under one set of business hours, memoized by day. */
export interface LocalDays {
  readonly clock: ZoneClock;
  readonly hours: BusinessHours;
  readonly day: (index: number) => LocalDay;
  /** The local day an instant falls on. */
  readonly dayOf: (instant: EpochMillis) => LocalDay;
}

/** Monday is 0: 1970-01-01, day 0, was a Thursday. */
export function weekdayOfDay(index: number): number {
  return (((index + 3) % 7) + 7) % 7;
}

/**
 * The local days of a zone under business hours, each worked out on first use and kept: make
 * it once per zone and hours (the model's `zoneClocks` does).
 */
export function localDays(clock: ZoneClock, hours: BusinessHours): LocalDays {
  const businessDays = new Set(hours.days.map(weekdayIndex));
  const open = millisOfMinutes(minuteOfDay(hours.start));
  const close = millisOfMinutes(minuteOfDay(hours.end));
  const day = dayCache((index: number): LocalDay => {
    const wall = wallOfDay(index);
    const weekday = weekdayOfDay(index);
    const businessDay = businessDays.has(weekday);
    const start = clock.fromWall(wall);
    const businessStart = businessDay ? clock.fromWall(laterWall(wall, open)) : start;
    const businessEnd = businessDay ? clock.fromWall(laterWall(wall, close)) : start;
    return {
      index,
      weekday,
      start,
      end: clock.fromWall(laterWall(wall, DAY_MS)),
      businessDay,
      businessStart,
      businessEnd,
    };
  });
  const dayOf = (instant: EpochMillis): LocalDay => day(wallDay(clock.toWall(instant)));
  return { clock, hours, day, dayOf };
}
