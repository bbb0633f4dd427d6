import { durationMillis, hoursOfMillis } from '../../model/index.ts';
import { type BusinessHours, isWeekend, minuteOfDay } from '../coverage-hours/index.ts';
import type { TimeInterval } from './intervals.ts';
import { wallClockSegments } from './wall-clock-segments.ts';

export interface ClassifiedHours {
  readonly businessHours: number;
  readonly offHours: number;
  /** Part of `offHours`: hours on days that are not business days. */
  readonly weekendHours: number;
}

/**
 * Splits on-call time into hours inside and outside business hours, in the person's own time
 * zone: a rotation's 09:00–17:00 Berlin shift is 03:00–11:00 for someone in New York, six of
 * which are outside their business hours. Real elapsed hours, DST included.
 */
export function classifyHours(options: {
  readonly intervals: readonly TimeInterval[];
  readonly zone: string;
  readonly businessHours: BusinessHours;
}): ClassifiedHours {
  const { businessHours: hours, zone } = options;
  const start = minuteOfDay(hours.start);
  const end = minuteOfDay(hours.end);
  let business = 0;
  let off = 0;
  let weekend = 0;
  for (const interval of options.intervals) {
    for (const s of wallClockSegments({ ...interval, zone, cuts: [start, end] })) {
      const ms = s.endMs - s.startMs;
      if (isWeekend(s.weekday, hours)) {
        off += ms;
        weekend += ms;
      } else if (s.minuteOfDay >= start && s.minuteOfDay < end) business += ms;
      else off += ms;
    }
  }
  return {
    businessHours: hoursOfMillis(durationMillis(business)),
    offHours: hoursOfMillis(durationMillis(off)),
    weekendHours: hoursOfMillis(durationMillis(weekend)),
  };
}
