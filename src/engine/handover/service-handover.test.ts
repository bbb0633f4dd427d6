import { describe, expect, it } from 'vitest';
import { incident } from '../../../test/support/incidents.ts';
import { shopAndSreOrg } from '../../../test/support/shop-org.ts';
import { at, regularSeries, seriesMap } from '../../../test/support/sli-samples.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { isoOf } from '../budgets/epoch.ts';
import { handover } from './service-handover.ts';

const model = modelFrom(
  ...shopAndSreOrg(),
  doc(
    'ErrorBudgetPolicy',
    'strict',
    'window: calendar-month\ntakeover: { withinBudgetPeriods: 2 }\nhandback: { depletedPeriods: 1, outOf: 2 }\nfreezeWhenDepleted: true\npostmortemIncidentShare: 0.1',
  ),
  doc(
    'Service',
    'checkout',
    'owner: shop\nrunModel: sre-runs-it\nsreTeam: sre-core\nerrorBudgetPolicy: strict\navailabilityTarget: 99.9',
  ),
  doc(
    'Service',
    'search',
    'owner: shop\nrunModel: you-run-it\nerrorBudgetPolicy: strict\navailabilityTarget: 99.5',
  ),
  doc(
    'Service',
    'edge',
    'owner: shop\nrunModel: sre-runs-it\nsreTeam: sre-core\nerrorBudgetPolicy: strict\navailabilityTarget: 99.9',
  ),
  doc(
    'Service',
    'legacy',
    'owner: shop\nrunModel: sre-runs-it\nsreTeam: sre-core\navailabilityTarget: 99',
  ),
);

// Hourly samples, January to May 2025, 1000 events each, each at the end of the hour it counts.
const OUTAGE = at('2025-02-10T00:00:00Z');
const hourly = (service: string, bad: (t: number) => number, skip?: (t: number) => boolean) =>
  regularSeries({
    service,
    from: '2025-01-01T00:00:00Z',
    to: '2025-06-01T00:00:00Z',
    step: 3600,
    total: 1000,
    bad,
    ...(skip ? { skip } : {}),
  });
const series = seriesMap(
  // February: 10 hours at 100% errors, 10,000 bad of 672,000 allowed 672: depleted.
  hourly('checkout', (t) => (t > OUTAGE && t <= OUTAGE + 10 * 3600 ? 1000 : 0)),
  // No data in March.
  hourly(
    'search',
    () => 0,
    (t) => t > at('2025-03-01T00:00:00Z') && t <= at('2025-04-01T00:00:00Z'),
  ),
  // Exactly the allowance every hour (1 of 1000 at 99.9%): within budget, never handed back.
  hourly('edge', () => 1),
  hourly('ghost', () => 0),
);
const report = handover({
  model,
  series,
  incidents: [
    incident({ id: 'INC-1', service: 'checkout', start: '2025-02-10T00:00:00Z', minutes: 600 }),
    incident({ id: 'INC-2', service: 'checkout', start: '2025-04-02T00:00:00Z', minutes: 5 }),
    incident({ id: 'INC-9', service: 'nowhere', start: '2025-04-02T00:00:00Z', minutes: 5 }),
  ],
  asOf: at('2025-06-15T00:00:00Z'),
});
const service = (name: string) => report.services.find((s) => s.name === name);

describe('handover', () => {
  it('hands a depleted service back and returns it after two periods within budget', () => {
    const checkout = service('checkout');
    expect(checkout?.timeline.map((e) => [isoOf(e.at), e.from, e.to])).toEqual([
      ['2025-03-01T00:00:00Z', 'sre-runs-it', 'you-run-it'],
      ['2025-05-01T00:00:00Z', 'you-run-it', 'sre-runs-it'],
    ]);
    expect(checkout?.currentRunModel).toBe('sre-runs-it');
    expect(checkout?.periods.map((p) => p.budget.status)).toEqual([
      'within',
      'depleted',
      'within',
      'within',
      'within',
      'no-data',
    ]);
  });

  it('freezes changes from the moment the budget ran out', () => {
    expect(service('checkout')?.freezes.map((f) => [isoOf(f.from), isoOf(f.until)])).toEqual([
      // 672 bad events allowed: the first outage hour's 1000 exhaust it, told at its end.
      ['2025-02-10T01:00:00Z', '2025-03-01T00:00:00Z'],
    ]);
  });

  it('requires a postmortem for the outage measured on the samples', () => {
    const [big, small] = service('checkout')?.postmortems ?? [];
    expect(big).toMatchObject({ incident: 'INC-1', source: 'sli', required: true });
    expect(big?.share).toBeCloseTo(10_000 / 672, 9);
    expect(small).toMatchObject({ incident: 'INC-2', required: false, source: 'sli', share: 0 });
  });

  it('makes a service SRE does not run eligible after two periods within budget', () => {
    const search = service('search');
    expect(search?.takeover).toMatchObject({ eligible: true, since: at('2025-06-01T00:00:00Z') });
    expect(search?.timeline).toEqual([]);
    expect(search?.periods.find((p) => p.budget.period.label === '2025-03')?.budget.status).toBe(
      'no-data',
    );
  });

  it('explains a service without a policy and moves it nowhere', () => {
    const legacy = service('legacy');
    expect(legacy?.currentRunModel).toBe('sre-runs-it');
    expect(legacy?.notes).toContain('no error budget policy: no handover rules apply (§12.5)');
  });

  it('keeps a service spending exactly its budget, without freezes', () => {
    const edge = service('edge');
    expect(edge?.periods.map((p) => [p.budget.status, p.budget.remaining])).toEqual([
      ['within', 0],
      ['within', 0],
      ['within', 0],
      ['within', 0],
      ['within', 0],
      ['no-data', 0],
    ]);
    expect([edge?.timeline, edge?.freezes]).toEqual([[], []]);
  });

  it('names services in the data that the model does not know', () => {
    expect(report.unknownServices).toEqual(['ghost', 'nowhere']);
  });

  it('gives the same result for the same input', () => {
    const again = handover({ model, series, incidents: [], asOf: at('2025-06-15T00:00:00Z') });
    expect(again.services.map((s) => s.timeline)).toEqual(report.services.map((s) => s.timeline));
  });
});
