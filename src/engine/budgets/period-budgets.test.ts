import { describe, expect, it } from 'vitest';
import { at, regularSeries } from '../../../test/support/sli-samples.ts';
import { budgetPeriods } from './budget-periods.ts';
import { objectiveOf } from './objective.ts';
import { periodBudgets } from './period-budgets.ts';
import { seriesOf } from './sli-series.ts';

const months = budgetPeriods({
  window: 'calendar-month',
  from: at('2025-01-01T00:00:00Z'),
  asOf: at('2025-04-01T00:00:00Z'),
});
const o999 = objectiveOf(99.9);

describe('periodBudgets', () => {
  it('counts allowed, consumed and remaining bad events per period', () => {
    // 1000 events an hour; January has 10 bad events in its first hour (the 01:00 sample).
    const series = regularSeries({
      service: 'api',
      from: '2025-01-01T00:00:00Z',
      to: '2025-02-01T00:00:00Z',
      step: 3600,
      total: 1000,
      bad: (t) => (t === at('2025-01-01T01:00:00Z') ? 10 : 0),
    });
    const [jan] = periodBudgets(series, o999, months);
    expect(jan).toMatchObject({
      samples: 744,
      total: 744_000,
      bad: 10,
      allowed: 744,
      remaining: 734,
      status: 'within',
      exhaustedAt: null,
    });
    expect(jan?.consumedShare).toBeCloseTo(10 / 744);
  });

  it('is within budget exactly at the threshold and depleted one bad event above it', () => {
    const sample = (bad: number) =>
      seriesOf('api', [{ at: at('2025-01-10T00:00:00Z'), good: 1000 - bad, total: 1000 }]);
    expect(periodBudgets(sample(1), o999, months)[0]?.status).toBe('within');
    expect(periodBudgets(sample(1), o999, months)[0]?.remaining).toBe(0);
    expect(periodBudgets(sample(2), o999, months)[0]?.status).toBe('depleted');
  });

  it('reports no-data for empty periods and for a service without samples', () => {
    const series = seriesOf('api', [{ at: at('2025-01-10T00:00:00Z'), good: 10, total: 10 }]);
    expect(periodBudgets(series, o999, months).map((b) => b.status)).toEqual([
      'within',
      'no-data',
      'no-data',
    ]);
    const none = periodBudgets(undefined, o999, months);
    expect(none.map((b) => [b.status, b.consumedShare, b.allowed])).toEqual([
      ['no-data', null, 0],
      ['no-data', null, 0],
      ['no-data', null, 0],
    ]);
  });

  it('finds when the budget of a depleted period ran out', () => {
    // 100 events a day in February; 5 bad a day from the 20th: 28 × 100 × 0.001 = 2.8 allowed.
    // A day is counted by the sample at the midnight after it.
    const series = regularSeries({
      service: 'api',
      from: '2025-02-01T00:00:00Z',
      to: '2025-03-01T00:00:00Z',
      step: 86_400,
      total: 100,
      bad: (t) => (t > at('2025-02-20T00:00:00Z') ? 5 : 0),
    });
    const feb = periodBudgets(series, o999, months)[1];
    expect(feb?.status).toBe('depleted');
    expect(feb?.exhaustedAt).toBe(at('2025-02-21T00:00:00Z'));
    expect(feb?.remaining).toBeCloseTo(2.8 - 45);
  });

  it('ignores samples before the first and after the last period, each by the interval it counts', () => {
    // A sample at t counts (previous, t]: the one at midnight on 1 January counts December.
    const series = seriesOf('api', [
      { at: at('2025-01-01T00:00:00Z'), good: 0, total: 5 },
      { at: at('2025-01-01T00:00:01Z'), good: 5, total: 5 },
      { at: at('2025-04-01T00:00:00Z'), good: 4, total: 4 },
      { at: at('2025-04-01T00:00:01Z'), good: 0, total: 5 },
    ]);
    const budgets = periodBudgets(series, o999, months);
    expect(budgets.map((b) => b.total)).toEqual([5, 0, 4]);
    expect(budgets.map((b) => b.bad)).toEqual([0, 0, 0]);
  });
});
