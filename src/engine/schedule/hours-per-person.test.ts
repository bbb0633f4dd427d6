import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, doc, people, rotationModel } from '../../../test/support/rotation-model.ts';
import { epochMillis } from '../../model/index.ts';
import { generateSchedule } from './generate-schedule.ts';
import { hoursPerPerson } from './hours-per-person.ts';
import { HOUR_MS } from './interval.ts';
import type { Shift } from './shift.ts';

const shift = (person: string, start: string, end: string, rotation = 'r'): Shift => ({
  rotation,
  person,
  start: at(start),
  end: at(end),
  turn: 'x',
});

describe('hoursPerPerson', () => {
  const model = rotationModel(
    [{ name: 'ann' }, { name: 'nyc', timezone: 'America/New_York' }],
    [
      { name: 'r', members: ['ann', 'nyc'] },
      { name: 's', members: ['ann'] },
    ],
  );

  it('splits a week of 24x7 into 40 business hours, 128 off-hours and 48 weekend hours', () => {
    const hours = hoursPerPerson({
      model,
      shifts: [shift('ann', '2025-05-05T07:00:00Z', '2025-05-12T07:00:00Z')],
    });
    expect(hours).toEqual([
      { person: 'ann', businessHours: 40, offHours: 128, weekendHours: 48 },
      { person: 'nyc', businessHours: 0, offHours: 0, weekendHours: 0 },
    ]);
  });

  it('counts in each person’s own time zone', () => {
    // 09:00–17:00 in Berlin is 03:00–11:00 in New York: two business hours there.
    const hours = hoursPerPerson({
      model,
      shifts: [shift('nyc', '2025-05-05T07:00:00Z', '2025-05-05T15:00:00Z')],
    });
    expect(hours.find((h) => h.person === 'nyc')).toEqual({
      person: 'nyc',
      businessHours: 2,
      offHours: 6,
      weekendHours: 0,
    });
  });

  it('counts the hour lost in the spring week and the hour gained in the autumn week', () => {
    const spring = hoursPerPerson({
      model,
      shifts: [shift('ann', '2025-03-24T08:00:00Z', '2025-03-31T07:00:00Z')],
    });
    const autumn = hoursPerPerson({
      model,
      shifts: [shift('ann', '2025-10-20T07:00:00Z', '2025-10-27T08:00:00Z')],
    });
    expect(spring[0]).toEqual({
      person: 'ann',
      businessHours: 40,
      offHours: 127,
      weekendHours: 47,
    });
    expect(autumn[0]).toEqual({
      person: 'ann',
      businessHours: 40,
      offHours: 129,
      weekendHours: 49,
    });
  });

  it('counts time on call for two rotations at once only once', () => {
    const hours = hoursPerPerson({
      model,
      shifts: [
        shift('ann', '2025-05-05T07:00:00Z', '2025-05-05T15:00:00Z', 'r'),
        shift('ann', '2025-05-05T11:00:00Z', '2025-05-05T19:00:00Z', 's'),
      ],
    });
    expect(hours[0]).toEqual({ person: 'ann', businessHours: 8, offHours: 4, weekendHours: 0 });
  });

  it('uses the business days and hours of the compensation policy', () => {
    const policy = doc(
      'CompensationPolicy',
      'p',
      'currency: EUR\nbusinessHours: { days: [mon, tue, wed, thu, fri, sat], start: "08:00", end: "18:00" }',
    );
    const m = rotationModel(people('ann'), [{ name: 'r', members: ['ann'] }], policy);
    const hours = hoursPerPerson({
      model: m,
      policy: m.compensationPolicies.get('p'),
      shifts: [shift('ann', '2025-05-10T00:00:00Z', '2025-05-12T00:00:00Z')],
    });
    // Saturday 08:00–18:00 is business time; only Sunday is weekend.
    expect(hours[0]).toEqual({ person: 'ann', businessHours: 10, offHours: 38, weekendHours: 24 });
  });

  it('always adds up: business + off = time on call, weekend within off-hours', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('1d', '12h', '1w'),
        fc.constantFrom('24x7', '8x5', '8x7'),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 0, 1) }),
        fc.integer({ min: 1, max: 40 * 24 }),
        (shiftLength, coverage, start, hours) => {
          const m = rotationModel(
            [
              { name: 'a' },
              { name: 'b', timezone: 'Asia/Kolkata' },
              { name: 'c', timezone: 'America/Chicago' },
            ],
            [{ name: 'r', members: ['a', 'b', 'c'], shiftLength, coverage }],
          );
          const range = { start: epochMillis(start), end: epochMillis(start + hours * HOUR_MS) };
          const { shifts } = generateSchedule({ model: m, range });
          const onCall = shifts.reduce((sum, s) => sum + (s.end - s.start), 0) / HOUR_MS;
          const result = hoursPerPerson({ model: m, shifts });
          const sum = result.reduce((acc, h) => acc + h.businessHours + h.offHours, 0);
          expect(sum).toBeCloseTo(onCall, 6);
          for (const h of result) expect(h.weekendHours).toBeLessThanOrEqual(h.offHours + 1e-9);
        },
      ),
      { numRuns: 80 },
    );
  });
});
