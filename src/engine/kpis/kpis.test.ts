import { describe, expect, it } from 'vitest';
import { incident } from '../../../test/support/incidents.ts';
import { shopOrg } from '../../../test/support/shop-org.ts';
import { at, regularSeries, seriesMap } from '../../../test/support/sli-samples.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { kpis } from './kpis.ts';

const model = modelFrom(
  ...shopOrg(),
  doc('Organization', 'ops', 'type: operations\nparent: pd'),
  doc('Organization', 'sre-org', 'type: sre\nparent: pd'),
  doc('Team', 'sre-ops', 'type: sre\norganization: ops\nsupports: [shop]'),
  doc('Team', 'sre-core', 'type: sre\norganization: sre-org\nsupports: [shop]'),
  doc(
    'Service',
    'api',
    'owner: shop\nrunModel: you-and-sre-run-it\nsreTeam: sre-core\navailabilityTarget: 99.9',
  ),
  doc(
    'Service',
    'web',
    'owner: shop\nrunModel: you-and-sre-run-it\nsreTeam: sre-ops\navailabilityTarget: 99.5',
  ),
  doc('Service', 'batch', 'owner: shop\nrunModel: you-run-it'),
);
const asOf = at('2025-06-01T00:00:00Z');

// §12.4.8, "MTTR Versus Reliability User Experience": six incidents of 30 minutes in period 1,
// one of 120 minutes in period 2.
const chapter = [
  ...[1, 3, 5, 7, 9, 11].map((day) =>
    incident({
      id: `p1-${day}`,
      start: `2025-01-${String(day).padStart(2, '0')}T10:00:00Z`,
      minutes: 30,
    }),
  ),
  incident({ id: 'p2', start: '2025-02-14T10:00:00Z', minutes: 120 }),
];

describe('kpis', () => {
  const report = kpis({ model, incidents: chapter, periodKind: 'month', asOf });
  const [p1, p2] = report.periods;

  it("reproduces the chapter's MTTR table: lowest MTTR, longest downtime", () => {
    expect([p1?.period, p1?.incidents, p1?.mttrMinutes, p1?.downtimeMinutes]).toEqual([
      '2025-01',
      6,
      30,
      180,
    ]);
    expect([p2?.period, p2?.incidents, p2?.mttrMinutes, p2?.downtimeMinutes]).toEqual([
      '2025-02',
      1,
      120,
      120,
    ]);
  });

  it('says in words that MTTR and downtime moved in opposite directions', () => {
    expect(p1?.notes).toEqual([]);
    expect(p2?.notes).toEqual([
      'from 2025-01 to 2025-02, MTTR rose from 30 minutes to 120 minutes while downtime fell from 180 minutes to 120 minutes: users saw less downtime although MTTR got worse. MTTR hides the reliability users experience; judge by downtime and error budget (§12.4.8).',
    ]);
  });

  it('says the opposite when MTTR improves and downtime grows', () => {
    const reversed = kpis({
      model,
      incidents: [
        incident({ id: 'a', start: '2025-01-14T10:00:00Z', minutes: 120 }),
        ...[2, 4, 6, 8].map((day) =>
          incident({ id: `b${day}`, start: `2025-02-0${day}T10:00:00Z`, minutes: 40 }),
        ),
      ],
      periodKind: 'month',
      asOf,
    });
    expect(reversed.periods[1]?.notes[0]).toMatch(
      /MTTR fell .* downtime rose .* users saw more downtime although MTTR improved/,
    );
  });

  it('computes MTBF as service operating hours per incident', () => {
    // January: 3 services × 744 h − 3 h down, over 6 incidents.
    expect(p1?.mtbfHours).toBe((3 * 744 - 3) / 6);
    expect(report.periods.every((p) => p.period !== '2025-03')).toBe(true);
  });

  it('counts overlapping incidents of one service as one outage and different services apart', () => {
    const overlap = kpis({
      model,
      incidents: [
        incident({ id: 'a', service: 'api', start: '2025-01-01T10:00:00Z', minutes: 60 }),
        incident({ id: 'b', service: 'api', start: '2025-01-01T10:30:00Z', minutes: 60 }),
        incident({ id: 'c', service: 'web', start: '2025-01-01T10:30:00Z', minutes: 60 }),
      ],
      periodKind: 'month',
      asOf,
    });
    expect(overlap.periods[0]?.downtimeMinutes).toBe(90 + 60);
    expect(overlap.periods[0]?.mttrMinutes).toBe(60);
  });

  it('shares customer-visible incidents and incidents under 30% of the monthly budget', () => {
    // 99.9% of January allows 44.64 minutes: 10 minutes is 22%, 20 minutes 45%.
    const r = kpis({
      model,
      incidents: [
        incident({
          id: 'a',
          service: 'api',
          start: '2025-01-02T00:00:00Z',
          minutes: 10,
          customerVisible: false,
        }),
        incident({ id: 'b', service: 'api', start: '2025-01-03T00:00:00Z', minutes: 20 }),
        incident({ id: 'c', service: 'batch', start: '2025-01-04T00:00:00Z', minutes: 5 }),
        incident({
          id: 'd',
          service: 'web',
          start: '2025-01-05T00:00:00Z',
          minutes: 5,
          budgetConsumed: 0.3,
        }),
      ],
      periodKind: 'month',
      asOf,
    });
    const [jan] = r.periods;
    expect(jan?.customerVisibleIncidents).toBe(3);
    expect(jan?.customerVisibleShare).toBe(0.75);
    // batch has no target: its share is unknown; so is a's, which customers did not see and no
    // samples cover (no full outage: its duration is no measure). Exactly 30% is not less than 30%.
    expect(jan?.incidentsWithKnownShare).toBe(2);
    expect(jan?.incidentsUnder30PercentBudgetShare).toBe(0);
  });

  it('counts an open incident without MTTR and with downtime until asOf', () => {
    const r = kpis({
      model,
      incidents: [
        incident({
          id: 'open',
          start: '2025-05-31T23:00:00Z',
          minutes: null,
          detectedAfterMinutes: 4,
        }),
      ],
      periodKind: 'month',
      asOf,
    });
    expect(r.periods[0]).toMatchObject({
      incidents: 1,
      openIncidents: 1,
      mttrMinutes: null,
      downtimeMinutes: 60,
      mttdMinutes: 4,
    });
  });

  it('shares the services within budget when samples are given', () => {
    const hourly = (service: string, bad: number) =>
      regularSeries({
        service,
        from: '2025-01-01T00:00:00Z',
        to: '2025-02-01T00:00:00Z',
        step: 3600,
        total: 1000,
        bad: () => bad,
      });
    // api (99.9%) at 0.2% errors is depleted; web (99.5%) at 0.2% is within.
    const r = kpis({
      model,
      incidents: [],
      series: seriesMap(hourly('api', 2), hourly('web', 2)),
      periodKind: 'month',
      asOf,
    });
    expect(r.periods.map((p) => [p.period, p.withinBudgetShare, p.servicesWithData])).toEqual([
      ['2025-01', 0.5, 2],
    ]);
    expect(
      kpis({ model, incidents: chapter, periodKind: 'month', asOf }).periods[0]?.withinBudgetShare,
    ).toBeNull();
  });

  it('groups the figures by the KPI root of each SRE team placement', () => {
    expect(report.groups.map((g) => [g.root, g.sreTeams, g.services])).toEqual([
      ['reliability-user-experience', ['sre-core'], ['api']],
      ['incidents', ['sre-ops'], ['web']],
      ['none', [], ['batch']],
    ]);
    expect(report.groups[0]?.examples[0]).toBe('90% of supported services are within error budget');
    // The chapter's incidents are all api's.
    expect(report.groups[0]?.periods[0]?.incidents).toBe(6);
    expect(report.groups[1]?.periods[0]?.incidents).toBe(0);
  });

  it('reports per quarter and names incident services the model does not know', () => {
    const r = kpis({
      model,
      incidents: [
        ...chapter,
        incident({ id: 'x', service: 'ghost', start: '2025-04-01T00:00:00Z', minutes: 5 }),
      ],
      periodKind: 'quarter',
      asOf,
    });
    expect(r.periods.map((p) => [p.period, p.incidents])).toEqual([
      ['2025-Q1', 7],
      ['2025-Q2', 1],
    ]);
    expect(r.unknownServices).toEqual(['ghost']);
  });

  it('has no periods without incidents or samples', () => {
    expect(kpis({ model, incidents: [], periodKind: 'month', asOf }).periods).toEqual([]);
  });
});
