import { describe, expect, it } from 'vitest';
import { at, doc } from '../../../test/support/rotation-model.ts';
import { modelFrom } from '../../../test/support/yaml-model.ts';
import { timeOffEarned } from './find-time-off-conflicts.ts';
import { generateSchedule } from './generate-schedule.ts';
import { hoursPerPerson } from './hours-per-person.ts';
import { scheduleBalance } from './schedule-balance.ts';

/**
 * An 8x5 rotation whose people are paid by another policy than the default covers that policy's
 * business hours (§12.9.5, `rotationBusinessHours`), as sizing, `hours` and `oncall-cost` read
 * them: a Bangalore desk paid 09:30–18:30 is on call from 09:30, not from the default's 08:00,
 * and has no off-hours standby to pay, weigh or give back as time off.
 */
function desk(paidBy: 'bangalore' | 'default') {
  const own = paidBy === 'bangalore' ? '\ncompensationPolicy: bangalore' : '';
  return modelFrom(
    doc(
      'CompensationPolicy',
      'us',
      'currency: USD\nstandbyPerHour: 3.5\ntimeOffPerStandbyHour: 1\nbusinessHours: { days: [mon, tue, wed, thu, fri], start: "08:00", end: "17:00" }',
    ),
    doc(
      'CompensationPolicy',
      'bangalore',
      'currency: INR\nstandbyPerHour: 120\nbusinessHours: { days: [mon, tue, wed, thu, fri], start: "09:30", end: "18:30" }',
    ),
    doc('Person', 'asha', `timezone: Asia/Kolkata${own}`),
    doc('Person', 'ravi', `timezone: Asia/Kolkata${own}`),
    doc(
      'Rotation',
      'desk',
      'type: team\ncoverage: "8x5"\ntimezone: Asia/Kolkata\nshiftLength: 1w\nhandoff: "Mon 09:30"\nmembers: [asha, ravi]',
    ),
  );
}

// Two weeks from Monday 2025-05-05 00:00 in Bangalore (UTC+05:30).
const range = { start: at('2025-05-04T18:30:00Z'), end: at('2025-05-18T18:30:00Z') };

function scheduleOf(paidBy: 'bangalore' | 'default') {
  const model = desk(paidBy);
  const policy = model.compensationPolicies.get('us');
  return { model, policy, schedule: generateSchedule({ model, range, policy }) };
}

describe('an 8x5 rotation paid by its own policy', () => {
  it('covers that policy’s business hours, not the default’s', () => {
    const { schedule } = scheduleOf('bangalore');
    const windows = schedule.coverage.get('desk') ?? [];
    expect(windows).toHaveLength(10);
    // 8x5 is eight hours from business hours' start: Monday 09:30–17:30 in Bangalore, 04:00–12:00 UTC.
    expect(windows[0]).toEqual({
      start: at('2025-05-05T04:00:00Z'),
      end: at('2025-05-05T12:00:00Z'),
    });
    const first = schedule.shifts[0];
    expect(first?.start).toBe(at('2025-05-05T04:00:00Z'));
    expect(first?.end).toBe(at('2025-05-05T12:00:00Z'));
    expect(schedule.violations.filter((v) => v.severity === 'error')).toEqual([]);
  });

  it('has no off-hours in hours, the balance or time off', () => {
    const { model, policy, schedule } = scheduleOf('bangalore');
    const hours = hoursPerPerson({ model, shifts: schedule.shifts, policy });
    expect(hours.map((h) => [h.person, h.businessHours, h.offHours])).toEqual([
      ['asha', 40, 0],
      ['ravi', 40, 0],
    ]);
    const [balance] = scheduleBalance({ model, shifts: schedule.shifts, policy });
    expect(balance?.members.map((m) => [m.person, m.businessHours, m.offHours])).toEqual([
      ['asha', 40, 0],
      ['ravi', 40, 0],
    ]);
    // The default grants time off for off-hours standby; this desk stands none.
    expect(schedule.timeOff).toEqual([]);
    expect(timeOffEarned({ model, shifts: schedule.shifts, policy })).toEqual([]);
  });

  it('keeps the default’s hours where the default pays its people', () => {
    const { schedule } = scheduleOf('default');
    // Monday 08:00–16:00 in Bangalore, 02:30–10:30 UTC.
    expect(schedule.coverage.get('desk')?.[0]).toEqual({
      start: at('2025-05-05T02:30:00Z'),
      end: at('2025-05-05T10:30:00Z'),
    });
    expect(schedule.timeOff).toEqual([]);
  });
});
