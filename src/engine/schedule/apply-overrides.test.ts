import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { at, people, rotationModel } from '../../../test/support/rotation-model.ts';
import { generateSchedule } from './generate-schedule.ts';
import type { Shift } from './shift.ts';

const local = (t: number) =>
  DateTime.fromMillis(t, { zone: 'Europe/Berlin' }).toFormat('ccc dd HH:mm');
const brief = (shifts: readonly Shift[]) =>
  shifts.map((s) => `${s.rotation} ${s.person} ${local(s.start)} → ${local(s.end)}`);

const model = rotationModel(people('ann', 'bob', 'cat', 'dan'), [
  { name: 'web', members: ['ann', 'bob', 'cat'] },
  { name: 'db', members: ['dan'] },
]);
const range = { start: at('2025-05-05T07:00:00Z'), end: at('2025-05-26T07:00:00Z') };

describe('overrides', () => {
  it('plans without them: three weeks of web, one person for db', () => {
    expect(brief(generateSchedule({ model, range }).shifts)).toEqual([
      'web bob Mon 05 09:00 → Mon 12 09:00',
      'web cat Mon 12 09:00 → Mon 19 09:00',
      'web ann Mon 19 09:00 → Mon 26 09:00',
      'db dan Mon 05 09:00 → Mon 12 09:00',
      'db dan Mon 12 09:00 → Mon 19 09:00',
      'db dan Mon 19 09:00 → Mon 26 09:00',
    ]);
  });

  it('swaps two turns, named by a moment in each', () => {
    const schedule = generateSchedule({
      model,
      range,
      overrides: [
        {
          kind: 'swap',
          rotation: 'web',
          first: at('2025-05-06T12:00:00Z'),
          second: at('2025-05-20T12:00:00Z'),
        },
      ],
    });
    expect(brief(schedule.shifts).slice(0, 3)).toEqual([
      'web ann Mon 05 09:00 → Mon 12 09:00',
      'web cat Mon 12 09:00 → Mon 19 09:00',
      'web bob Mon 19 09:00 → Mon 26 09:00',
    ]);
    expect(schedule.violations).toEqual([]);
  });

  it('lets someone take part of a turn, splitting it at the edges', () => {
    const schedule = generateSchedule({
      model,
      range,
      overrides: [
        {
          kind: 'take',
          rotation: 'web',
          person: 'bob',
          start: at('2025-05-14T07:00:00Z'),
          end: at('2025-05-15T07:00:00Z'),
        },
      ],
    });
    expect(brief(schedule.shifts).slice(0, 5)).toEqual([
      'web bob Mon 05 09:00 → Mon 12 09:00',
      'web cat Mon 12 09:00 → Wed 14 09:00',
      'web bob Wed 14 09:00 → Thu 15 09:00',
      'web cat Thu 15 09:00 → Mon 19 09:00',
      'web ann Mon 19 09:00 → Mon 26 09:00',
    ]);
    expect(schedule.violations).toEqual([]);
  });

  it('checks the result again: a take during an absence, or a double booking, is reported', () => {
    const schedule = generateSchedule({
      model,
      range,
      absences: [
        { person: 'bob', start: at('2025-05-13T00:00:00Z'), end: at('2025-05-16T00:00:00Z') },
      ],
      overrides: [
        {
          kind: 'take',
          rotation: 'web',
          person: 'bob',
          start: at('2025-05-14T07:00:00Z'),
          end: at('2025-05-15T07:00:00Z'),
        },
        {
          kind: 'take',
          rotation: 'db',
          person: 'cat',
          start: at('2025-05-13T07:00:00Z'),
          end: at('2025-05-13T19:00:00Z'),
        },
      ],
    });
    expect(schedule.violations.map((v) => [v.code, v.person, v.rotation])).toEqual([
      ['double-booked', 'cat', 'web'],
      ['not-a-member', 'cat', 'db'],
      ['absent-on-call', 'bob', 'web'],
    ]);
    expect(schedule.violations[0]?.message).toBe(
      'cat is on call for rotations web and db at the same time from 2025-05-13T09:00:00+02:00 to 2025-05-13T21:00:00+02:00',
    );
    expect(schedule.violations[2]?.message).toBe(
      'bob is on call for rotation web while absent from 2025-05-14T09:00:00+02:00 to 2025-05-15T09:00:00+02:00',
    );
  });

  it('reports an override that finds nobody to swap with or replace', () => {
    const quiet = rotationModel(people('ann'), [
      { name: 'team', members: ['ann'], coverage: '8x5' },
    ]);
    const schedule = generateSchedule({
      model: quiet,
      range,
      overrides: [
        {
          kind: 'swap',
          rotation: 'team',
          first: at('2025-05-05T10:00:00Z'),
          second: at('2025-05-10T10:00:00Z'),
        },
        {
          kind: 'take',
          rotation: 'team',
          person: 'ann',
          start: at('2025-05-10T00:00:00Z'),
          end: at('2025-05-11T00:00:00Z'),
        },
      ],
    });
    expect(schedule.violations.map((v) => v.message)).toEqual([
      'ann takes rotation team from 2025-05-10T02:00:00+02:00 to 2025-05-11T02:00:00+02:00, but nobody is on call for it then',
      'swap on rotation team: nobody is on call at 2025-05-10T12:00:00+02:00 to swap with',
    ]);
  });

  it('leaves no hole when a take covers a turn nobody could staff', () => {
    const schedule = generateSchedule({
      model,
      range,
      absences: [
        { person: 'dan', start: at('2025-05-05T00:00:00Z'), end: at('2025-05-06T00:00:00Z') },
      ],
    });
    expect(schedule.violations.map((v) => [v.code, v.rotation])).toEqual([['unstaffed', 'db']]);
  });
});
