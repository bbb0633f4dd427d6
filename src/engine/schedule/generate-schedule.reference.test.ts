import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doc, type RotationDef, rotationModel } from '../../../test/support/rotation-model.ts';
import { checkSchedule as referenceCheck } from '../../../test/support/schedule-reference/check-schedule.ts';
import { generateSchedule as referenceSchedule } from '../../../test/support/schedule-reference/generate-schedule.ts';
import { hoursPerPerson as referenceHours } from '../../../test/support/schedule-reference/hours-per-person.ts';
import { epochMillis } from '../../model/index.ts';
import type { Absence } from './absence.ts';
import { checkSchedule } from './check-schedule.ts';
import type { ConcurrencyRule } from './concurrency.ts';
import { generateSchedule, type ScheduleInput } from './generate-schedule.ts';
import { hoursPerPerson } from './hours-per-person.ts';
import { HOUR_MS } from './interval.ts';
import type { Override } from './override.ts';
import { planSchedule } from './plan-schedule.ts';
import type { Shift } from './shift.ts';

// The planner and the checks were rewritten for speed (people numbered, block lists as data,
// shared turns and windows, shifts made from typed-array columns, checks in single passes);
// what they decide must not change. test/support/schedule-reference holds them as they were
// before, and every schedule here must come out of both exactly the same.

const ZONES = [
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Europe/London',
  'Australia/Lord_Howe',
  'UTC',
];
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const rotationArb = fc.record({
  members: fc.uniqueArray(fc.nat(7), { minLength: 1, maxLength: 6 }),
  coverage: fc.constantFrom<'24x7' | '8x5' | '8x7'>('24x7', '24x7', '8x5', '8x7'),
  type: fc.constantFrom<'team' | 'thin-layer'>('team', 'thin-layer'),
  zone: fc.constantFrom(...ZONES),
  shiftLength: fc.constantFrom('5h', '12h', '1d', '3d', '1w', '2w'),
  handoff: fc
    .tuple(fc.constantFrom(...DAYS), fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30))
    .map(([d, h, m]) => `${d} ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
});

const policyArb = fc.option(
  fc.record({
    days: fc.subarray(WEEKDAYS, { minLength: 1 }),
    start: fc.constantFrom('07:30', '09:00', '10:00'),
    timeOff: fc.constantFrom(0, 0.1, 0.5),
  }),
  { nil: undefined },
);

const scenarioArb = fc.record({
  zones: fc.array(fc.option(fc.constantFrom(...ZONES), { nil: undefined }), {
    minLength: 1,
    maxLength: 8,
  }),
  rotations: fc.array(rotationArb, { minLength: 1, maxLength: 3 }),
  policy: policyArb,
  // Hours since 2024-01-01 and a length in hours: up to about five months.
  start: fc.integer({ min: 0, max: 2.5 * 8760 }),
  hours: fc.integer({ min: 1, max: 3600 }),
  absences: fc.array(
    fc.record({
      person: fc.nat(7),
      from: fc.integer({ min: -300, max: 3600 }),
      hours: fc.nat(400),
    }),
    { maxLength: 4 },
  ),
  overrides: fc.array(
    fc.oneof(
      fc.record({
        kind: fc.constant('swap'),
        rotation: fc.nat(2),
        first: fc.nat(3600),
        second: fc.nat(3600),
      }),
      fc.record({
        kind: fc.constant('take'),
        rotation: fc.nat(2),
        person: fc.nat(7),
        from: fc.nat(3600),
        hours: fc.integer({ min: 1, max: 100 }),
      }),
    ),
    { maxLength: 2 },
  ),
  allowConcurrent: fc.constantFrom<'no' | 'all' | 'pair'>('no', 'no', 'all', 'pair'),
  weights: fc.option(
    fc.record({
      total: fc.constantFrom(1, 2),
      offHours: fc.constantFrom(0, 1, 3),
      weekend: fc.constantFrom(0, 1, 2),
    }),
    { nil: undefined },
  ),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

/** The schedule input a scenario describes: its model, range, absences and overrides. */
function inputOf(s: Scenario): ScheduleInput {
  const people = s.zones.map((zone, i) => ({ name: `p${i}`, ...(zone ? { timezone: zone } : {}) }));
  const person = (i: number) => `p${i % people.length}`;
  const rotations: RotationDef[] = s.rotations.map((r, i) => ({
    name: `r${i}`,
    members: [...new Set(r.members.map(person))],
    coverage: r.coverage,
    type: r.type,
    timezone: r.zone,
    shiftLength: r.shiftLength,
    handoff: r.handoff,
  }));
  const policyDoc = s.policy
    ? [
        doc(
          'CompensationPolicy',
          'pol',
          `currency: EUR\nbusinessHours: { days: [${s.policy.days.join(', ')}], start: "${s.policy.start}", end: "17:00" }\ntimeOffPerStandbyHour: ${s.policy.timeOff}`,
        ),
      ]
    : [];
  const model = rotationModel(people, rotations, ...policyDoc);
  const start = Date.UTC(2024, 0, 1) + s.start * HOUR_MS;
  const at = (hours: number) => epochMillis(start + hours * HOUR_MS);
  const rotation = (i: number) => `r${i % rotations.length}`;
  const absences: Absence[] = s.absences.map((a) => ({
    person: person(a.person),
    start: at(a.from),
    end: at(a.from + a.hours),
  }));
  const overrides: Override[] = s.overrides.map((o) =>
    o.kind === 'swap'
      ? { kind: 'swap', rotation: rotation(o.rotation), first: at(o.first), second: at(o.second) }
      : {
          kind: 'take',
          rotation: rotation(o.rotation),
          person: person(o.person),
          start: at(o.from),
          end: at(o.from + o.hours),
        },
  );
  const allowConcurrent: ConcurrencyRule =
    s.allowConcurrent === 'all' ? true : s.allowConcurrent === 'pair' ? [['r0', 'r1']] : false;
  return {
    model,
    range: { start: at(0), end: at(s.hours) },
    absences,
    overrides,
    policy: model.compensationPolicies.get('pol'),
    weights: s.weights,
    allowConcurrent,
  };
}

/** Both engines on one input: every shift, interval, violation, time off and hour the same. */
function expectSameAsReference(input: ScheduleInput): void {
  const fast = generateSchedule(input);
  const reference = referenceSchedule(input);
  expect(fast.shifts).toStrictEqual(reference.shifts);
  expect([...fast.coverage]).toStrictEqual([...reference.coverage]);
  expect(fast.violations).toStrictEqual(reference.violations);
  expect(fast.timeOff).toStrictEqual(reference.timeOff);
  const hours = { model: input.model, shifts: fast.shifts, policy: input.policy };
  expect(hoursPerPerson(hours)).toStrictEqual(referenceHours(hours));
}

// Each case is a model of its own, whose zone clocks look up months of offsets afresh (they are
// kept per model): seconds of work that a loaded machine can stretch past the default limit.
const CASES_TIMEOUT = 120_000;

describe('generateSchedule against the reference planner', () => {
  it(
    'plans, overrides and checks random rotations exactly as the reference does',
    () => {
      fc.assert(
        fc.property(scenarioArb, (scenario) => expectSameAsReference(inputOf(scenario))),
        { numRuns: 150 },
      );
    },
    CASES_TIMEOUT,
  );

  it(
    'checks shifts in any order, overlapping or not, exactly as the reference does',
    () => {
      fc.assert(
        fc.property(scenarioArb, fc.integer(), fc.boolean(), (scenario, seed, shuffle) => {
          const input = inputOf(scenario);
          const plan = planSchedule(input);
          // A fixed pseudo-random sequence for the seed.
          let state = Math.abs(seed);
          const next = (below: number) => {
            state = (state * 1103515245 + 12345) % 2147483648;
            return state % below;
          };
          const shifts: Shift[] = [...plan.shifts];
          if (shuffle) {
            // Rotations in pieces, shifts out of order.
            for (let i = shifts.length - 1; i > 0; i--) {
              const j = next(i + 1);
              [shifts[i], shifts[j]] = [shifts[j] as Shift, shifts[i] as Shift];
            }
          } else {
            // In order, but some shifts reaching over the next ones (as a caller may pass them).
            for (let i = 0; i < shifts.length; i += 1 + next(5)) {
              const s = shifts[i] as Shift;
              shifts[i] = { ...s, end: epochMillis(s.end + next(72) * HOUR_MS) };
            }
          }
          const options = {
            model: input.model,
            range: input.range,
            shifts,
            coverage: plan.coverage,
            absences: input.absences ?? [],
            policy: input.policy,
            allowConcurrent: input.allowConcurrent ?? false,
          };
          expect(checkSchedule(options)).toStrictEqual(referenceCheck(options));
        }),
        { numRuns: 100 },
      );
    },
    CASES_TIMEOUT,
  );

  it('plans a year of follow-the-sun rotations sharing zones exactly as the reference does', () => {
    const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Singapore', 'Australia/Sydney'];
    const people = Array.from({ length: 24 }, (_, i) => ({
      name: `p${i}`,
      timezone: zones[(i % 4) as 0] as string,
    }));
    const rotations: RotationDef[] = [0, 1, 2].map((r) => ({
      name: `r${r}`,
      members: people.slice(r * 8, r * 8 + 8).map((p) => p.name),
      timezone: zones[r] as string,
      handoff: ['Mon 09:00', 'Tue 10:00', 'Wed 09:30'][r] as string,
    }));
    const model = rotationModel(
      people,
      rotations,
      doc('CompensationPolicy', 'pol', 'currency: EUR\ntimeOffPerStandbyHour: 0.1'),
    );
    expectSameAsReference({
      model,
      range: { start: epochMillis(Date.UTC(2025, 0, 1)), end: epochMillis(Date.UTC(2026, 0, 1)) },
      policy: model.compensationPolicies.get('pol'),
    });
  });
});
