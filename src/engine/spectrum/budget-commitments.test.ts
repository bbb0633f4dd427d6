import { describe, expect, it } from 'vitest';
import { modelOf, patch, SHOP_DEVELOPERS, tinyOrg } from '../../../test/support/docs-model.ts';
import { budgetCommitment, perYear } from './budget-commitments.ts';

describe('perYear', () => {
  it('turns monthly and quarterly budgets into yearly money, exactly', () => {
    expect(perYear(0.1, 'EUR', 'month')).toEqual({ minor: 120, currency: 'EUR' });
    expect(perYear(1000, 'EUR', 'quarter')).toEqual({ minor: 400000, currency: 'EUR' });
    expect(perYear(12.5, 'JPY', 'year')).toEqual({ minor: 12, currency: 'JPY' });
  });
});

describe('budgetCommitment (§12.4.6, §12.4.7)', () => {
  it('adds the salaries it pays directly, the budgets below and the SRE support bought at a transfer price, per year', () => {
    let docs = patch(tinyOrg(), 'Organization', 'pd', {
      budget: { amount: 1000000, currency: 'EUR', period: 'year' },
    });
    docs = patch(docs, 'Organization', 'dev', {
      budget: { amount: 50000, currency: 'EUR', period: 'month' },
    });
    docs = patch(docs, 'Organization', 'sre', {
      budget: { amount: 10000, currency: 'USD', period: 'month' },
    });
    docs = patch(docs, 'Team', 'sre-core', { supports: [{ team: 'shop', hoursPerMonth: 10.5 }] });
    docs.push({
      kind: 'TransferPrice',
      name: 'support',
      spec: {
        provider: 'sre',
        consumer: 'dev',
        hourlyRate: 95.1,
        infrastructureContribution: 0.05,
      },
    });
    const model = modelOf(docs);
    const pd = model.organizations.get('pd');
    const dev = model.organizations.get('dev');
    if (!pd || !dev) throw new Error('missing organizations');
    // pd pays its head (a manager, 120,000 by default) directly; dev and sre have budgets.
    expect(budgetCommitment(model, pd)).toMatchObject({
      budgetPerYear: { minor: 100000000, currency: 'EUR' },
      subOrganizations: [{ name: 'dev', perYear: { minor: 60000000, currency: 'EUR' } }],
      otherCurrencies: ['organization sre (USD)'],
      committedPerYear: { minor: 72000000, currency: 'EUR' },
    });
    expect(budgetCommitment(model, pd)?.salaries.lines.map((l) => l.name)).toEqual(['pd-head']);
    // 10.5 h × 95.15 EUR = 999.075 → 999.08 EUR a month (half-even), × 12.
    expect(budgetCommitment(model, dev)?.transferCharges).toEqual([
      {
        transferPrice: 'support',
        provider: 'sre',
        hoursPerMonth: 10.5,
        perMonth: { minor: 99908, currency: 'EUR' },
        perYear: { minor: 1198896, currency: 'EUR' },
      },
    ]);
  });

  it('counts support without agreed hours at its share of the SRE team’s time, as chargeback bills it (§12.4.7)', () => {
    let docs = patch(tinyOrg(), 'Organization', 'dev', {
      budget: { amount: 50000, currency: 'EUR', period: 'month' },
    });
    docs = patch(docs, 'Team', 'sre-core', { supports: ['shop'] });
    docs.push({
      kind: 'TransferPrice',
      name: 'support',
      spec: { provider: 'sre', consumer: 'dev', hourlyRate: 100 },
    });
    const model = modelOf(docs);
    const dev = model.organizations.get('dev');
    if (!dev) throw new Error('missing organization');
    // One SRE, 40 business hours a week over an average month (365.25 ÷ 84 weeks): 173.93 h.
    expect(budgetCommitment(model, dev)?.transferCharges).toEqual([
      {
        transferPrice: 'support',
        provider: 'sre',
        hoursPerMonth: 173.93,
        perMonth: { minor: 1739300, currency: 'EUR' },
        perYear: { minor: 20871600, currency: 'EUR' },
      },
    ]);
  });

  it('pays for the people of organizations below it that have no budget of their own', () => {
    const docs = patch(tinyOrg(), 'Organization', 'pd', {
      budget: { amount: 1000000, currency: 'EUR', period: 'year' },
    });
    const model = modelOf(docs);
    const pd = model.organizations.get('pd');
    if (!pd) throw new Error('no pd');
    const commitment = budgetCommitment(model, pd);
    expect(commitment?.salaries.lines.map((l) => l.name)).toEqual([
      'pd-head',
      'dev-head',
      'sre-head',
      'dan',
      'sam',
      ...SHOP_DEVELOPERS,
    ]);
    // Support between two organizations it pays for both is no charge to it.
    expect(commitment?.transferCharges).toEqual([]);
  });

  it('has nothing to say about an organization without a budget', () => {
    const model = modelOf(tinyOrg());
    const pd = model.organizations.get('pd');
    if (!pd) throw new Error('no pd');
    expect(budgetCommitment(model, pd)).toBeUndefined();
  });
});
