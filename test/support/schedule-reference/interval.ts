// The schedule engine's src/engine/schedule/interval.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it.

import type { Interval as EngineInterval } from '../../../src/engine/schedule/interval.ts';
import { epochMillis } from '../../../src/model/index.ts';

/**
 * A half-open interval of instants `[start, end)` in epoch milliseconds. The engine works in
 * plain numbers: a year of schedules for a thousand rotations is millions of intervals, and
 * numbers compare and sort without allocation.
 */
export interface Interval {
  readonly start: number;
  readonly end: number;
}

/**
 * An interval as the engine types it (epoch milliseconds in the type), for the engine's
 * functions this oracle calls: the oracle itself keeps plain numbers, as it was.
 */
export function inMillis(i: Interval): EngineInterval {
  return { start: epochMillis(i.start), end: epochMillis(i.end) };
}

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Whether two intervals share at least one instant. */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The common part of two intervals, or undefined when they do not overlap. */
export function intersect(a: Interval, b: Interval): Interval | undefined {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end ? { start, end } : undefined;
}

/** Sorted, non-overlapping, non-touching intervals covering the same instants. */
export function mergeIntervals(intervals: readonly Interval[]): Interval[] {
  // Schedules are kept in time order: sort only when they are not.
  let ordered = true;
  for (let i = 1; i < intervals.length && ordered; i++) {
    ordered = (intervals[i - 1] as Interval).start <= (intervals[i] as Interval).start;
  }
  const sorted = ordered ? intervals : [...intervals].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const next of sorted) {
    if (next.start >= next.end) continue;
    const last = out.at(-1);
    if (last && next.start <= last.end) {
      if (next.end > last.end) out[out.length - 1] = { start: last.start, end: next.end };
    } else out.push(next);
  }
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
    cursor = Math.max(cursor, r.end);
  }
  if (cursor < from.end) out.push({ start: cursor, end: from.end });
  return out;
}

/** Total length in milliseconds. */
export function totalLength(intervals: readonly Interval[]): number {
  let sum = 0;
  for (const i of intervals) sum += i.end - i.start;
  return sum;
}
