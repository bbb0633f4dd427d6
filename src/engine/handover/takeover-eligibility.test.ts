import { describe, expect, it } from 'vitest';
import { budgetsFrom } from '../../../test/support/budget-pattern.ts';
import type { ErrorBudgetPolicySpec } from '../../model/index.ts';
import { takeoverEligibility } from './takeover-eligibility.ts';

const policy: ErrorBudgetPolicySpec = {
  window: 'calendar-month',
  takeover: { withinBudgetPeriods: 3 },
};
const check = (pattern: string, spec = policy) =>
  takeoverEligibility({ policyName: 'strict', policy: spec, budgets: budgetsFrom(pattern) });

describe('takeoverEligibility', () => {
  it('makes a service eligible after exactly the agreed number of periods within budget', () => {
    const result = check('DWWW');
    expect(result.eligible).toBe(true);
    expect(result.since).toBe(Date.UTC(2025, 4, 1) / 1000);
    expect(result.reason).toMatch(/within error budget for the last 3 consecutive periods/);
  });

  it('dates eligibility from when the streak first reached the threshold', () => {
    expect(check('WWWWW').since).toBe(Date.UTC(2025, 3, 1) / 1000);
  });

  it('is not eligible one period short, and names the period that broke the streak', () => {
    const result = check('WWWDWW');
    expect(result.eligible).toBe(false);
    expect(result.reason).toBe(
      'within error budget for 2 consecutive periods, policy strict needs 3; 2025-04 was depleted (§12.5)',
    );
  });

  it('says what broke the streak first when the last period was not within budget', () => {
    expect(check('WWWD').reason).toBe(
      '2025-04 was depleted, and policy strict needs 3 consecutive periods within error budget (§12.5)',
    );
    expect(check('').reason).toBe(
      'no complete period yet, and policy strict needs 3 consecutive periods within error budget (§12.5)',
    );
  });

  it('does not count periods without data as within budget', () => {
    expect(check('WWNWW').reason).toMatch(/2025-03 was without data/);
    expect(check('NNN').eligible).toBe(false);
  });

  it('ignores the incomplete current period', () => {
    expect(check('WWWD…').eligible).toBe(true);
    expect(check('WWW…').eligible).toBe(false);
  });

  it('says so when nothing is complete yet or the policy has no takeover rule', () => {
    expect(check('').reason).toMatch(/no complete period yet/);
    expect(check('WWW', { window: '28d' }).reason).toMatch(/sets no takeover rule/);
  });
});
