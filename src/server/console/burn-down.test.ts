import { describe, expect, it } from 'vitest';
import { objectiveOf, type SliSeries } from '../../engine/budgets/index.ts';
import {
  durationSeconds,
  epochSeconds,
  epochSecondsArrayOf,
  laterSeconds,
} from '../../model/index.ts';
import { burnDown } from './burn-down.ts';

const DAY = 86_400;
const START = epochSeconds(Date.UTC(2025, 0, 6) / 1000);
/** `days` days after the start. */
const day = (days: number) => laterSeconds(START, durationSeconds(days * DAY));

/** One sample a day of 1000 events, `bad[d]` of them bad, stamped at the day's end. */
function daily(bad: readonly number[]): SliSeries {
  return {
    service: 'api',
    length: bad.length,
    seconds: epochSecondsArrayOf(Uint32Array.from(bad, (_, d) => START + d * DAY + DAY / 2)),
    good: Float64Array.from(bad, (b) => 1000 - b),
    total: Float64Array.from(bad, () => 1000),
  };
}

describe('the burn-down of a period', () => {
  it('says how much of the budget for the events so far is left, point by point', () => {
    // 99%: 10 bad events allowed per 1000. 5 bad on day one, then 15, then none.
    const [period] = burnDown({
      series: daily([5, 15, 0]),
      objective: objectiveOf(99),
      periods: [{ label: 'p', start: START, end: day(3), complete: true }],
      asOf: day(10),
      step: DAY,
    });
    expect(period?.points.map((p) => p.remaining)).toEqual([
      0.5, // 5 of 10 allowed
      1 - 20 / 20, // 20 bad of 20 allowed: spent exactly
      1 - 20 / 30, // the third day's clean traffic earns budget back
    ]);
    expect(period?.points.at(-1)?.at).toBe('2025-01-09T00:00:00Z');
  });

  it('has no value before the first event and stops at asOf in the current period', () => {
    const [period] = burnDown({
      series: daily([0, 0, 0, 30]),
      objective: objectiveOf(99),
      periods: [{ label: 'p', start: day(-1), end: day(28), complete: false }],
      asOf: laterSeconds(day(3), durationSeconds(3600)),
      step: DAY,
    });
    const points = period?.points ?? [];
    expect(points[0]).toEqual({ at: '2025-01-06T00:00:00Z', remaining: null });
    expect(points.at(-1)?.at).toBe('2025-01-09T01:00:00Z');
    // The day-four sample is after asOf: not counted.
    expect(points.at(-1)?.remaining).toBe(1);
  });

  it('reads an overspent budget as below zero', () => {
    const [period] = burnDown({
      series: daily([40]),
      objective: objectiveOf(99),
      periods: [{ label: 'p', start: START, end: day(1), complete: true }],
      asOf: day(2),
      step: DAY,
    });
    expect(period?.points).toEqual([{ at: '2025-01-07T00:00:00Z', remaining: -3 }]);
  });
});
