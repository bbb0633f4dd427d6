import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { durationMillis, epochMillis, laterWall, wallClockMillis } from '../../model/index.ts';
import { zoneClock } from './zone-clock.ts';

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Sydney',
  'Australia/Lord_Howe',
  'America/St_Johns',
  'Asia/Kolkata',
  'America/Santiago',
  'UTC',
];
const instant = fc
  .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) })
  .map(epochMillis);
const wall = (t: number, zone: string) => {
  const d = DateTime.fromMillis(t, { zone });
  return Date.UTC(d.year, d.month - 1, d.day, d.hour, d.minute, d.second, d.millisecond);
};

describe('zoneClock', () => {
  it('gives the same offsets and wall times as luxon at any instant', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, t) => {
        const clock = zoneClock(zone);
        expect(clock.offset(t)).toBe(DateTime.fromMillis(t, { zone }).offset);
        expect(clock.toWall(t)).toBe(wall(t, zone));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the instant of every wall time that occurs, and the first of two', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), instant, (zone, t) => {
        const clock = zoneClock(zone);
        const w = clock.toWall(t);
        const back = clock.fromWall(w);
        expect(clock.toWall(back)).toBe(w);
        expect(back).toBeLessThanOrEqual(t);
      }),
      { numRuns: 2000 },
    );
  });

  it('maps a wall time skipped by clocks going forward to the moment of the change', () => {
    const clock = zoneClock('Europe/Berlin');
    // 2025-03-30 02:30 does not exist in Berlin: clocks jump from 02:00 CET to 03:00 CEST.
    expect(clock.fromWall(wallClockMillis(Date.UTC(2025, 2, 30, 2, 30)))).toBe(
      Date.UTC(2025, 2, 30, 1, 0),
    );
  });

  it('maps a wall time that occurs twice to its first occurrence', () => {
    const clock = zoneClock('Europe/Berlin');
    // 2025-10-26 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
    expect(clock.fromWall(wallClockMillis(Date.UTC(2025, 9, 26, 2, 30)))).toBe(
      Date.UTC(2025, 9, 26, 0, 30),
    );
  });

  it('never goes backwards as wall time goes forward', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        instant.map(wallClockMillis),
        fc.integer({ min: 0, max: 6 * 3_600_000 }).map(durationMillis),
        (zone, w, step) => {
          const clock = zoneClock(zone);
          expect(clock.fromWall(laterWall(w, step))).toBeGreaterThanOrEqual(clock.fromWall(w));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('refuses an unknown zone', () => {
    expect(() => zoneClock('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
