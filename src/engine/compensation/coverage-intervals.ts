import { DateTime } from 'luxon';
import type { Coverage } from '../../model/index.ts';
import { epochMillis, WEEKDAYS } from '../../model/index.ts';
import { type BusinessHours, COVERED_HOURS_PER_DAY, minuteOfDay } from '../coverage-hours/index.ts';
import type { TimeInterval } from './intervals.ts';
import { type Month, monthInterval } from './month.ts';

/**
 * The real time a coverage keeps a rotation on call in a calendar month, in the rotation's
 * time zone (see coverage-window.ts for the weekly definition): the whole month for 24x7,
 * eight hours from the start of business hours on business days (8x5) or every day (8x7).
 */
export function coverageIntervals(options: {
  readonly coverage: Coverage;
  readonly zone: string;
  readonly businessHours: BusinessHours;
  readonly month: Month;
}): TimeInterval[] {
  const month = monthInterval(options.month, options.zone);
  if (options.coverage === '24x7') return [month];
  const start = minuteOfDay(options.businessHours.start);
  const out: TimeInterval[] = [];
  let day = DateTime.fromMillis(month.startMs, { zone: options.zone });
  while (day.toMillis() < month.endMs) {
    const weekday = WEEKDAYS[day.weekday - 1];
    const covered =
      options.coverage === '8x7' ||
      (weekday !== undefined && options.businessHours.days.includes(weekday));
    if (covered) {
      const from = day.set({ hour: Math.floor(start / 60), minute: start % 60 });
      const to = from.plus({ hours: COVERED_HOURS_PER_DAY });
      out.push({
        startMs: epochMillis(from.toMillis()),
        endMs: epochMillis(Math.min(to.toMillis(), month.endMs)),
      });
    }
    day = day.plus({ days: 1 }).startOf('day');
  }
  return out;
}
