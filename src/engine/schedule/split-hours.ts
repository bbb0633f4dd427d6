import { type DurationMillis, durationMillis } from '../../model/index.ts';
import { DAY_MS, type Interval } from './interval.ts';
import type { LocalDay, LocalDays } from './local-days.ts';

/**
 * How the time of an interval splits for compensation (§12.9.5), in milliseconds: business
 * hours, off-hours (everything else), and weekend (whole non-business days, a part of
 * off-hours). `business + off = total` and `weekend <= off` always hold.
 */
export interface HoursSplit {
  readonly total: DurationMillis;
  readonly business: DurationMillis;
  readonly off: DurationMillis;
  readonly weekend: DurationMillis;
}

const NONE = durationMillis(0);
export const NO_HOURS: HoursSplit = { total: NONE, business: NONE, off: NONE, weekend: NONE };

/**
 * The running sums: plain numbers, every one milliseconds, handed out as a `HoursSplit` (the
 * brand costs nothing; the sums run over every shift of a schedule).
 */
interface MutableSplit {
  total: number;
  business: number;
  off: number;
  weekend: number;
}

/** Splits an interval by the local days of a zone. */
export function splitHours(interval: Interval, days: LocalDays): HoursSplit {
  const acc = { total: 0, business: 0, off: 0, weekend: 0 };
  accumulate(interval, days, acc);
  return acc as HoursSplit;
}

/** Splits several intervals and adds the results. */
export function splitAll(intervals: readonly Interval[], days: LocalDays): HoursSplit {
  const acc = { total: 0, business: 0, off: 0, weekend: 0 };
  // Intervals mostly come in time order (a person's shifts): the local day of the next one is
  // then found by going on from the last one's, not looked up from scratch.
  let day: LocalDay | undefined;
  for (let i = 0; i < intervals.length; i++) {
    const interval = intervals[i] as Interval;
    if (day === undefined || day.start > interval.start || interval.start - day.end > DAY_MS) {
      day = days.dayOf(interval.start);
    } else {
      while (day.end <= interval.start) day = days.day(day.index + 1);
    }
    day = accumulate(interval, days, acc, day);
  }
  return acc as HoursSplit;
}

/** Adds the split of an interval starting on or after `first`; returns the day it ends on. */
function accumulate(
  interval: Interval,
  days: LocalDays,
  acc: MutableSplit,
  first: LocalDay = days.dayOf(interval.start),
): LocalDay {
  let day = first;
  let last = first;
  while (day.start < interval.end) {
    const start = Math.max(day.start, interval.start);
    const end = Math.min(day.end, interval.end);
    if (end > start) {
      if (day.businessDay) {
        const b = Math.min(end, day.businessEnd) - Math.max(start, day.businessStart);
        if (b > 0) acc.business += b;
      } else acc.weekend += end - start;
    }
    last = day;
    day = days.day(day.index + 1);
  }
  acc.total += interval.end - interval.start;
  acc.off = acc.total - acc.business;
  return last;
}

export function addHours(a: HoursSplit, b: HoursSplit): HoursSplit {
  return {
    total: durationMillis(a.total + b.total),
    business: durationMillis(a.business + b.business),
    off: durationMillis(a.off + b.off),
    weekend: durationMillis(a.weekend + b.weekend),
  };
}
