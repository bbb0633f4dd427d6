import { describe, expect, it } from 'vitest';
import { durationSeconds } from '../../model/index.ts';
import { DAY, HOUR, MINUTE } from '../budgets/epoch.ts';
import {
  alertRuleProblems,
  budgetConsumed,
  burnRateFor,
  detectionTime,
  timeToExhaustion,
  WORKBOOK_ALERT_RULES,
} from './alert-rules.ts';

const THIRTY_DAYS = durationSeconds(30 * DAY);

describe('the SRE Workbook burn-rate table', () => {
  // Workbook ch. 5, "Recommended time windows and burn rates for 99.9% SLO alerts":
  // severity, long window, short window, burn rate, error budget consumed.
  const table = [
    ['page', HOUR, durationSeconds(5 * MINUTE), 14.4, 0.02],
    ['page', durationSeconds(6 * HOUR), durationSeconds(30 * MINUTE), 6, 0.05],
    ['ticket', DAY, durationSeconds(2 * HOUR), 3, 0.1],
    ['ticket', durationSeconds(3 * DAY), durationSeconds(6 * HOUR), 1, 0.1],
  ] as const;

  it.each(table)(
    '%s over %is/%is burns at %sx, %s of the budget',
    (severity, long, short, rate, share) => {
      expect(burnRateFor({ budgetShare: share, period: THIRTY_DAYS, longWindow: long })).toBe(rate);
      expect(budgetConsumed({ burnRate: rate, period: THIRTY_DAYS, window: long })).toBe(share);
      expect(WORKBOOK_ALERT_RULES).toContainEqual(
        expect.objectContaining({ severity, burnRate: rate, longWindow: long, shortWindow: short }),
      );
    },
  );

  it('has exactly the four recommended alerts, short windows 1/12 of the long ones', () => {
    expect(WORKBOOK_ALERT_RULES).toHaveLength(4);
    for (const rule of WORKBOOK_ALERT_RULES) {
      expect(rule.longWindow / (rule.shortWindow as number)).toBe(12);
    }
    expect(alertRuleProblems(WORKBOOK_ALERT_RULES)).toEqual([]);
  });

  it.each([
    [1, 30 * DAY],
    [2, 15 * DAY],
    [10, 3 * DAY],
    [1000, 43.2 * MINUTE],
  ])('at burn rate %s a 30-day budget lasts %i seconds', (rate, seconds) => {
    expect(timeToExhaustion(rate, THIRTY_DAYS)).toBeCloseTo(seconds, 6);
  });

  it('pages within 0.864 minutes of a total outage of a 99.9% service', () => {
    const t = detectionTime({ burnRate: 14.4, window: HOUR, errorRatio: 1, allowedRatio: 0.001 });
    expect(t).toBeCloseTo(51.84, 9);
  });
});

describe('alertRuleProblems', () => {
  it('names every problem of a bad rule set', () => {
    const problems = alertRuleProblems([
      { name: 'a', severity: 'page', burnRate: 0, longWindow: MINUTE, shortWindow: MINUTE },
      {
        name: 'a',
        severity: 'page',
        burnRate: 2,
        longWindow: MINUTE,
        shortWindow: durationSeconds(0.5),
      },
    ]);
    expect(problems).toEqual([
      'a: expected a burn rate above 0, found 0',
      'a: expected the long window to be longer than the short window',
      'a: two rules have this name',
      'a: expected a short window of at least 1 second',
    ]);
  });
});
