import {
  type DurationMinutes,
  durationMinutes,
  MINUTES_PER_DAY,
  MINUTES_PER_WEEK,
} from '../../model/index.ts';

/**
 * Wall-clock intervals of one week in minutes from Monday 00:00 (0) to the next Monday
 * (10080), half-open `[from, to)`. Used to reason about coverage and business hours
 * analytically, without a calendar.
 */
export interface WeekInterval {
  readonly from: DurationMinutes;
  readonly to: DurationMinutes;
}

/** `[from, from + length)` on day `day`, wrapped past Sunday midnight into Monday. */
export function dailyInterval(
  day: number,
  from: DurationMinutes,
  length: DurationMinutes,
): WeekInterval[] {
  const start = durationMinutes(day * MINUTES_PER_DAY + from);
  const end = durationMinutes(start + length);
  if (end <= MINUTES_PER_WEEK) return [{ from: start, to: end }];
  return [
    { from: start, to: MINUTES_PER_WEEK },
    { from: durationMinutes(0), to: durationMinutes(end - MINUTES_PER_WEEK) },
  ];
}

/** Total minutes of a set of non-overlapping intervals. */
export function totalMinutes(intervals: readonly WeekInterval[]): DurationMinutes {
  return durationMinutes(intervals.reduce((sum, i) => sum + (i.to - i.from), 0));
}

/** Minutes where two sets of non-overlapping intervals overlap. */
export function overlapMinutes(
  a: readonly WeekInterval[],
  b: readonly WeekInterval[],
): DurationMinutes {
  let minutes = 0;
  for (const x of a) {
    for (const y of b) minutes += Math.max(0, Math.min(x.to, y.to) - Math.max(x.from, y.from));
  }
  return durationMinutes(minutes);
}

/** Whether a minute of the week falls in one of the intervals. */
export function contains(intervals: readonly WeekInterval[], minute: DurationMinutes): boolean {
  return intervals.some((i) => minute >= i.from && minute < i.to);
}
