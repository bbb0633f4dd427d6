import { describe, expect, it } from 'vitest';
import {
  modelOf,
  patch,
  SHOP_DEVELOPERS,
  type TestDoc,
  tinyOrg,
} from '../../../test/support/docs-model.ts';
import { findingsOf } from '../../../test/support/run-check.ts';
import { budgetBreaches, overBudget } from './over-budget.ts';
import { overBudgetAtDefaultSalaries } from './over-budget-at-default-salaries.ts';
import { runChecks } from './run-checks.ts';

const shop: readonly string[] = SHOP_DEVELOPERS;

/** The tiny organization with a dev organization of two (dan and its head): figures stay readable. */
function tiny(): TestDoc[] {
  return tinyOrg()
    .filter((d) => !(d.kind === 'Person' && shop.includes(d.name)))
    .map((d) =>
      d.kind === 'Rotation'
        ? {
            ...d,
            spec: {
              ...d.spec,
              members: (d.spec.members as string[]).filter((m) => !shop.includes(m)),
            },
          }
        : d,
    );
}

function budgets(pdPerYear: number, devPerMonth: number): TestDoc[] {
  const docs = patch(tiny(), 'Organization', 'pd', {
    budget: { amount: pdPerYear, currency: 'EUR', period: 'year' },
  });
  return patch(docs, 'Organization', 'dev', {
    budget: { amount: devPerMonth, currency: 'EUR', period: 'month' },
  });
}

describe('over-budget (§12.4.6, §12.4.7)', () => {
  it('reports salaries and sub-organization budgets that add up to more than the budget above them', () => {
    // pd pays pd-head, sre-head (managers, 120,000 each) and sam (junior SRE, 80,000) itself;
    // dev has a budget of its own of 20,000 a month. The salaries are the defaults: without them
    // pd's 240,000 of dev's budget fits its 400,000, so the breach is assumed, a warning.
    expect(findingsOf(overBudget, budgets(400000, 20000))).toEqual([]);
    expect(findingsOf(overBudgetAtDefaultSalaries, budgets(400000, 20000))).toEqual([
      {
        code: 'over-budget-at-default-salaries',
        severity: 'warning',
        subject: { kind: 'Organization', name: 'pd' },
        message:
          'pd commits 560,000.00 EUR a year (salaries of 3 people 320,000.00 EUR, from the default salaries; dev 240,000.00 EUR) against a budget of 400,000.00 EUR a year. Without the 3 default salaries it fits: state salary bands to know whether the budget really breaks.',
        section: '§12.4.6',
      },
    ]);
  });

  it('is an error when the budget breaks whatever the unstated salaries are', () => {
    // dev's own budget alone (240,000 a year) is more than pd's 200,000.
    expect(findingsOf(overBudgetAtDefaultSalaries, budgets(200000, 20000))).toEqual([]);
    expect(findingsOf(overBudget, budgets(200000, 20000))).toEqual([
      {
        code: 'over-budget',
        severity: 'error',
        subject: { kind: 'Organization', name: 'pd' },
        message:
          'pd commits 560,000.00 EUR a year (salaries of 3 people 320,000.00 EUR, from the default salaries; dev 240,000.00 EUR) against a budget of 200,000.00 EUR a year.',
        section: '§12.4.6',
      },
    ]);
  });

  it('is an error when the salaries that break it are stated in salary bands', () => {
    const docs = budgets(400000, 20000);
    docs.push({
      kind: 'SalaryBand',
      name: 'everyone',
      spec: { annual: 110000, currency: 'EUR' },
    });
    const found = findingsOf(overBudget, docs);
    expect(found.map((f) => [f.code, f.severity])).toEqual([['over-budget', 'error']]);
    expect(found[0]?.message).toContain('from salary bands');
    expect(findingsOf(overBudgetAtDefaultSalaries, docs)).toEqual([]);
  });

  it('counts SRE support bought at a transfer price against the consumer’s budget', () => {
    let docs = patch(tiny(), 'Organization', 'dev', {
      budget: { amount: 210000, currency: 'EUR', period: 'year' },
    });
    docs = patch(docs, 'Team', 'sre-core', { supports: [{ team: 'shop', hoursPerMonth: 10 }] });
    docs.push({
      kind: 'TransferPrice',
      name: 'support',
      spec: { provider: 'sre', consumer: 'dev', hourlyRate: 90, infrastructureContribution: 10 },
    });
    expect(findingsOf(overBudgetAtDefaultSalaries, docs)[0]?.message).toBe(
      'dev commits 212,000.00 EUR a year (salaries of 2 people 200,000.00 EUR, from the default salaries; SRE support from sre 12,000.00 EUR (10 h/month)) against a budget of 210,000.00 EUR a year. Without the 2 default salaries it fits: state salary bands to know whether the budget really breaks.',
    );
  });

  it('counts support without agreed hours at its share of the SRE team’s time (§12.4.7)', () => {
    let docs = patch(tiny(), 'Organization', 'dev', {
      budget: { amount: 210000, currency: 'EUR', period: 'year' },
    });
    docs = patch(docs, 'Team', 'sre-core', { supports: ['shop'] });
    docs.push({
      kind: 'TransferPrice',
      name: 'support',
      spec: { provider: 'sre', consumer: 'dev', hourlyRate: 100 },
    });
    expect(findingsOf(overBudgetAtDefaultSalaries, docs)[0]?.message).toBe(
      'dev commits 408,716.00 EUR a year (salaries of 2 people 200,000.00 EUR, from the default salaries; SRE support from sre 208,716.00 EUR (173.93 h/month)) against a budget of 210,000.00 EUR a year. Without the 2 default salaries it fits: state salary bands to know whether the budget really breaks.',
    );
  });

  it('accepts commitments within the budget, and budgets in other currencies it cannot compare', () => {
    expect(findingsOf(overBudget, budgets(560000, 20000))).toEqual([]);
    expect(findingsOf(overBudgetAtDefaultSalaries, budgets(560000, 20000))).toEqual([]);
    const docs = patch(budgets(320000, 20000), 'Organization', 'dev', {
      budget: { amount: 20000, currency: 'USD', period: 'month' },
    });
    expect(findingsOf(overBudget, docs)).toEqual([]);
  });
});

describe('budgetBreaches', () => {
  it('is worked out once per compiled model, for both budget checks', () => {
    const model = modelOf(budgets(400000, 20000));
    const first = budgetBreaches(model);
    expect(first).toHaveLength(1);
    // The same array: the second check reads what the first computed (#15).
    expect(budgetBreaches(model)).toBe(first);
    expect(runChecks(model, [overBudget, overBudgetAtDefaultSalaries])).toHaveLength(1);
  });
});
