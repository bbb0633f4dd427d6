import { describe, expect, it } from 'vitest';
import { incident } from '../../../test/support/incidents.ts';
import { shopOrg } from '../../../test/support/shop-org.ts';
import { at, regularSeries, seriesMap } from '../../../test/support/sli-samples.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { formatMoney } from '../money/index.ts';
import { incidentLosses } from './incident-losses.ts';
import { lossBasis } from './loss-basis.ts';
import { baselineBasisSentence, monthsBetween } from './value-baseline.ts';
import { valueReport } from './value-report.ts';

const model = modelFrom(
  ...shopOrg(),
  doc(
    'Service',
    'checkout',
    'owner: shop\nrunModel: sre-runs-it\nrevenuePerHour: { amount: 20000, currency: EUR }',
  ),
  doc(
    'Service',
    'search',
    'owner: shop\nrunModel: you-run-it\nrevenuePerHour: { amount: 3000, currency: EUR }',
  ),
  doc(
    'Service',
    'us-store',
    'owner: shop\nrunModel: you-run-it\nrevenuePerHour: { amount: 0.01, currency: USD }',
  ),
  doc('Service', 'batch', 'owner: shop\nrunModel: you-run-it'),
);
const asOf = at('2026-06-01T00:00:00Z');
const amounts = (xs: readonly { lost: { minor: number; currency: string } }[]) =>
  xs.map((x) => formatMoney(x.lost));

describe('incidentLosses', () => {
  it('prices customer-visible downtime at the revenue per hour, exactly', () => {
    const { losses } = incidentLosses({
      model,
      incidents: [
        incident({ id: 'a', service: 'checkout', start: '2025-01-10T10:00:00Z', minutes: 30 }),
        incident({ id: 'b', service: 'search', start: '2025-01-11T10:00:00Z', minutes: 7 }),
      ],
      asOf,
    });
    // 20,000 × 0.5 h; 3,000 × 7/60 h = 350.
    expect(amounts(losses)).toEqual(['10000.00', '350.00']);
  });

  it('prices an incident SLI samples cover by the share of requests failing, and says so', () => {
    // Two-hour samples of 12,000 events; the 20:00 one (18:00–20:00) holds 100 bad events of an
    // incident from 19:40 to 20:00: 100 of the 2,000 events of those 20 minutes failed, 5 %.
    const series = seriesMap(
      regularSeries({
        service: 'checkout',
        from: '2025-01-10T00:00:00Z',
        to: '2025-01-11T00:00:00Z',
        step: 7200,
        total: 12_000,
        bad: (t) => (t === at('2025-01-10T20:00:00Z') ? 100 : 0),
      }),
    );
    const incidents = [
      incident({ id: 'a', service: 'checkout', start: '2025-01-10T19:40:00Z', minutes: 20 }),
      incident({ id: 'b', service: 'search', start: '2025-01-10T19:40:00Z', minutes: 20 }),
    ];
    const { losses } = incidentLosses({ model, incidents, asOf, series });
    // 20,000 × 1/3 h × 5 % = 333.33, not 6,666.67 as if fully down; search has no samples.
    expect(losses.map((l) => [l.incident, l.basis, l.failingShare, formatMoney(l.lost)])).toEqual([
      ['a', 'sli', 0.05, '333.33'],
      ['b', 'duration', 1, '1000.00'],
    ]);
    expect(lossBasis(losses, true)).toBe(
      'Revenue lost is measured for 1 incident from the SLI samples that cover it (downtime × the share of requests failing × revenue per hour), and for 1 incident by duration, as if fully down (downtime × revenue per hour): no SLI samples cover it.',
    );
    const without = incidentLosses({ model, incidents, asOf });
    expect(without.losses.map((l) => l.basis)).toEqual(['duration', 'duration']);
    expect(lossBasis(without.losses, false)).toContain('no SLI samples were given');
  });

  it('rounds each incident half to even at the cent', () => {
    // One cent an hour: 30 minutes is half a cent (→ 0), 90 minutes one and a half (→ 2).
    const { losses } = incidentLosses({
      model,
      incidents: [
        incident({ id: 'a', service: 'us-store', start: '2025-01-10T10:00:00Z', minutes: 30 }),
        incident({ id: 'b', service: 'us-store', start: '2025-01-11T10:00:00Z', minutes: 90 }),
        incident({ id: 'c', service: 'us-store', start: '2025-01-12T10:00:00Z', minutes: 150 }),
      ],
      asOf,
    });
    expect(losses.map((l) => l.lost.minor)).toEqual([0, 2, 2]);
  });

  it('counts overlapping downtime of one service once and invisible incidents not at all', () => {
    const { losses } = incidentLosses({
      model,
      incidents: [
        incident({ id: 'a', service: 'checkout', start: '2025-01-10T10:00:00Z', minutes: 60 }),
        incident({ id: 'b', service: 'checkout', start: '2025-01-10T10:30:00Z', minutes: 60 }),
        incident({ id: 'c', service: 'checkout', start: '2025-01-10T10:40:00Z', minutes: 10 }),
        incident({
          id: 'd',
          service: 'checkout',
          start: '2025-01-12T10:00:00Z',
          minutes: 60,
          customerVisible: false,
        }),
      ],
      asOf,
    });
    expect(losses.map((l) => [l.incident, l.downtimeSeconds])).toEqual([
      ['a', 3600],
      ['b', 1800],
      ['c', 0],
    ]);
  });

  it('lists incidents it cannot price with the reason', () => {
    const { unpriced } = incidentLosses({
      model,
      incidents: [
        incident({ id: 'a', service: 'batch', start: '2025-01-10T10:00:00Z', minutes: 5 }),
        incident({ id: 'b', service: 'ghost', start: '2025-01-10T10:00:00Z', minutes: 5 }),
      ],
      asOf,
    });
    expect(unpriced).toEqual([
      { incident: 'a', service: 'batch', reason: 'the service states no revenuePerHour' },
      { incident: 'b', service: 'ghost', reason: 'the service is not in the model' },
    ]);
  });
});

describe('valueReport', () => {
  const incidents = [
    incident({ id: 'a', service: 'checkout', start: '2025-11-10T10:00:00Z', minutes: 30 }),
    incident({ id: 'b', service: 'checkout', start: '2026-01-05T10:00:00Z', minutes: 6 }),
    incident({
      id: 'c',
      service: 'search',
      start: '2026-01-06T10:00:00Z',
      minutes: 10,
      customerVisible: false,
    }),
  ];

  it('protects the stated baseline less the loss, month by month and year to date', () => {
    // Baseline: 60 minutes of downtime a month on checkout (20,000) and search (3,000).
    const r = valueReport({
      model,
      incidents,
      asOf,
      baseline: { kind: 'downtime', minutesPerMonth: 60 },
    });
    const eur = r.currencies.find((c) => c.currency === 'EUR');
    expect(
      eur?.months.map((m) => [
        m.month,
        formatMoney(m.lost),
        m.protected && formatMoney(m.protected),
        m.protectedYearToDate && formatMoney(m.protectedYearToDate),
      ]),
    ).toEqual([
      ['2025-11', '10000.00', '13000.00', '13000.00'],
      ['2025-12', '0.00', '23000.00', '36000.00'],
      ['2026-01', '2000.00', '21000.00', '21000.00'],
    ]);
    expect(
      eur?.years.map((y) => [y.year, formatMoney(y.lost), y.protected && formatMoney(y.protected)]),
    ).toEqual([
      ['2025', '10000.00', '36000.00'],
      ['2026', '2000.00', '21000.00'],
    ]);
    // A USD service with a revenue per hour has its own baseline, never mixed into euros.
    expect(r.currencies.map((c) => c.currency)).toEqual(['EUR', 'USD']);
  });

  it('prices a downtime baseline on the losses’ basis: the SLI-measured failing share where there is one', () => {
    // checkout's incident of 20 minutes failed 5 % of requests in the samples that cover it; its
    // baseline minutes are priced at 5 % too, not as fully down: like against like (§12.8.5).
    const series = seriesMap(
      regularSeries({
        service: 'checkout',
        from: '2025-01-10T00:00:00Z',
        to: '2025-01-11T00:00:00Z',
        step: 7200,
        total: 12_000,
        bad: (t) => (t === at('2025-01-10T20:00:00Z') ? 100 : 0),
      }),
    );
    const r = valueReport({
      model,
      incidents: [
        incident({ id: 'a', service: 'checkout', start: '2025-01-10T19:40:00Z', minutes: 20 }),
      ],
      asOf,
      series,
      baseline: { kind: 'downtime', minutesPerMonth: 60 },
    });
    const jan = r.currencies.find((c) => c.currency === 'EUR')?.months[0];
    // Baseline: checkout 20,000 × 1 h × 5 % = 1,000; search, with no measured incident, 3,000
    // as fully down. Lost: 333.33. Before, the baseline was 23,000 as if both were fully down.
    expect(jan && [formatMoney(jan.lost), jan.baseline && formatMoney(jan.baseline)]).toEqual([
      '333.33',
      '4000.00',
    ]);
    expect(jan?.protected && formatMoney(jan.protected)).toBe('3666.67');
    expect(r.baselineBasis).toEqual({
      measured: [{ service: 'checkout', failingShare: 0.05 }],
      fullyDown: ['search', 'us-store'],
    });
    expect(baselineBasisSentence(r.baselineBasis ?? { measured: [], fullyDown: [] }, true)).toBe(
      "priced as the losses are: at the share of requests failing in each service's incidents measured from SLI samples (checkout 5 %), and as fully down for the 2 services without an incident measured from SLI samples (search, us-store)",
    );
    // Without samples both sides are priced as fully down, and the basis says why.
    const without = valueReport({
      model,
      incidents: [
        incident({ id: 'a', service: 'checkout', start: '2025-01-10T19:40:00Z', minutes: 20 }),
      ],
      asOf,
      baseline: { kind: 'downtime', minutesPerMonth: 60 },
    });
    expect(without.currencies[0]?.months[0]?.baseline?.minor).toBe(2_300_000);
    expect(
      baselineBasisSentence(without.baselineBasis ?? { measured: [], fullyDown: [] }, false),
    ).toBe('priced as fully down, as the losses are: no SLI samples were given (--sli)');
  });

  it('counts incidents fixed before customers noticed', () => {
    const r = valueReport({ model, incidents, asOf });
    expect(r.months.find((m) => m.month === '2026-01')).toEqual({
      month: '2026-01',
      customerVisibleIncidents: 1,
      // b's 6 minutes; c, which customers did not see, is no downtime (as kpis counts it).
      downtimeMinutes: 6,
      internalIncidents: 1,
    });
    expect(r.currencies[0]?.months[0]?.protected).toBeNull();
  });

  it('takes the average loss of baseline months, rounded half to even', () => {
    // Baseline Nov–Dec 2025: 10,000 lost over two months → 5,000 a month.
    const r = valueReport({
      model,
      incidents,
      asOf,
      baseline: { kind: 'months', from: '2025-11', to: '2025-12' },
    });
    const eur = r.currencies[0];
    expect(eur?.months.map((m) => [m.month, m.protected && formatMoney(m.protected)])).toEqual([
      ['2025-11', null],
      ['2025-12', null],
      ['2026-01', '3000.00'],
    ]);
  });

  it('shows a negative protection when a month loses more than the baseline', () => {
    const r = valueReport({
      model,
      incidents,
      asOf,
      baseline: { kind: 'downtime', minutesPerMonth: 1 },
    });
    expect(
      formatMoney(r.currencies[0]?.months[0]?.protected ?? { minor: 0, currency: 'EUR' }),
    ).toBe('-9616.67');
  });

  it('reports no months without incidents', () => {
    expect(valueReport({ model, incidents: [], asOf }).months).toEqual([]);
  });
});

describe('monthsBetween', () => {
  it('crosses year ends', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    expect(monthsBetween('2026-02', '2025-11')).toEqual([]);
  });
});
