import { describe, expect, it } from 'vitest';
import { epochMillis, epochSeconds } from '../../model/index.ts';
import type { Absence } from './absence.ts';
import type { ScheduleInput } from './generate-schedule.ts';
import { earlier, type Interval, intersect, later, subtractIntervals } from './interval.ts';

describe('Interval', () => {
  it('takes epoch milliseconds and refuses bare numbers and seconds (checked by tsc)', () => {
    const start = epochMillis(Date.UTC(2025, 4, 5, 9));
    const end = epochMillis(Date.UTC(2025, 4, 5, 17));
    const day: Interval = { start, end };
    // @ts-expect-error a bare number has no unit
    const bare: Interval = { start: Date.UTC(2025, 4, 5, 9), end };
    // @ts-expect-error seconds are not milliseconds
    const seconds: Interval = { start, end: epochSeconds(1_746_435_600) };
    // @ts-expect-error an absence is an interval: its times carry the unit too
    const away: Absence = { person: 'ann', start: 1_746_435_600_000, end };
    // @ts-expect-error a schedule's range is an interval
    const range: ScheduleInput['range'] = { start: 0, end: 1 };
    // Brands are for the compiler only: at run time the times are plain numbers.
    expect(intersect(day, bare)).toEqual(day);
    expect([seconds.end, away.start, range.end]).toEqual([1_746_435_600, 1_746_435_600_000, 1]);
  });

  it('keeps the unit through earlier/later, intersect and subtract', () => {
    const at = (hour: number) => epochMillis(Date.UTC(2025, 4, 5, hour));
    expect(earlier(at(9), at(10))).toBe(at(9));
    expect(later(at(9), at(10))).toBe(at(10));
    const parts: Interval[] = subtractIntervals({ start: at(8), end: at(18) }, [
      { start: at(12), end: at(13) },
    ]);
    expect(parts).toEqual([
      { start: at(8), end: at(12) },
      { start: at(13), end: at(18) },
    ]);
  });
});
