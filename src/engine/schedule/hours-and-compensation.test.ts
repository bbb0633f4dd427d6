import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doc, rotationModel } from '../../../test/support/rotation-model.ts';
import { epochMillis } from '../../model/index.ts';
import { classifyHours, compensatePerson } from '../compensation/index.ts';
import { businessHoursOf } from './business-hours.ts';
import { generateSchedule } from './generate-schedule.ts';
import { hoursPerPerson } from './hours-per-person.ts';
import { HOUR_MS, mergeIntervals } from './interval.ts';

/**
 * The schedule's hours per person are the input of the compensation engine (§12.9.5): on the
 * same shifts, its own classification of hours and ours must agree, and the money it computes
 * from our report must be what it computes from its own.
 */
describe('hours per person and compensation', () => {
  it('agree on the same schedule, person by person, in each person’s zone', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('12h', '1d', '1w'),
        fc.constantFrom('24x7', '8x5', '8x7'),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 0, 1) }),
        fc.integer({ min: 24, max: 45 * 24 }),
        (shiftLength, coverage, start, hours) => {
          const model = rotationModel(
            [
              { name: 'ber' },
              { name: 'del', timezone: 'Asia/Kolkata' },
              { name: 'chi', timezone: 'America/Chicago' },
              { name: 'syd', timezone: 'Australia/Sydney' },
            ],
            [
              { name: 'global', members: ['ber', 'del', 'chi', 'syd'], shiftLength },
              { name: 'team', members: ['ber', 'chi'], coverage, timezone: 'America/Chicago' },
            ],
            doc(
              'CompensationPolicy',
              'std',
              'currency: EUR\nstandbyPerHour: 4.5\nbusinessHours: { days: [mon, tue, wed, thu, sat], start: "08:30", end: "17:00" }',
            ),
          );
          const policy = model.compensationPolicies.get('std');
          const range = { start: epochMillis(start), end: epochMillis(start + hours * HOUR_MS) };
          const { shifts } = generateSchedule({ model, range, policy, allowConcurrent: true });
          for (const ours of hoursPerPerson({ model, shifts, policy })) {
            const intervals = mergeIntervals(shifts.filter((s) => s.person === ours.person)).map(
              (i) => ({ startMs: i.start, endMs: i.end }),
            );
            const zone = model.people.get(ours.person)?.spec.timezone ?? 'Europe/Berlin';
            const theirs = classifyHours({
              intervals,
              zone,
              businessHours: businessHoursOf(policy),
            });
            expect(ours.businessHours).toBeCloseTo(theirs.businessHours, 6);
            expect(ours.offHours).toBeCloseTo(theirs.offHours, 6);
            expect(ours.weekendHours).toBeCloseTo(theirs.weekendHours, 6);
            if (!policy) continue;
            const paid = compensatePerson({ hours: ours, policy: policy.spec });
            const expected = compensatePerson({
              hours: { person: ours.person, ...theirs },
              policy: policy.spec,
            });
            expect(paid.pay.standby).toEqual(expected.pay.standby);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
