import { DateTime } from 'luxon';
import { type EpochMillis, epochMillis, WEEKDAYS, type Weekday } from '../../model/index.ts';
import type { TimeInterval } from './intervals.ts';

/**
 * A stretch of real time in which the local weekday and the side of every cut stay the same:
 * its ends are instants (a `TimeInterval`); the weekday and time of day are the zone's.
 */
export interface WallClockSegment extends TimeInterval {
  readonly weekday: Weekday;
  /** Local minutes after midnight at the start of the segment. */
  readonly minuteOfDay: number;
}

/**
 * Splits `[startMs, endMs)` at every local midnight and every local time in `cuts` (minutes
 * after midnight) in `zone`. Segment lengths are real elapsed time, so a day across a DST
 * change has 23 or 25 hours. Luxon resolves local times: a cut inside a DST gap moves to the
 * first valid instant after it.
 */
export function wallClockSegments(options: {
  readonly startMs: EpochMillis;
  readonly endMs: EpochMillis;
  readonly zone: string;
  readonly cuts: readonly number[];
}): WallClockSegment[] {
  const { startMs, endMs, zone } = options;
  const cuts = [...new Set(options.cuts.filter((c) => c > 0 && c < 1440))].sort((a, b) => a - b);
  const segments: WallClockSegment[] = [];
  let cursor: EpochMillis = startMs;
  while (cursor < endMs) {
    const local = DateTime.fromMillis(cursor, { zone });
    if (!local.isValid) throw new RangeError(`unknown time zone "${zone}"`);
    const dayStart = local.startOf('day');
    let next = dayStart.plus({ days: 1 }).toMillis();
    for (const cut of cuts) {
      const at = dayStart.set({ hour: Math.floor(cut / 60), minute: cut % 60 }).toMillis();
      if (at > cursor && at < next) next = at;
    }
    const end = epochMillis(Math.min(next, endMs));
    segments.push({
      startMs: cursor,
      endMs: end,
      weekday: WEEKDAYS[local.weekday - 1] as Weekday,
      minuteOfDay: local.hour * 60 + local.minute + local.second / 60 + local.millisecond / 60_000,
    });
    cursor = end;
  }
  return segments;
}
