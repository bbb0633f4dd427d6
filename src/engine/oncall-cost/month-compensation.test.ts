import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, doc, rotationModel } from '../../../test/support/rotation-model.ts';
import { secondsOfMillis } from '../../model/index.ts';
import { checkPersonHours, type IncidentWork } from '../compensation/index.ts';
import { moneyFromMajor, multiplyMoney } from '../money/index.ts';
import { generateSchedule, hoursPerPerson, type Shift } from '../schedule/index.ts';
import { monthCompensation } from './month-compensation.ts';

const MARCH = { year: 2026, month: 3 };
const RANGE = { start: at('2026-03-01T00:00:00Z'), end: at('2026-04-01T00:00:00Z') };

const org = [
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Team', 'web', 'type: development\norganization: pd'),
  doc('Service', 'shop-api', 'owner: web\nrunModel: you-run-it\navailabilityTarget: 99.95'),
  doc('Service', 'blog', 'owner: web\nrunModel: you-run-it\navailabilityTarget: 99.0'),
  doc(
    'CompensationPolicy',
    'standard',
    'currency: EUR\nstandbyPerHour: 4.5\nincidentPerHour: 40\ntimeOffPerStandbyHour: 0.1\nbaseUpliftPercent: 5',
  ),
];

const model = rotationModel(
  [
    { name: 'ber1', timezone: 'Europe/Berlin' },
    { name: 'ber2', timezone: 'Europe/Berlin' },
    { name: 'sgp1', timezone: 'Asia/Singapore' },
    { name: 'sgp2', timezone: 'Asia/Singapore' },
    { name: 'p1', timezone: 'Europe/Berlin' },
    { name: 'p2', timezone: 'Europe/Berlin' },
    { name: 'p3', timezone: 'Europe/Berlin' },
    { name: 'd1', timezone: 'Europe/Berlin' },
    { name: 'd2', timezone: 'Europe/Berlin' },
  ],
  [
    // Two sites that follow the sun because the rotation says so, each from its own 09:00
    // (Singapore 09:00-16:00, Berlin 09:00 until Singapore's 09:00).
    {
      name: 'global',
      type: 'thin-layer',
      members: ['ber1', 'ber2', 'sgp1', 'sgp2'],
      timezone: 'UTC',
      followTheSun: {
        sites: [
          { timezone: 'Asia/Singapore', from: '09:00' },
          { timezone: 'Europe/Berlin', from: '09:00' },
        ],
      },
      covers: '{ services: [shop-api, blog] }',
    },
    { name: 'shop', members: ['p1', 'p2', 'p3'], covers: '{ services: [shop-api] }' },
    {
      name: 'blog-day',
      type: 'domain',
      coverage: '8x5',
      members: ['d1', 'd2'],
      covers: '{ services: [blog] }',
    },
  ],
  ...org,
);
const policy = model.compensationPolicies.get('standard');
if (!policy) throw new Error('test model without policy');

const schedule = generateSchedule({ model, range: RANGE, policy });
const onShift = (rotation: string, instant: string): Shift => {
  const t = at(instant);
  const shift = schedule.shifts.find((s) => s.rotation === rotation && s.start <= t && t < s.end);
  if (!shift) throw new Error(`nobody on ${rotation} at ${instant}`);
  return shift;
};
const incident = (service: string, from: string, to: string, id = 'INC-1'): IncidentWork => ({
  id,
  service,
  startedAt: secondsOfMillis(at(from)),
  detectedAt: secondsOfMillis(at(from)),
  resolvedAt: secondsOfMillis(at(to)),
});

describe('monthCompensation (§12.9.5)', () => {
  const month = monthCompensation({ model, month: MARCH, policy });

  it('plans the calendar month in UTC', () => {
    expect(month.range).toEqual(RANGE);
  });

  it("gives each person exactly the hours the schedule's hours per person report", () => {
    const expected = hoursPerPerson({ model, shifts: schedule.shifts, policy });
    expect(month.people.map(({ hours: { incidentOffHours, ...h } }) => h)).toEqual(expected);
    expect(month.people.map((p) => p.hours.incidentOffHours)).toEqual(expected.map(() => 0));
  });

  it('pays standby as off-hours × standbyPerHour, to the cent, and the month as their sum', () => {
    for (const p of month.people) {
      expect(p.pay.standby).toEqual(multiplyMoney(moneyFromMajor(4.5, 'EUR'), p.hours.offHours));
    }
    const sum = month.people.reduce((n, p) => n + p.pay.standby.minor, 0);
    expect(month.total.pay.standby.minor).toBe(sum);
    expect(month.total.hours.offHours).toBeCloseTo(
      month.people.reduce((n, p) => n + p.hours.offHours, 0),
      9,
    );
    expect(month.scheduleErrors).toBe(0);
  });

  it('pays a follow-the-sun member for the part of the day their site covers, not the whole clock', () => {
    const global = ['ber1', 'ber2', 'sgp1', 'sgp2'].map((name) => {
      const p = month.people.find((x) => x.person === name);
      if (!p) throw new Error(`no ${name}`);
      return p.hours;
    });
    // Together the two sites cover March once: 31 days × 24 h, no hour twice.
    const onCall = global.reduce((n, h) => n + h.businessHours + h.offHours, 0);
    expect(onCall).toBeCloseTo(31 * 24, 9);
    // Singapore covers its own daytime: mostly business hours, less than an equal share of
    // the clock (744 h ÷ 4), which is what a 24x7 rotation in one zone would give each.
    for (const h of global.slice(2)) {
      expect(h.offHours).toBeLessThan(h.businessHours);
      expect(h.businessHours + h.offHours).toBeLessThan(744 / 4);
    }
  });

  it('pays incident work outside business hours to whoever of the team rotation was on call', () => {
    // Saturday night in Berlin: the team rotation works shop-api before the thin layer.
    const night = onShift('shop', '2026-03-14T22:00:00Z');
    const paid = monthCompensation({
      model,
      month: MARCH,
      policy,
      incidents: [incident('shop-api', '2026-03-14T22:00:00Z', '2026-03-14T23:30:00Z')],
    });
    const incidentHours = Object.fromEntries(
      paid.people.map((p) => [p.person, p.hours.incidentOffHours]),
    );
    expect(incidentHours[night.person]).toBe(1.5);
    expect(paid.total.hours.incidentOffHours).toBe(1.5);
    expect(paid.total.pay.incidents).toEqual(moneyFromMajor(60, 'EUR'));
  });

  it('pays nothing for incident work inside business hours, nor outside the month', () => {
    const paid = monthCompensation({
      model,
      month: MARCH,
      policy,
      incidents: [
        incident('shop-api', '2026-03-10T09:00:00Z', '2026-03-10T10:00:00Z', 'INC-1'),
        incident('shop-api', '2026-04-04T22:00:00Z', '2026-04-04T23:00:00Z', 'INC-2'),
        incident('shop-api', '2026-03-05T09:00:00Z', '2026-03-05T09:00:00Z', 'INC-3'),
      ],
    });
    expect(paid.total.hours.incidentOffHours).toBe(0);
  });

  it('gives incident work the 8x5 rotation does not cover to the thin layer on shift then', () => {
    // blog: the 8x5 domain rotation covers 09:00–17:00 Berlin on weekdays; at 20:00 Berlin
    // only the thin layer is on call.
    const evening = onShift('global', '2026-03-11T19:00:00Z');
    const paid = monthCompensation({
      model,
      month: MARCH,
      policy,
      incidents: [incident('blog', '2026-03-11T19:00:00Z', '2026-03-11T20:00:00Z')],
    });
    const person = paid.people.find((p) => p.person === evening.person);
    const zone = model.people.get(evening.person)?.spec.timezone;
    // 20:00 Berlin and 03:00 Singapore are both outside business hours.
    expect(zone === 'Europe/Berlin' || zone === 'Asia/Singapore').toBe(true);
    expect(person?.hours.incidentOffHours).toBe(1);
    expect(paid.total.hours.incidentOffHours).toBe(1);
  });

  it("moves the pay with a taken shift: the month's hours follow the override", () => {
    const night = onShift('shop', '2026-03-14T22:00:00Z');
    const taker = ['p1', 'p2', 'p3'].find((p) => p !== night.person) as string;
    const override = {
      kind: 'take' as const,
      rotation: 'shop',
      person: taker,
      start: night.start,
      end: night.end,
    };
    const before = monthCompensation({ model, month: MARCH, policy, allowConcurrent: true });
    const after = monthCompensation({
      model,
      month: MARCH,
      policy,
      overrides: [override],
      allowConcurrent: true,
    });
    const off = (m: typeof before, person: string) =>
      m.people.find((p) => p.person === person)?.hours.offHours ?? 0;
    const moved = off(before, night.person) - off(after, night.person);
    expect(moved).toBeGreaterThan(0);
    expect(off(after, taker) - off(before, taker)).toBeCloseTo(moved, 9);
    expect(after.total.pay.standby).toEqual(before.total.pay.standby);
  });

  it('keeps incident work within the off-hours of whoever is paid for it, in any month', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2024, max: 2027 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(
          fc.record({
            service: fc.constantFrom('shop-api', 'blog'),
            start: fc.integer({ min: 0, max: 31 * 24 * 60 }),
            minutes: fc.integer({ min: 1, max: 600 }),
          }),
          { maxLength: 8 },
        ),
        (year, m, raw) => {
          const first = Date.UTC(year, m - 1, 1) / 1000;
          const incidents = raw.map((r, i) =>
            incident(
              r.service,
              new Date((first + r.start * 60) * 1000).toISOString(),
              new Date((first + (r.start + r.minutes) * 60) * 1000).toISOString(),
              `INC-${i}`,
            ),
          );
          const paid = monthCompensation({ model, month: { year, month: m }, policy, incidents });
          for (const p of paid.people) {
            expect(checkPersonHours(p.hours)).toBeUndefined();
            expect(p.hours.incidentOffHours ?? 0).toBeLessThanOrEqual(p.hours.offHours + 1e-9);
          }
          const worked = raw.reduce((n, r) => n + r.minutes / 60, 0);
          expect(paid.total.hours.incidentOffHours).toBeLessThanOrEqual(worked + 1e-9);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('counts the errors of the schedule it priced', () => {
    const away = ['p1', 'p2', 'p3'].map((person) => ({
      person,
      start: at('2026-03-20T00:00:00Z'),
      end: at('2026-03-21T00:00:00Z'),
    }));
    const month = monthCompensation({ model, month: MARCH, policy, absences: away });
    expect(month.scheduleErrors).toBeGreaterThan(0);
  });
});
