import {
  type Coverage,
  laterWall,
  millisOfHours,
  millisOfMinutes,
  wallOfDay,
} from '../../model/index.ts';
import { COVERED_HOURS_PER_DAY } from '../coverage-hours/coverage-window.ts';
import { minuteOfDay } from './business-hours.ts';
import { type Interval, intersect } from './interval.ts';
import type { LocalDays } from './local-days.ts';

/**
 * The moments within `within` a coverage keeps someone on call, in a zone's local time: all of
 * it for `24x7`; eight hours from the start of business hours on each business day for `8x5`
 * and on every day for `8x7`.
 */
export function coverageWindows(options: {
  readonly coverage: Coverage;
  /** The local days of the zone and business hours the coverage follows. */
  readonly days: LocalDays;
  readonly within: Interval;
}): Interval[] {
  const { coverage, within } = options;
  if (coverage === '24x7') return within.end > within.start ? [within] : [];
  const { days } = options;
  const open = millisOfMinutes(minuteOfDay(days.hours.start));
  const covered = millisOfHours(COVERED_HOURS_PER_DAY);
  const out: Interval[] = [];
  let day = days.dayOf(within.start);
  // The window of the day before can reach into `within` only when it ends past midnight.
  day = days.day(day.index - 1);
  while (day.start < within.end) {
    if (coverage === '8x7' || day.businessDay) {
      const wall = wallOfDay(day.index, open);
      const window = {
        start: days.clock.fromWall(wall),
        end: days.clock.fromWall(laterWall(wall, covered)),
      };
      const part = intersect(window, within);
      if (part) out.push(part);
    }
    day = days.day(day.index + 1);
  }
  return out;
}
