import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { at, regularSeries, seriesMap } from '../../../test/support/sli-samples.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { type EpochSeconds, epochSeconds } from '../../model/index.ts';
import { DAY, HOUR, MINUTE } from '../budgets/epoch.ts';
import { serviceBudgets } from '../budgets/service-budgets.ts';
import { type SliSeries, seriesOf } from '../budgets/sli-series.ts';
import { serviceAlerts } from './service-alerts.ts';
import { serviceBudgetsAndAlerts } from './service-budgets-and-alerts.ts';

const model = modelFrom(
  doc('Organization', 'pd', 'type: product-delivery'),
  doc('Organization', 'dev', 'type: development\nparent: pd'),
  doc('Team', 'shop', 'type: development\norganization: dev'),
  doc('ErrorBudgetPolicy', 'monthly', 'window: calendar-month'),
  doc('ErrorBudgetPolicy', 'rolling', 'window: 30d'),
  doc(
    'ErrorBudgetPolicy',
    'fast',
    'window: 28d\nburnRateAlerts:\n  - { window: 2h, shortWindow: 10m, burnRate: 2, severity: ticket }\n  - { window: 1d, burnRate: 1, severity: ticket }',
  ),
  ...[
    ['monthly', 'availabilityTarget: 99.9\nerrorBudgetPolicy: monthly'],
    ['rolling', 'availabilityTarget: 99.5\nerrorBudgetPolicy: rolling'],
    ['fast', 'availabilityTarget: 99.95\nerrorBudgetPolicy: fast'],
    ['default', 'availabilityTarget: 99'],
    ['untargeted', 'errorBudgetPolicy: monthly'],
    ['silent', 'availabilityTarget: 99.9\nerrorBudgetPolicy: monthly'],
  ].map(([name, spec]) =>
    doc('Service', name as string, `owner: shop\nrunModel: you-run-it\n${spec}`),
  ),
);

const START = at('2025-01-20T00:00:00Z');

/** Both reports computed apart, the way `serviceBudgetsAndAlerts` must reproduce them. */
function apart(series: ReadonlyMap<string, SliSeries>, asOf: EpochSeconds) {
  return {
    budgets: serviceBudgets({ model, series, asOf }),
    alerts: serviceAlerts({ model, series, asOf }),
  };
}

describe('serviceBudgetsAndAlerts', () => {
  it('gives the budgets and the alerts that computing them apart gives', () => {
    // Two hours of nothing but errors on 9 February.
    const outage = (t: number) =>
      t >= START + 20 * DAY && t < START + 20 * DAY + 2 * HOUR ? 100 : 0;
    const series = seriesMap(
      ...['monthly', 'rolling', 'fast', 'default', 'untargeted', 'ghost'].map((service) =>
        regularSeries({
          service,
          from: START,
          to: START + 70 * DAY,
          step: MINUTE,
          total: 100,
          bad: outage,
        }),
      ),
    );
    const asOf = epochSeconds(START + 70 * DAY);
    const together = serviceBudgetsAndAlerts({ model, series, asOf });
    expect(together).toEqual(apart(series, asOf));
    // The outage depletes February's budget of 'monthly' and fires all four workbook alerts.
    const monthly = together.budgets.services.find((s) => s.name === 'monthly');
    expect(monthly?.periods.map((p) => p.status)).toEqual(['within', 'depleted', 'within']);
    expect(together.alerts.services.find((s) => s.name === 'monthly')?.firings).toHaveLength(4);
    expect(together.alerts.unknownServices).toEqual(['ghost']);
  });

  it('gives the same reports for any data: gaps, fractions of events, samples after the report', () => {
    const sampleSets = fc.array(
      fc.record({
        service: fc.constantFrom('monthly', 'rolling', 'fast', 'default', 'untargeted', 'ghost'),
        step: fc.constantFrom(MINUTE, 15 * MINUTE, HOUR),
        count: fc.integer({ min: 0, max: 3000 }),
        offset: fc.integer({ min: 0, max: 40 * DAY }),
        gaps: fc.boolean(),
        fraction: fc.constantFrom(1, 1, 0.1, 1 / 3),
        burst: fc.integer({ min: 0, max: 3000 }),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(sampleSets, fc.integer({ min: 10 * DAY, max: 90 * DAY }), (sets, reportAt) => {
        const series = new Map<string, SliSeries>();
        for (const set of sets) {
          const samples = Array.from({ length: set.count }, (_, i) => {
            const total = (20 + ((i * 7919) % 13)) * set.fraction;
            const inBurst = i >= set.burst && i < set.burst + 90;
            const bad = inBurst ? total / 4 : (i * 31) % 101 === 0 ? set.fraction : 0;
            // Gaps: now and then a sample is missing, or comes twice at one time.
            const shift =
              set.gaps && i % 37 === 5 ? set.step : set.gaps && i % 41 === 7 ? -set.step : 0;
            return {
              at: epochSeconds(START + set.offset + i * set.step + shift),
              good: total - bad,
              total,
            };
          });
          series.set(set.service, seriesOf(set.service, samples));
        }
        const asOf = epochSeconds(START + reportAt);
        const expected = apart(series, asOf);
        // Series a collector made, and the same assembled by hand (their times checked as read).
        const assembled = new Map([...series].map(([name, s]) => [name, { ...s }]));
        expect(serviceBudgetsAndAlerts({ model, series, asOf })).toEqual(expected);
        expect(serviceBudgetsAndAlerts({ model, series: assembled, asOf })).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('explains services it cannot evaluate, as the two reports do', () => {
    const series = seriesMap(
      regularSeries({ service: 'untargeted', from: START, to: START + DAY, step: HOUR, total: 10 }),
    );
    const together = serviceBudgetsAndAlerts({ model, series, asOf: epochSeconds(START + DAY) });
    const silent = together.alerts.services.find((s) => s.name === 'silent');
    expect(silent?.notes).toEqual(['no SLI samples']);
    const untargeted = together.budgets.services.find((s) => s.name === 'untargeted');
    expect(untargeted?.notes).toEqual(['no availabilityTarget: no error budget can be computed']);
    expect(together).toEqual(apart(series, epochSeconds(START + DAY)));
  });
});
