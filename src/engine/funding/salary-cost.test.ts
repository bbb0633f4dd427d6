import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { formatMoney } from '../money/index.ts';
import { modelCurrency } from './model-currency.ts';
import { salaryCost } from './salary-cost.ts';

describe('salaryCost (§12.4.6)', () => {
  const model = modelFrom(
    doc(
      'Organization',
      'pd',
      'type: product-delivery\nbudget: { amount: 1, currency: CHF, period: year }',
    ),
    doc('Person', 'ana', 'role: sre\nlevel: senior\nlocation: Zurich'),
    doc('Person', 'ben', 'role: developer'),
    doc('Person', 'cem', 'role: sre\nlevel: junior\nlocation: Austin'),
    doc(
      'SalaryBand',
      'senior-zurich',
      'role: sre\nlevel: senior\nlocation: Zurich\nannual: 150000\ncurrency: CHF',
    ),
    doc(
      'SalaryBand',
      'junior-austin',
      'role: sre\nlevel: junior\nlocation: Austin\nannual: 120000\ncurrency: USD',
    ),
  );
  const people = [...model.people.values()];

  it('adds the salaries paid in the model currency, defaults stated in it', () => {
    expect(modelCurrency(model)).toBe('CHF');
    const cost = salaryCost(model, people);
    expect(cost.currency).toBe('CHF');
    expect(formatMoney(cost.total)).toBe('230000.00');
    expect(cost.lines.map((l) => [l.name, l.basis, l.band])).toEqual([
      ['ana', 'band', 'senior-zurich'],
      ['ben', 'default', null],
      ['cem', 'band', 'junior-austin'],
    ]);
    expect(cost.fromBands).toBe(2);
    expect(cost.fromDefaults).toBe(1);
  });

  it('totals salaries in other currencies apart, never converted', () => {
    const cost = salaryCost(model, people);
    expect(cost.otherCurrencies.map((m) => `${formatMoney(m)} ${m.currency}`)).toEqual([
      '120000.00 USD',
    ]);
  });

  it('prices planned hires given as profiles', () => {
    const cost = salaryCost(model, [
      { name: 'hire', role: 'sre', level: 'senior', location: 'Zurich' },
    ]);
    expect(formatMoney(cost.total)).toBe('150000.00');
  });

  it('is zero in the model currency for nobody', () => {
    expect(formatMoney(salaryCost(model, []).total)).toBe('0.00');
  });
});
