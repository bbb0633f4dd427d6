import { describe, expect, it } from 'vitest';
import { incident } from '../../../../test/support/incidents.ts';
import { shopOrg } from '../../../../test/support/shop-org.ts';
import { at } from '../../../../test/support/sli-samples.ts';
import { doc, modelFrom } from '../../../../test/support/yaml-model.ts';
import { moneyFromMajor } from '../../money/index.ts';
import type { ValueBaseline } from '../../value/index.ts';
import { valueReport } from '../../value/index.ts';
import { revenueProtected } from './revenue-protected.ts';

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
    'owner: shop\nrunModel: you-run-it\nrevenuePerHour: { amount: 100, currency: USD }',
  ),
);
// January: checkout down 30 min (10,000 EUR lost); February: nothing; March: search down an
// hour (3,000 EUR) and one incident fixed before customers noticed.
const incidents = [
  incident({ id: 'a', service: 'checkout', start: '2025-01-10T10:00:00Z', minutes: 30 }),
  incident({ id: 'b', service: 'search', start: '2025-03-11T10:00:00Z', minutes: 60 }),
  incident({
    id: 'c',
    service: 'checkout',
    start: '2025-03-12T10:00:00Z',
    minutes: 20,
    customerVisible: false,
  }),
];
const measured = (baseline: ValueBaseline | undefined, sreCost: number) =>
  revenueProtected({
    value: {
      report: valueReport({ model, incidents, asOf: at('2026-01-01T00:00:00Z'), baseline }),
      incidents: 'incidents.csv',
    },
    currency: 'EUR',
    sreCostPerYear: moneyFromMajor(sreCost, 'EUR'),
  });

describe('revenue protected in the business case (§12.8.5)', () => {
  it('projects the protected revenue of the measured months to a year and sets it against the cost of SRE', () => {
    // Baseline: an hour of downtime per priced EUR service a month = 23,000 EUR. Protected:
    // 13,000 + 23,000 + 20,000 = 56,000 in 3 months → 224,000 a year, half of 448,000.
    const r = measured({ kind: 'downtime', minutesPerMonth: 60 }, 448_000);
    expect(r).toMatchObject({
      from: '2025-01',
      to: '2025-03',
      months: 3,
      protected: { amount: '56000.00', currency: 'EUR' },
      lost: { amount: '13000.00', currency: 'EUR' },
      perYear: { amount: '224000.00', currency: 'EUR' },
      shareOfSreCost: 50,
      internalIncidents: 1,
      incidents: 3,
    });
    expect(r?.verdict).toContain('does not pay for SRE');
    expect(r?.verdict).toContain('1 of 3 incidents fixed before customers noticed');
    // The other currency is named, not added to euros.
    expect(r?.basis).toContain('not counted, in another currency: USD');
    expect(r?.basis).toContain('incidents.csv, 2025-01..2025-03 (3 months)');
  });

  it('says when the protected revenue alone pays for SRE', () => {
    const r = measured({ kind: 'downtime', minutesPerMonth: 60 }, 200_000);
    expect(r?.shareOfSreCost).toBe(112);
    expect(r?.verdict).toContain('the protected revenue alone pays for SRE');
  });

  it("counts against a baseline of months only the months after it, never the baseline's own", () => {
    // January's loss (10,000) is the baseline; February protects 10,000, March 7,000.
    const r = measured({ kind: 'months', from: '2025-01', to: '2025-01' }, 102_000);
    expect(r).toMatchObject({
      from: '2025-02',
      to: '2025-03',
      months: 2,
      protected: { amount: '17000.00' },
      perYear: { amount: '102000.00' },
      shareOfSreCost: 100,
    });
    expect(r?.basis).toContain('the average monthly loss of 2025-01..2025-01');
  });

  it('is absent without a baseline: revenue lost alone is not revenue protected', () => {
    expect(measured(undefined, 448_000)).toBeNull();
  });
});
