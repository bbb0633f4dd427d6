import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { DEFAULT_BUSINESS_HOURS } from '../coverage-hours/index.ts';
import { formatMoney } from '../money/index.ts';
import { incidentLoadFrom, ratioHours } from './incident-load.ts';
import { onCallCost } from './oncall-cost.ts';
import { optimizedDesign } from './optimized-design.ts';

const base = [
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Organization', 'dev', 'type: development\nparent: pd'),
  doc('Team', 'a', 'type: development\norganization: dev\ndomain: pay'),
  doc('Team', 'b', 'type: development\norganization: dev\ndomain: pay'),
  doc('Team', 'c', 'type: development\norganization: dev\ndomain: cat'),
  doc('Service', 'a-api', 'owner: a\nrunModel: you-run-it\navailabilityTarget: 99.95'),
  doc('Service', 'b-api', 'owner: b\nrunModel: you-run-it\navailabilityTarget: 99.7'),
  doc('Service', 'c-api', 'owner: c\nrunModel: you-run-it\navailabilityTarget: 99.0'),
  doc('Service', 'd-api', 'owner: c\nrunModel: you-run-it'),
  ...['p1', 'p2', 'p3'].map((p) => doc('Person', p, 'team: a\ntimezone: Europe/Berlin')),
  doc(
    'Rotation',
    'a-oncall',
    'type: team\ncoverage: "24x7"\ntimezone: Europe/Berlin\nmembers: [p1, p2, p3]\ncovers: { teams: [a] }',
  ),
];
const policy = doc(
  'CompensationPolicy',
  'standard',
  'currency: EUR\nstandbyPerHour: 5\nincidentPerHour: 40\ntimeOffPerStandbyHour: 0.1',
);

describe('optimizedDesign (§12.6)', () => {
  it('puts a thin layer over everything, team rotations on high tier and domain rotations on medium', () => {
    const design = optimizedDesign(modelFrom(...base));
    expect(design.rotations.map((r) => [r.name, r.type, r.coverage, r.services])).toEqual([
      ['thin-layer', 'thin-layer', '24x7', ['a-api', 'b-api', 'c-api', 'd-api']],
      ['team:a', 'team', '8x7', ['a-api']],
      ['domain:pay', 'domain', '8x5', ['b-api']],
      ['domain:cat', 'domain', '8x5', ['d-api']],
    ]);
    expect(design.notes).toEqual([
      'no availability target, treated as medium tier: d-api',
      'low tier, thin layer and working hours only: c-api',
    ]);
  });

  it("puts a service SRE runs alone on the SRE team's rotation", () => {
    const model = modelFrom(
      ...base,
      doc('Organization', 'sre', 'type: sre\nparent: pd'),
      doc('Team', 'core', 'type: sre\norganization: sre'),
      doc(
        'Service',
        'e-api',
        'owner: a\nrunModel: sre-runs-it\nsreTeam: core\navailabilityTarget: 99.99',
      ),
    );
    expect(optimizedDesign(model).rotations.find((r) => r.name === 'team:core')?.services).toEqual([
      'e-api',
    ]);
  });
});

describe('onCallCost', () => {
  const result = onCallCost(modelFrom(...base, policy));
  if (!result.ok) throw new Error(result.message);
  const { cost } = result;

  it('prices a team rotation for every team: three 24x7 rotations', () => {
    const baseline = cost.teamRotationPerTeam;
    // 5 EUR × 2 people × 128 off-hours a week × 365.25/84 weeks = 5,565.71 EUR per rotation
    expect(baseline.rotations.map((r) => formatMoney(r.standbyCost))).toEqual([
      '5565.71',
      '5565.71',
      '5565.71',
    ]);
    expect(baseline.peopleOnCallAtOnce).toBe(6);
    expect(baseline.peopleOnCallAtNight).toBe(6);
    expect(baseline.peopleNeeded).toBe(24);
    // 2 assumed incident hours × 128/168 off-hours × 40 EUR = 60.95 EUR for each of 4 services
    expect(formatMoney(baseline.cost.incidents)).toBe('243.80');
    expect(formatMoney(baseline.monthlyCost)).toBe('16940.93');
  });

  it('prices the optimized design: only the thin layer stands by all night', () => {
    const optimized = cost.optimized;
    expect(optimized.rotations.map((r) => [r.name, formatMoney(r.standbyCost)])).toEqual([
      ['thin-layer', '5565.71'],
      ['team:a', '695.71'], // 16 weekend hours a week outside business hours
      ['domain:pay', '0.00'], // 8x5 lies inside business hours
      ['domain:cat', '0.00'],
    ]);
    expect(optimized.peopleOnCallAtNight).toBe(2);
    expect(formatMoney(optimized.monthlyCost)).toBe('6505.22');
  });

  it('states the saving against a team rotation for every team, to the cent', () => {
    expect(formatMoney(cost.saving.amount)).toBe('10435.71');
    expect(cost.saving.percent).toBe(61.6);
  });

  it('splits standby hours inside and outside business hours per month', () => {
    const [rotation] = cost.current.rotations;
    expect(rotation?.standbyHoursPerMonth.inside).toBeCloseTo(2 * 40 * 4.348214, 3);
    expect(rotation?.standbyHoursPerMonth.outside).toBeCloseTo(2 * 128 * 4.348214, 3);
    expect(rotation?.standbyHoursPerMonth.weekend).toBeCloseTo(2 * 48 * 4.348214, 3);
    expect(rotation?.timeOffHoursPerMonth).toBeCloseTo(0.1 * 2 * 128 * 4.348214, 3);
  });

  it("prices today's rotations and names the services none covers", () => {
    expect(cost.current.rotations.map((r) => [r.name, r.members, r.services])).toEqual([
      ['a-oncall', 3, ['a-api']],
    ]);
    expect(cost.current.notes).toEqual(['no rotation covers b-api, c-api, d-api']);
    expect(formatMoney(cost.current.cost.incidents)).toBe('60.95');
  });

  it('states its assumptions, the incident one included', () => {
    expect(cost.incidentSource).toBe('assumption');
    expect(cost.assumptions.join('\n')).toContain('2 hours of incident work per service a month');
  });

  it('refuses a model without a compensation policy, and an unknown policy name', () => {
    expect(onCallCost(modelFrom(...base))).toMatchObject({
      ok: false,
      code: 'no-compensation-policy',
    });
    expect(onCallCost(modelFrom(...base, policy), { policy: 'gold' })).toMatchObject({
      ok: false,
      code: 'unknown-policy',
    });
  });
});

describe('incidentLoadFrom', () => {
  const model = modelFrom(...base, policy);
  const s = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Berlin' }).toSeconds();
  const incidents = [
    // Saturday 10:00–12:00: off business hours, inside the 8x7 window.
    {
      id: '1',
      service: 'a-api',
      startedAt: s('2026-03-14T09:50'),
      detectedAt: s('2026-03-14T10:00'),
      resolvedAt: s('2026-03-14T12:00'),
    },
    // Tuesday 20:00–21:00: off business hours, outside the 8x7 window.
    {
      id: '2',
      service: 'a-api',
      startedAt: s('2026-03-17T20:00'),
      detectedAt: null,
      resolvedAt: s('2026-03-17T21:00'),
    },
    // Wednesday 10:00–11:00: inside business hours, never paid.
    {
      id: '3',
      service: 'a-api',
      startedAt: s('2026-03-18T10:00'),
      detectedAt: null,
      resolvedAt: s('2026-03-18T11:00'),
    },
  ];

  it("splits incident work by business hours and coverage window in the rotation's zone", () => {
    const load = incidentLoadFrom({ model, incidents, businessHours: DEFAULT_BUSINESS_HOURS });
    const a = load.byService.get('a-api');
    expect(load.months).toBe(1);
    expect(
      [a?.['24x7'], a?.['8x7'], a?.['8x5']].map((r) => (r ? ratioHours(r) : undefined)),
    ).toEqual([3, 2, 0]);
  });

  it('prices incident hours from data instead of the assumption', () => {
    const result = onCallCost(model, { incidents });
    if (!result.ok) throw new Error(result.message);
    expect(result.cost.incidentSource).toBe('incidents');
    expect(formatMoney(result.cost.teamRotationPerTeam.cost.incidents)).toBe('120.00');
    expect(formatMoney(result.cost.current.cost.incidents)).toBe('120.00');
  });

  it('averages over every calendar month the data spans', () => {
    const later = [
      ...incidents,
      {
        id: '4',
        service: 'b-api',
        startedAt: s('2026-05-02T10:00'),
        detectedAt: null,
        resolvedAt: s('2026-05-02T11:00'),
      },
    ];
    const load = incidentLoadFrom({
      model,
      incidents: later,
      businessHours: DEFAULT_BUSINESS_HOURS,
    });
    expect(load.months).toBe(3);
    expect(
      ratioHours(load.byService.get('a-api')?.['24x7'] ?? { numerator: 0, denominator: 1 }),
    ).toBe(1);
  });
});
