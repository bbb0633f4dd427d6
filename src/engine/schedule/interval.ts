import {
  type DurationMillis,
  durationMillis,
  type EpochMillis,
  epochMillis,
} from '../../model/index.ts';

// The lengths of an hour and a day are defined with the units (model/concepts/time-units.ts).
export { DAY_MS, HOUR_MS } from '../../model/index.ts';

/**
 * A half-open interval of instants `[start, end)` in epoch milliseconds (the unit is in the
 * type: a second where a millisecond is expected does not compile). The brands cost nothing at
 * run time: a year of schedules for a thousand rotations is millions of intervals, and they
 * compare and sort as plain numbers.
 */
export interface Interval {
  readonly start: EpochMillis;
  readonly end: EpochMillis;
}

/** The earlier of two instants (`Math.min` would drop the unit). */
export function earlier(a: EpochMillis, b: EpochMillis): EpochMillis {
  return a < b ? a : b;
}

/** The later of two instants (`Math.max` would drop the unit). */
export function later(a: EpochMillis, b: EpochMillis): EpochMillis {
  return a > b ? a : b;
}

/** Whether two intervals share at least one instant. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The common part of two intervals, or undefined when they do not overlap. */
export function intersect(a: Interval, b: Interval): Interval | undefined {
  const start = later(a.start, b.start);
  const end = earlier(a.end, b.end);
  return start < end ? { start, end } : undefined;
}

/** Sorted, non-overlapping, non-touching intervals covering the same instants. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  return mergeRange(intervals, 0, intervals.length);
}

/** `mergeIntervals(intervals.slice(from, to))`, without the copy when they are in order. */
export function mergeRange(intervals: readonly Interval[], from: number, to: number): Interval[] {
  const out: Interval[] = [];
  // The run being merged: an interval passed through as it is until another extends it, so a
  // year of back-to-back shifts makes one new interval, not one per shift. Schedules are kept
  // in time order: they are sorted only when they turn out not to be. (Plain loops: this runs
  // over every shift of a schedule.)
  let first: Interval | undefined;
  let end = epochMillis(0);
  let previous = Number.NEGATIVE_INFINITY;
  for (let i = from; i < to; i++) {
    const next = intervals[i] as Interval;
    if (next.start < previous) {
      const sorted = intervals.slice(from, to).sort((a, b) => a.start - b.start);
      return mergeRange(sorted, 0, sorted.length);
    }
    previous = next.start;
    if (next.start >= next.end) continue;
    if (first && next.start <= end) {
      if (next.end > end) end = next.end;
    } else {
      if (first) out.push(end === first.end ? first : { start: first.start, end });
      first = next;
      end = next.end;
    }
  }
  if (first) out.push(end === first.end ? first : { start: first.start, end });
  return out;
}

/** The parts of `from` not covered by any of `remove` (which may be unsorted). */
export function subtractIntervals(from: Interval, remove: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let cursor = from.start;
  for (const r of mergeIntervals(remove)) {
    if (r.end <= cursor) continue;
    if (r.start >= from.end) break;
    if (r.start > cursor) out.push({ start: cursor, end: r.start });
    cursor = later(cursor, r.end);
  }
  if (cursor < from.end) out.push({ start: cursor, end: from.end });
  return out;
}

/** Total length in milliseconds. */
export function totalLength(intervals: readonly Interval[]): DurationMillis {
  let sum = 0;
  for (const i of intervals) sum += i.end - i.start;
  return durationMillis(sum);
}
