import {
  type Coverage,
  durationMinutes,
  MINUTES_PER_DAY,
  MINUTES_PER_WEEK,
} from '../../model/index.ts';
import { type BusinessHours, dayIndex, minuteOfDay } from './business-hours.ts';
import { dailyInterval, type WeekInterval } from './week-intervals.ts';

/**
 * The daily length of the 8x5 and 8x7 coverages. §12.6: team rotations behind a thin layer are
 * "typically not available 24/7, but rather on an 8/5 (eight-hour weekdays) or 8/7 (eight-hour
 * weekdays and weekends) basis". Schedules, staffing cost and compensation all read it here, so
 * hours and cost agree.
 */
export const COVERED_HOURS_PER_DAY = 8;

/**
 * The hours of the week a coverage keeps someone on call, in the rotation's local time.
 * `24x7` is the whole week. `8x5` is eight hours from the start of business hours on each
 * business day; `8x7` the same eight hours on every day of the week (§12.6: team rotations
 * behind a thin layer are "typically not available 24/7, but rather on an 8/5 (eight-hour
 * weekdays) or 8/7 (eight-hour weekdays and weekends) basis").
 */
export function coverageWindow(coverage: Coverage, hours: BusinessHours): WeekInterval[] {
  if (coverage === '24x7') return [{ from: durationMinutes(0), to: MINUTES_PER_WEEK }];
  const days = coverage === '8x5' ? hours.days.map(dayIndex) : [0, 1, 2, 3, 4, 5, 6];
  const start = minuteOfDay(hours.start);
  return [...new Set(days)]
    .sort((a, b) => a - b)
    .flatMap((day) => dailyInterval(day, start, durationMinutes(COVERED_HOURS_PER_DAY * 60)));
}

/** Business hours as intervals of the week. */
export function businessWindow(hours: BusinessHours): WeekInterval[] {
  const start = minuteOfDay(hours.start);
  const length = durationMinutes(minuteOfDay(hours.end) - start);
  return [...new Set(hours.days.map(dayIndex))]
    .sort((a, b) => a - b)
    .flatMap((day) => dailyInterval(day, start, length));
}

/** The whole days that are not business days: the weekend. */
export function weekendWindow(hours: BusinessHours): WeekInterval[] {
  const business = new Set(hours.days.map(dayIndex));
  return [0, 1, 2, 3, 4, 5, 6]
    .filter((day) => !business.has(day))
    .flatMap((day) => dailyInterval(day, durationMinutes(0), MINUTES_PER_DAY));
}
