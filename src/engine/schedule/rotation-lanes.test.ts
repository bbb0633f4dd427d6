import { describe, expect, it } from 'vitest';
import { at, rotationModel } from '../../../test/support/rotation-model.ts';
import { generateSchedule } from './generate-schedule.ts';
import { hoursPerPerson } from './hours-per-person.ts';

/** `n` people in a zone, named after it. */
const at_ = (zone: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    name: `${(zone.split('/')[1] ?? zone).toLowerCase().replace('_', '-')}-${i}`,
    timezone: zone,
  }));

/** Each member's on-call hours over twenty weeks of a weekly 24x7 rotation. */
function shares(
  members: readonly { name: string; timezone: string }[],
  extra: { followTheSun?: boolean } = {},
) {
  const model = rotationModel(members, [
    { name: 'r', members: members.map((m) => m.name), timezone: 'Europe/Berlin', ...extra },
  ]);
  const range = { start: at('2025-01-06T08:00:00Z'), end: at('2025-05-26T07:00:00Z') };
  const schedule = generateSchedule({ model, range });
  expect(schedule.violations).toEqual([]);
  const hours = hoursPerPerson({ model, shifts: schedule.shifts });
  return new Map(hours.map((h) => [h.person, h.businessHours + h.offHours]));
}

describe('rotation lanes: a weekly rotation of N shares the hours about 1/N each', () => {
  it('gives a colleague an hour away (London, with four in Berlin) a fifth of the hours, not most of them', () => {
    const hours = shares([...at_('Europe/Berlin', 4), ...at_('Europe/London', 1)]);
    const total = [...hours.values()].reduce((a, b) => a + b, 0);
    for (const [, h] of hours) expect(Math.abs(h - total / 5)).toBeLessThanOrEqual(169);
  });

  it('keeps Berlin and New York in one pool: no site is left the night', () => {
    const hours = shares([...at_('Europe/Berlin', 2), ...at_('America/New_York', 2)]);
    const total = [...hours.values()].reduce((a, b) => a + b, 0);
    for (const [, h] of hours) expect(Math.abs(h - total / 4)).toBeLessThanOrEqual(169);
  });

  it('follows the sun between Singapore and New York, six at each, each site taking its day', () => {
    const members = [...at_('Asia/Singapore', 6), ...at_('America/New_York', 6)];
    const hours = shares(members);
    const total = [...hours.values()].reduce((a, b) => a + b, 0);
    // About half a day each (13 h and 11 h in winter): a twelfth of the hours, give or take a
    // turn of the longer part and the difference between the parts.
    for (const [, h] of hours) expect(Math.abs(h - total / 12)).toBeLessThanOrEqual(7 * 13 + 30);
  });

  it('relays Berlin and New York when the rotation says followTheSun: true', () => {
    const model = rotationModel(
      [...at_('Europe/Berlin', 2), ...at_('America/New_York', 2)],
      [
        {
          name: 'r',
          members: ['berlin-0', 'berlin-1', 'new-york-0', 'new-york-1'],
          followTheSun: true,
        },
      ],
    );
    const { shifts } = generateSchedule({
      model,
      range: { start: at('2025-01-06T00:00:00Z'), end: at('2025-01-07T00:00:00Z') },
    });
    // Six hours apart, the day splits halfway between their working days: Berlin 04:00-16:00
    // (03:00-15:00 UTC), New York 10:00-22:00 its time. Berlin starts at night, as the rotation
    // asked; without followTheSun it would be one pool.
    expect(shifts.map((s) => [s.person.split('-')[0], new Date(s.start).toISOString()])).toEqual([
      ['new', '2025-01-06T00:00:00.000Z'],
      ['berlin', '2025-01-06T03:00:00.000Z'],
      ['new', '2025-01-06T15:00:00.000Z'],
    ]);
  });
});
