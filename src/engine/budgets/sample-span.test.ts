import { describe, expect, it } from 'vitest';
import { incident } from '../../../test/support/incidents.ts';
import { shopOrg } from '../../../test/support/shop-org.ts';
import { at, regularSeries, seriesMap } from '../../../test/support/sli-samples.ts';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { type EpochSeconds, epochSeconds } from '../../model/index.ts';
import { WORKBOOK_ALERT_RULES } from '../alerts/alert-rules.ts';
import { burnRateAlerts } from '../alerts/burn-rate-alerts.ts';
import { serviceBudgetsAndAlerts } from '../alerts/service-budgets-and-alerts.ts';
import { budgetPeriods } from './budget-periods.ts';
import { coveringSamples } from './covering-samples.ts';
import { type DayTally, periodBudgetsOfDays } from './day-budgets.ts';
import { HOUR, MINUTE } from './epoch.ts';
import { incidentBudgetShare } from './incident-budget-share.ts';
import { objectiveOf } from './objective.ts';
import { periodBudgets } from './period-budgets.ts';
import { sampleCountsIn, sampleDay } from './sample-span.ts';
import { serviceBudgets } from './service-budgets.ts';

// Hourly samples of February 2025 and the first day of March, 1000 events each; the one at
// midnight on 1 March (the edge of two calendar-month periods) has 500 bad events.
const EDGE = at('2025-03-01T00:00:00Z');
const series = regularSeries({
  service: 'api',
  from: '2025-02-01T00:00:00Z',
  to: '2025-03-02T00:00:00Z',
  step: HOUR,
  total: 1000,
  bad: (t) => (t === EDGE ? 500 : 0),
});
const o999 = objectiveOf(99.9);
const asOf = epochSeconds(at('2025-03-02T00:00:00Z'));
const months = budgetPeriods({ window: 'calendar-month', from: at('2025-02-01T00:00:00Z'), asOf });
const pageFast = WORKBOOK_ALERT_RULES.filter((r) => r.name === 'page-1h');

describe('the interval a sample counts, read alike everywhere', () => {
  it('counts a sample on a period edge in the period it ends', () => {
    expect(sampleCountsIn(EDGE, at('2025-02-01T00:00:00Z'), EDGE)).toBe(true);
    expect(sampleCountsIn(EDGE, EDGE, at('2025-04-01T00:00:00Z'))).toBe(false);
    const [feb, mar] = periodBudgets(series, o999, months);
    expect([feb?.bad, mar?.bad]).toEqual([500, 0]);
    // February is its 672 hours, the first counted at 01:00 and the last at midnight on 1 March.
    expect([feb?.samples, mar?.samples]).toEqual([672, 24]);
  });

  it('puts the edge sample in the day it ends, so day sums give the same budgets', () => {
    expect(sampleDay(EDGE)).toBe(at('2025-02-28T00:00:00Z'));
    const days = new Map<number, DayTally>();
    for (let i = 0; i < series.length; i++) {
      const day = sampleDay(series.seconds[i] as EpochSeconds);
      const tally = days.get(day) ?? { samples: 0, total: 0, good: 0 };
      days.set(day, {
        samples: tally.samples + 1,
        total: tally.total + (series.total[i] as number),
        good: tally.good + (series.good[i] as number),
      });
    }
    const fromDays = periodBudgetsOfDays(days, o999, months);
    const fromSamples = periodBudgets(series, o999, months);
    expect(fromDays.map((b) => [b.samples, b.bad])).toEqual(
      fromSamples.map((b) => [b.samples, b.bad]),
    );
  });

  it('puts the edge sample in the burn-rate windows that end at it, known at its own time', () => {
    const firings = burnRateAlerts({ series, objective: o999, rules: pageFast, asOf: EDGE });
    expect(firings.map((f) => [f.firedAt, f.resolvedAt])).toEqual([[EDGE, null]]);
    const later = burnRateAlerts({ series, objective: o999, rules: pageFast, asOf });
    expect(later.map((f) => [f.firedAt, f.resolvedAt])).toEqual([[EDGE, EDGE + HOUR]]);
  });

  it('covers an incident in the hour before the edge with the edge sample, none after it', () => {
    expect(coveringSamples(series, epochSeconds(EDGE - 30 * MINUTE), EDGE)).toMatchObject({
      samples: 1,
      bad: 500,
    });
    expect(coveringSamples(series, EDGE, epochSeconds(EDGE + 30 * MINUTE))).toMatchObject({
      samples: 1,
      bad: 0,
    });
    const before = incidentBudgetShare({
      incident: incident({ id: 'INC-1', start: '2025-02-28T23:30:00Z', minutes: 30 }),
      objective: o999,
      series,
      period: months[0] as (typeof months)[number],
      asOf,
    });
    // February allows 672 bad events of its 672,000; the incident spent 500 of them.
    expect(before).toEqual({ share: 500 / 672, source: 'sli' });
  });

  it('gives the same February in the budgets report and in the one-pass budgets and alerts', () => {
    const model = modelFrom(
      ...shopOrg(),
      doc('ErrorBudgetPolicy', 'monthly', 'window: calendar-month'),
      doc(
        'Service',
        'api',
        'owner: shop\nrunModel: you-run-it\navailabilityTarget: 99.9\nerrorBudgetPolicy: monthly',
      ),
    );
    const map = seriesMap(series);
    const alone = serviceBudgets({ model, series: map, asOf }).services[0];
    const both = serviceBudgetsAndAlerts({ model, series: map, asOf, defaultRules: pageFast });
    const together = both.budgets.services[0];
    expect(alone?.periods.map((p) => [p.period.label, p.bad])).toEqual([
      ['2025-02', 500],
      ['2025-03', 0],
    ]);
    expect(together?.periods.map((p) => [p.period.label, p.bad])).toEqual([
      ['2025-02', 500],
      ['2025-03', 0],
    ]);
    expect(both.alerts.services[0]?.firings.map((f) => f.firedAt)).toEqual([EDGE]);
  });
});
