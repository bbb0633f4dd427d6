import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { epochMillis } from '../../model/index.ts';
import { DEFAULT_BUSINESS_HOURS } from '../coverage-hours/index.ts';
import { classifyHours } from './classify-hours.ts';
import { coverageIntervals } from './coverage-intervals.ts';

const businessHours = DEFAULT_BUSINESS_HOURS;
const at = (iso: string, zone: string) => epochMillis(DateTime.fromISO(iso, { zone }).toMillis());
const week = (mondayIso: string, zone: string) => ({
  startMs: at(`${mondayIso}T00:00`, zone),
  endMs: epochMillis(
    DateTime.fromISO(`${mondayIso}T00:00`, { zone }).plus({ weeks: 1 }).toMillis(),
  ),
});

describe('classifyHours', () => {
  it('splits an ordinary 24x7 week into 40 business hours and 128 off-hours, 48 of them weekend', () => {
    const c = classifyHours({
      intervals: [week('2026-03-09', 'Europe/Berlin')],
      zone: 'Europe/Berlin',
      businessHours,
    });
    expect(c).toEqual({ businessHours: 40, offHours: 128, weekendHours: 48 });
  });

  it('counts the spring DST week as 167 hours: the lost hour is a Sunday night off-hour', () => {
    // Europe/Berlin moves from 02:00 to 03:00 on Sunday 29 March 2026.
    const c = classifyHours({
      intervals: [week('2026-03-23', 'Europe/Berlin')],
      zone: 'Europe/Berlin',
      businessHours,
    });
    expect(c).toEqual({ businessHours: 40, offHours: 127, weekendHours: 47 });
  });

  it('counts the autumn DST week as 169 hours', () => {
    // Europe/Berlin moves from 03:00 back to 02:00 on Sunday 25 October 2026.
    const c = classifyHours({
      intervals: [week('2026-10-19', 'Europe/Berlin')],
      zone: 'Europe/Berlin',
      businessHours,
    });
    expect(c).toEqual({ businessHours: 40, offHours: 129, weekendHours: 49 });
  });

  it('keeps business hours at 09:00–17:00 local on the weekdays after a DST change in another zone', () => {
    // The US changes on 8 March 2026, Europe on 29 March: in between, New York is 4 hours
    // behind Berlin instead of 6. A Berlin 09:00–17:00 day is 04:00–12:00 in New York.
    const day = {
      startMs: at('2026-03-10T09:00', 'Europe/Berlin'),
      endMs: at('2026-03-10T17:00', 'Europe/Berlin'),
    };
    expect(classifyHours({ intervals: [day], zone: 'America/New_York', businessHours })).toEqual({
      businessHours: 3,
      offHours: 5,
      weekendHours: 0,
    });
    const later = {
      startMs: at('2026-04-07T09:00', 'Europe/Berlin'),
      endMs: at('2026-04-07T17:00', 'Europe/Berlin'),
    };
    expect(classifyHours({ intervals: [later], zone: 'America/New_York', businessHours })).toEqual({
      businessHours: 2,
      offHours: 6,
      weekendHours: 0,
    });
  });

  it("counts a Friday evening to Monday morning standby by each person's own weekend", () => {
    const interval = {
      startMs: at('2026-03-13T17:00', 'Europe/Berlin'),
      endMs: at('2026-03-16T09:00', 'Europe/Berlin'),
    };
    expect(classifyHours({ intervals: [interval], zone: 'Europe/Berlin', businessHours })).toEqual({
      businessHours: 0,
      offHours: 64,
      weekendHours: 48,
    });
    // In Singapore (UTC+8, no DST) the same span runs Saturday 00:00 to Monday 16:00:
    // 48 weekend hours and Monday 00:00–09:00 off, 09:00–16:00 inside business hours.
    expect(classifyHours({ intervals: [interval], zone: 'Asia/Singapore', businessHours })).toEqual(
      {
        businessHours: 7,
        offHours: 57,
        weekendHours: 48,
      },
    );
  });

  it('follows a policy whose weekend is Friday and Saturday', () => {
    const sundayToThursday = {
      days: ['sun', 'mon', 'tue', 'wed', 'thu'] as const,
      start: '08:00',
      end: '16:00',
    };
    const c = classifyHours({
      intervals: [week('2026-03-09', 'Asia/Dubai')],
      zone: 'Asia/Dubai',
      businessHours: { ...sundayToThursday, days: [...sundayToThursday.days] },
    });
    expect(c).toEqual({ businessHours: 40, offHours: 128, weekendHours: 48 });
  });

  it('refuses an unknown time zone', () => {
    expect(() =>
      classifyHours({
        intervals: [{ startMs: epochMillis(0), endMs: epochMillis(3_600_000) }],
        zone: 'Mars/Olympus',
        businessHours,
      }),
    ).toThrow(RangeError);
  });
});

describe('coverageIntervals', () => {
  const hours = (intervals: { startMs: number; endMs: number }[]) =>
    intervals.reduce((h, i) => h + (i.endMs - i.startMs), 0) / 3_600_000;

  it('covers March 2026 in Berlin 24x7 with 743 hours: 31 days less the spring DST hour', () => {
    expect(
      hours(
        coverageIntervals({
          coverage: '24x7',
          zone: 'Europe/Berlin',
          businessHours,
          month: { year: 2026, month: 3 },
        }),
      ),
    ).toBe(743);
  });

  it('covers 8 hours on each of the 22 business days of March 2026 for 8x5', () => {
    const intervals = coverageIntervals({
      coverage: '8x5',
      zone: 'Europe/Berlin',
      businessHours,
      month: { year: 2026, month: 3 },
    });
    expect(intervals).toHaveLength(22);
    expect(hours(intervals)).toBe(176);
  });

  it('covers 8 hours on every one of the 31 days for 8x7, the DST Sunday included', () => {
    const intervals = coverageIntervals({
      coverage: '8x7',
      zone: 'Europe/Berlin',
      businessHours,
      month: { year: 2026, month: 3 },
    });
    expect(intervals).toHaveLength(31);
    expect(hours(intervals)).toBe(248);
  });
});
