import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { at, doc, people, rotationModel } from '../../../test/support/rotation-model.ts';
import { epochMillis } from '../../model/index.ts';
import { generateSchedule } from './generate-schedule.ts';
import { hoursPerPerson } from './hours-per-person.ts';
import { HOUR_MS } from './interval.ts';
import type { LoadWeights } from './load-weights.ts';
import type { Shift } from './shift.ts';

const local = (t: number, zone = 'Europe/Berlin') =>
  DateTime.fromMillis(t, { zone }).toFormat('ccc yyyy-MM-dd HH:mm');
const brief = (shifts: readonly Shift[], zone?: string) =>
  shifts.map((s) => `${s.person} ${local(s.start, zone)} → ${local(s.end, zone)}`);

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
  'Europe/London',
];

describe('generateSchedule', () => {
  it('rotates a weekly 24x7 rotation in member order, handing off Monday 09:00 local across DST', () => {
    const model = rotationModel(people('ann', 'bob', 'cat'), [
      { name: 'web', members: ['ann', 'bob', 'cat'] },
    ]);
    const schedule = generateSchedule({
      model,
      range: { start: at('2025-03-24T08:00:00Z'), end: at('2025-04-14T07:00:00Z') },
    });
    expect(brief(schedule.shifts)).toEqual([
      'bob Mon 2025-03-24 09:00 → Mon 2025-03-31 09:00',
      'cat Mon 2025-03-31 09:00 → Mon 2025-04-07 09:00',
      'ann Mon 2025-04-07 09:00 → Mon 2025-04-14 09:00',
    ]);
    expect(schedule.violations).toEqual([]);
  });

  it('keeps an 8x5 rotation on call eight hours from the start of business hours on business days', () => {
    const model = rotationModel(people('ann', 'bob'), [
      { name: 'team', members: ['ann', 'bob'], coverage: '8x5' },
    ]);
    const schedule = generateSchedule({
      model,
      range: { start: at('2025-03-28T00:00:00Z'), end: at('2025-04-01T00:00:00Z') },
    });
    expect(brief(schedule.shifts)).toEqual([
      'bob Fri 2025-03-28 09:00 → Fri 2025-03-28 17:00',
      'ann Mon 2025-03-31 09:00 → Mon 2025-03-31 17:00',
    ]);
  });

  it('takes business days and the start of business hours from the compensation policy', () => {
    const model = rotationModel(
      people('ann'),
      [{ name: 'team', members: ['ann'], coverage: '8x5' }],
      doc(
        'CompensationPolicy',
        'std',
        'currency: EUR\nbusinessHours: { days: [sun, mon, tue, wed, thu], start: "07:30", end: "16:00" }',
      ),
    );
    const schedule = generateSchedule({
      model,
      range: { start: at('2025-03-28T00:00:00Z'), end: at('2025-03-31T00:00:00Z') },
      policy: model.compensationPolicies.get('std'),
    });
    expect(brief(schedule.shifts)).toEqual(['ann Sun 2025-03-30 07:30 → Sun 2025-03-30 15:30']);
  });

  it('covers every day, weekends included, with 8x7', () => {
    const model = rotationModel(people('ann'), [
      { name: 'team', members: ['ann'], coverage: '8x7' },
    ]);
    const schedule = generateSchedule({
      model,
      range: { start: at('2025-03-29T00:00:00Z'), end: at('2025-03-31T00:00:00Z') },
    });
    expect(brief(schedule.shifts)).toEqual([
      'ann Sat 2025-03-29 09:00 → Sat 2025-03-29 17:00',
      'ann Sun 2025-03-30 09:00 → Sun 2025-03-30 17:00',
    ]);
  });

  it('follows the sun when the rotation says so, each site covering its part of the day', () => {
    const model = rotationModel(
      [
        { name: 'syd', timezone: 'Australia/Sydney' },
        { name: 'ber', timezone: 'Europe/Berlin' },
        { name: 'nyc', timezone: 'America/New_York' },
      ],
      [{ name: 'global', members: ['ber', 'nyc', 'syd'], followTheSun: true }],
    );
    const schedule = generateSchedule({
      model,
      range: { start: at('2025-06-02T00:00:00Z'), end: at('2025-06-03T00:00:00Z') },
    });
    expect(
      schedule.shifts.map((s) => {
        const zone = model.people.get(s.person)?.spec.timezone ?? 'UTC';
        return `${s.person} ${local(s.start, zone)} → ${local(s.end, zone)}`;
      }),
    ).toEqual([
      // Each site takes over at its own time, the day split by working hours; Sydney's part
      // ends when Berlin's starts, Berlin's when New York's starts, and so on.
      'syd Mon 2025-06-02 10:00 → Mon 2025-06-02 16:30',
      'ber Mon 2025-06-02 08:30 → Mon 2025-06-02 16:00',
      'nyc Mon 2025-06-02 10:00 → Mon 2025-06-02 18:30',
      'syd Tue 2025-06-03 08:30 → Tue 2025-06-03 10:00',
    ]);
    expect(schedule.violations).toEqual([]);
  });

  it('tiles the range exactly with 24x7 shifts: no gap, no overlap, for any rotation and range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.constantFrom(...ZONES), { nil: undefined }), {
          minLength: 1,
          maxLength: 7,
        }),
        fc.constantFrom(...ZONES),
        fc.constantFrom('6h', '12h', '1d', '3d', '1w', '2w'),
        fc.constantFrom('Mon', 'Thu', 'Sun'),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 1) }),
        fc.integer({ min: 1, max: 60 * 24 * HOUR_MS }),
        (zones, zone, shiftLength, day, hour, start, length) => {
          const members = zones.map((z, i) => ({ name: `p${i}`, ...(z ? { timezone: z } : {}) }));
          const model = rotationModel(members, [
            {
              name: 'r',
              members: members.map((m) => m.name),
              timezone: zone,
              shiftLength,
              handoff: `${day} ${String(hour).padStart(2, '0')}:00`,
            },
          ]);
          const range = { start: epochMillis(start), end: epochMillis(start + length) };
          const { shifts, violations } = generateSchedule({ model, range });
          expect(violations).toEqual([]);
          expect(shifts[0]?.start).toBe(range.start);
          expect(shifts.at(-1)?.end).toBe(range.end);
          for (let i = 1; i < shifts.length; i++) expect(shifts[i]?.start).toBe(shifts[i - 1]?.end);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same person at every moment whatever range is asked for', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.constantFrom('12h', '1d', '1w'),
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2025, 11, 1) }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (n, shiftLength, middle, before, after) => {
          const names = Array.from({ length: n }, (_, i) => `p${i}`);
          const model = rotationModel(
            people(...names, 'q0', 'q1', 'q2'),
            [
              { name: 'a', members: names, shiftLength },
              { name: 'b', members: ['q0', 'q1', 'q2', names[0] as string], coverage: '8x5' },
            ],
            doc('CompensationPolicy', 'std', 'currency: EUR\ntimeOffPerStandbyHour: 0.5'),
          );
          const policy = model.compensationPolicies.get('std');
          const absences = [
            {
              person: 'p1',
              start: epochMillis(middle - 3 * 24 * HOUR_MS),
              end: epochMillis(middle + 2 * 24 * HOUR_MS),
            },
          ];
          const day = 24 * HOUR_MS;
          const wide = generateSchedule({
            model,
            policy,
            absences,
            range: {
              start: epochMillis(middle - before * day),
              end: epochMillis(middle + after * day),
            },
          });
          const narrow = generateSchedule({
            model,
            policy,
            absences,
            range: { start: epochMillis(middle - day), end: epochMillis(middle + day) },
          });
          const clip = (s: Shift) => ({
            ...s,
            start: Math.max(s.start, middle - day),
            end: Math.min(s.end, middle + day),
          });
          const inside = wide.shifts.map(clip).filter((s) => s.end > s.start);
          expect(inside).toEqual(narrow.shifts);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('never puts an absent person on call, and splits a turn when nobody can take all of it', () => {
    const model = rotationModel(people('ann', 'bob'), [{ name: 'web', members: ['ann', 'bob'] }]);
    const schedule = generateSchedule({
      model,
      range: { start: at('2025-05-05T07:00:00Z'), end: at('2025-05-12T07:00:00Z') },
      absences: [
        { person: 'ann', start: at('2025-05-05T00:00:00Z'), end: at('2025-05-08T00:00:00Z') },
        { person: 'bob', start: at('2025-05-08T00:00:00Z'), end: at('2025-05-13T00:00:00Z') },
      ],
    });
    expect(brief(schedule.shifts)).toEqual([
      'bob Mon 2025-05-05 09:00 → Thu 2025-05-08 02:00',
      'ann Thu 2025-05-08 02:00 → Mon 2025-05-12 09:00',
    ]);
    expect(schedule.violations).toEqual([]);
  });

  it('reports which rotation nobody can staff, and when, instead of leaving a silent hole', () => {
    const model = rotationModel(people('ann', 'bob'), [{ name: 'web', members: ['ann', 'bob'] }]);
    const schedule = generateSchedule({
      model,
      range: { start: at('2025-05-05T07:00:00Z'), end: at('2025-05-12T07:00:00Z') },
      absences: [
        { person: 'ann', start: at('2025-05-06T00:00:00Z'), end: at('2025-05-07T00:00:00Z') },
        { person: 'bob', start: at('2025-05-06T12:00:00Z'), end: at('2025-05-08T00:00:00Z') },
      ],
    });
    const unstaffed = schedule.violations.filter((v) => v.code === 'unstaffed');
    expect(unstaffed).toHaveLength(1);
    expect(unstaffed[0]).toMatchObject({
      rotation: 'web',
      severity: 'error',
      start: at('2025-05-06T12:00:00Z'),
      end: at('2025-05-07T00:00:00Z'),
    });
    expect(unstaffed[0]?.message).toContain(
      'rotation web from 2025-05-06T14:00:00+02:00 to 2025-05-07T02:00:00+02:00',
    );
  });

  it('keeps a person off two rotations at once unless that is allowed', () => {
    const model = rotationModel(people('ann', 'bob', 'cat'), [
      { name: 'one', members: ['ann', 'bob'] },
      { name: 'two', members: ['ann', 'cat'] },
    ]);
    const range = { start: at('2025-05-05T07:00:00Z'), end: at('2025-06-30T07:00:00Z') };
    const apart = generateSchedule({ model, range });
    expect(apart.violations).toEqual([]);
    const ann = apart.shifts.filter((s) => s.person === 'ann');
    for (const x of ann) {
      for (const y of ann) {
        if (x.rotation !== y.rotation) expect(x.end <= y.start || y.end <= x.start).toBe(true);
      }
    }
    // With only ann on both, the conflict cannot be planned away: it is named.
    const forced = rotationModel(people('ann'), [
      { name: 'one', members: ['ann'] },
      { name: 'two', members: ['ann'] },
    ]);
    const stuck = generateSchedule({ model: forced, range });
    expect(stuck.violations.map((v) => [v.code, v.rotation])).toContainEqual(['unstaffed', 'two']);
    const allowed = generateSchedule({ model: forced, range, allowConcurrent: [['one', 'two']] });
    expect(allowed.violations).toEqual([]);
    expect(allowed.shifts.filter((s) => s.rotation === 'two')).toHaveLength(
      allowed.shifts.length / 2,
    );
  });

  it('gives time off after off-hours standby and keeps the next turn clear of it (§12.9.5)', () => {
    const policy = doc('CompensationPolicy', 'std', 'currency: EUR\ntimeOffPerStandbyHour: 0.25');
    const names = ['ann', 'bob', 'cat', 'dan'];
    const model = rotationModel(
      people(...names),
      [{ name: 'web', members: names, shiftLength: '1d' }],
      policy,
    );
    const range = { start: at('2025-05-05T07:00:00Z'), end: at('2025-05-26T07:00:00Z') };
    const schedule = generateSchedule({
      model,
      range,
      policy: model.compensationPolicies.get('std'),
    });
    expect(schedule.violations).toEqual([]);
    // A weekday turn has 16 off-hours: 4 hours off from 09:00 after it ends; a weekend day, 6.
    const first = schedule.shifts[0];
    const off = schedule.timeOff.find(
      (t) => t.person === first?.person && t.start >= (first?.end ?? 0),
    );
    expect(off && [local(off.start), (off.end - off.start) / HOUR_MS]).toEqual([
      'Tue 2025-05-06 09:00',
      4,
    ]);
    for (const t of schedule.timeOff) {
      for (const s of schedule.shifts) {
        if (s.person === t.person) expect(s.end <= t.start || t.end <= s.start).toBe(true);
      }
    }
  });

  it('names the turns that clash with time off when too few people share the weekend', () => {
    const policy = doc('CompensationPolicy', 'std', 'currency: EUR\ntimeOffPerStandbyHour: 0.25');
    // Friday, Saturday and Sunday each earn Monday-morning time off: with two people, Monday's
    // turn cannot start until one of them is back.
    const model = rotationModel(
      people('ann', 'bob'),
      [{ name: 'web', members: ['ann', 'bob'], shiftLength: '1d' }],
      policy,
    );
    const schedule = generateSchedule({
      model,
      range: { start: at('2025-05-09T07:00:00Z'), end: at('2025-05-13T07:00:00Z') },
      policy: model.compensationPolicies.get('std'),
    });
    const unstaffed = schedule.violations.filter((v) => v.code === 'unstaffed');
    expect(unstaffed.map((v) => `${local(v.start)} → ${local(v.end)}`)).toEqual([
      'Mon 2025-05-12 09:00 → Mon 2025-05-12 15:00',
    ]);
  });

  it('shares weekends out when daily turns would always give one person the Saturday', () => {
    const names = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6'];
    const model = rotationModel(people(...names), [
      { name: 'daily', members: names, shiftLength: '1d' },
    ]);
    const quarter = { start: at('2025-04-01T00:00:00Z'), end: at('2025-07-01T00:00:00Z') };
    const { shifts } = generateSchedule({ model, range: quarter });
    const weekend = hoursPerPerson({ model, shifts }).map((h) => h.weekendHours);
    // Plain round-robin gives one person every Saturday (312 h) and four none: here the
    // spread is within two weekend days, around the fair share of 89 h each.
    expect(Math.max(...weekend) - Math.min(...weekend)).toBeLessThanOrEqual(48);
  });

  it('shares load evenly: over a quarter, weighted loads differ by at most one turn', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom('12h', '1d', '2d', '1w'),
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 7 }),
        fc.constantFrom<LoadWeights>(
          { total: 1, offHours: 1, weekend: 1 },
          { total: 1, offHours: 0, weekend: 0 },
          { total: 1, offHours: 2, weekend: 4 },
        ),
        (n, shiftLength, zone, quarterIndex, weights) => {
          const names = Array.from({ length: n }, (_, i) => `p${i}`);
          const model = rotationModel(people(...names), [
            { name: 'r', members: names, shiftLength, timezone: zone },
          ]);
          const year = 2024 + Math.floor(quarterIndex / 4);
          const start = Date.UTC(year, (quarterIndex % 4) * 3, 1);
          const end = Date.UTC(year, (quarterIndex % 4) * 3 + 3, 1);
          // Every turn that ends in the quarter, whole: the quarter's plan.
          const margin = 15 * 24 * HOUR_MS;
          const { shifts } = generateSchedule({
            model,
            range: { start: epochMillis(start - margin), end: epochMillis(end + margin) },
            weights,
          });
          const turnEnd = new Map<string, number>();
          for (const s of shifts) turnEnd.set(s.turn, Math.max(turnEnd.get(s.turn) ?? 0, s.end));
          const loads = new Map(names.map((p) => [p, 0]));
          const turnLoads = new Map<string, number>();
          for (const s of shifts) {
            const t = turnEnd.get(s.turn) ?? 0;
            if (t <= start || t > end) continue;
            const load = weighted(s, zone, weights);
            loads.set(s.person, (loads.get(s.person) ?? 0) + load);
            turnLoads.set(s.turn, (turnLoads.get(s.turn) ?? 0) + load);
          }
          const values = [...loads.values()];
          const biggest = Math.max(0, ...turnLoads.values());
          // One turn, plus an hour's weight (a clock change makes turns an hour apart).
          const hour = weights.total + weights.offHours + weights.weekend;
          expect(Math.max(...values) - Math.min(...values)).toBeLessThanOrEqual(
            biggest + hour + 1e-6,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** Weighted hours, with business hours Mon–Fri 09–17 local. */
function weighted(s: Shift, zone: string, w: LoadWeights): number {
  // Shifts here start and end on whole hours: sampling each hour is exact.
  let load = 0;
  for (let t: number = s.start; t < s.end; t += HOUR_MS) {
    const d = DateTime.fromMillis(t, { zone });
    const weekend = d.weekday >= 6;
    const business = !weekend && d.hour >= 9 && d.hour < 17;
    load += w.total + (business ? 0 : w.offHours) + (weekend ? w.weekend : 0);
  }
  return load;
}
