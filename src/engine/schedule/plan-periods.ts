import { type EpochMillis, epochMillis } from '../../model/index.ts';
import type { Interval } from './interval.ts';

/**
 * Schedules are planned a calendar quarter (UTC) at a time: each turn belongs to the quarter it
 * ends in, and each quarter is balanced on its own. That makes the person on call at a moment
 * the same whatever range is asked for (`schedule` for any range and `oncall` at any moment
 * agree), while a quarter is long enough to even out nights and weekends.
 */
export function planPeriodOf(instant: EpochMillis): Interval {
  const date = new Date(instant);
  const year = date.getUTCFullYear();
  const quarter = Math.floor(date.getUTCMonth() / 3);
  return {
    start: epochMillis(Date.UTC(year, quarter * 3, 1)),
    end: epochMillis(Date.UTC(year, quarter * 3 + 3, 1)),
  };
}

/** The planning periods from the one containing `start` to the one containing `end - 1`. */
export function planPeriods(range: Interval): Interval[] {
  const out: Interval[] = [];
  let period = planPeriodOf(range.start);
  while (period.start < range.end) {
    out.push(period);
    period = planPeriodOf(period.end);
  }
  return out;
}
