// The schedule engine's src/engine/schedule/split-hours.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it.

import type { LocalDays } from '../../../src/engine/schedule/local-days.ts';
import { epochMillis } from '../../../src/model/index.ts';
import type { Interval } from './interval.ts';

/**
 * How the time of an interval splits for compensation (§12.9.5), in milliseconds: business
 * hours, off-hours (everything else), and weekend (whole non-business days, a part of
 * off-hours). `business + off = total` and `weekend <= off` always hold.
 */
export interface HoursSplit {
  readonly total: number;
  readonly business: number;
  readonly off: number;
  readonly weekend: number;
}

export const NO_HOURS: HoursSplit = { total: 0, business: 0, off: 0, weekend: 0 };

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
  return acc;
}

/** Splits several intervals and adds the results. */
export function splitAll(intervals: readonly Interval[], days: LocalDays): HoursSplit {
  const acc = { total: 0, business: 0, off: 0, weekend: 0 };
  for (const i of intervals) accumulate(i, days, acc);
  return acc;
}

function accumulate(interval: Interval, days: LocalDays, acc: MutableSplit): void {
  let day = days.dayOf(epochMillis(interval.start));
  while (day.start < interval.end) {
    const start = Math.max(day.start, interval.start);
    const end = Math.min(day.end, interval.end);
    if (end > start) {
      if (day.businessDay) {
        const b = Math.min(end, day.businessEnd) - Math.max(start, day.businessStart);
        if (b > 0) acc.business += b;
      } else acc.weekend += end - start;
    }
    day = days.day(day.index + 1);
  }
  acc.total += interval.end - interval.start;
  acc.off = acc.total - acc.business;
}

export function addHours(a: HoursSplit, b: HoursSplit): HoursSplit {
  return {
    total: a.total + b.total,
    business: a.business + b.business,
    off: a.off + b.off,
    weekend: a.weekend + b.weekend,
  };
}
