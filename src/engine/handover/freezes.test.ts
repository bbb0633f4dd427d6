import { describe, expect, it } from 'vitest';
import { budgetsFrom } from '../../../test/support/budget-pattern.ts';
import { freezes } from './freezes.ts';

describe('freezes', () => {
  it('freezes changes from the exhaustion of a depleted budget to the end of its period', () => {
    const result = freezes({
      policyName: 'standard',
      policy: { window: 'calendar-month', freezeWhenDepleted: true },
      budgets: budgetsFrom('WDWD…'),
    });
    expect(result.map((f) => [f.period, f.from, f.until])).toEqual([
      ['2025-02', Date.UTC(2025, 1, 1, 1) / 1000, Date.UTC(2025, 2, 1) / 1000],
      ['2025-04', Date.UTC(2025, 3, 1, 1) / 1000, Date.UTC(2025, 4, 1) / 1000],
    ]);
    expect(result[0]?.reason).toBe(
      "error budget of 2025-02 exhausted at 2025-02-01T01:00:00Z (500% consumed by the period's end); policy standard freezes changes while the budget is depleted (§12.5)",
    );
  });

  it('freezes nothing when the policy does not ask for it, or nothing is depleted', () => {
    const budgets = budgetsFrom('DD');
    expect(freezes({ policyName: 'p', policy: { window: '28d' }, budgets })).toEqual([]);
    expect(
      freezes({ policyName: 'p', policy: { window: '28d', freezeWhenDepleted: false }, budgets }),
    ).toEqual([]);
    expect(
      freezes({
        policyName: 'p',
        policy: { window: '28d', freezeWhenDepleted: true },
        budgets: budgetsFrom('WNW'),
      }),
    ).toEqual([]);
  });
});
