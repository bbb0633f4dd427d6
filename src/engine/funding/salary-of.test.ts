import { describe, expect, it } from 'vitest';
import { doc, modelFrom } from '../../../test/support/yaml-model.ts';
import { DEFAULT_ANNUAL_COST } from './annual-cost.ts';
import { salaryOf } from './salary-of.ts';

const bands = modelFrom(
  doc('SalaryBand', 'everyone-berlin', 'location: Berlin\nannual: 60000\ncurrency: EUR'),
  doc('SalaryBand', 'sre', 'role: sre\nannual: 90000\ncurrency: EUR'),
  doc('SalaryBand', 'senior', 'level: senior\nannual: 100000\ncurrency: EUR'),
  doc('SalaryBand', 'sre-senior', 'role: sre\nlevel: senior\nannual: 115000\ncurrency: EUR'),
  doc(
    'SalaryBand',
    'sre-senior-berlin',
    'role: sre\nlevel: senior\nlocation: " berlin "\nannual: 120000\ncurrency: EUR',
  ),
);
const eur = { currency: 'EUR' };

describe('salaryOf (§12.4.6)', () => {
  it('takes the most specific band that matches: role, level and location', () => {
    const s = salaryOf(bands, { name: 'a', role: 'sre', level: 'senior', location: 'Berlin' }, eur);
    expect(s).toEqual({
      annual: 120000,
      currency: 'EUR',
      basis: 'band',
      band: 'sre-senior-berlin',
      assumedLevel: null,
    });
  });

  it('prefers the role over the level, and the level over the location, at equal specificity', () => {
    expect(salaryOf(bands, { name: 'b', role: 'sre', location: 'Berlin' }, eur).band).toBe('sre');
    expect(salaryOf(bands, { name: 'c', level: 'senior', location: 'Berlin' }, eur).band).toBe(
      'senior',
    );
    expect(
      salaryOf(bands, { name: 'd', role: 'sre', level: 'senior', location: 'Paris' }, eur).band,
    ).toBe('sre-senior');
  });

  it('never matches a band of a location to a person whose location is not known', () => {
    expect(salaryOf(bands, { name: 'e', role: 'developer' }, eur).basis).toBe('default');
    expect(salaryOf(bands, { name: 'e', role: 'developer', location: 'Berlin' }, eur).band).toBe(
      'everyone-berlin',
    );
  });

  it('falls back to the documented default in the model currency: by level for SREs, else by role', () => {
    const none = modelFrom();
    const usd = { currency: 'USD' };
    expect(salaryOf(none, { name: 'f', role: 'sre', level: 'junior' }, usd)).toEqual({
      annual: DEFAULT_ANNUAL_COST.levels.junior,
      currency: 'USD',
      basis: 'default',
      band: null,
      assumedLevel: null,
    });
    // A level on a role off the SRE ladder does not make a developer an SRE.
    expect(salaryOf(none, { name: 'g', role: 'developer', level: 'principal' }, usd).annual).toBe(
      DEFAULT_ANNUAL_COST.roles.developer,
    );
  });

  it("prices an SRE with no level by the lowest level's band that matches them, in its currency, and says so", () => {
    const byCity = modelFrom(
      doc(
        'SalaryBand',
        'blr-senior',
        'role: sre\nlevel: senior\nlocation: Bangalore\nannual: 4500000\ncurrency: INR',
      ),
      doc(
        'SalaryBand',
        'blr-junior',
        'role: sre\nlevel: junior\nlocation: Bangalore\nannual: 2600000\ncurrency: INR',
      ),
      doc(
        'SalaryBand',
        'sf-junior',
        'role: sre\nlevel: junior\nlocation: San Francisco\nannual: 170000\ncurrency: USD',
      ),
    );
    const usd = { currency: 'USD' };
    expect(salaryOf(byCity, { name: 'd', role: 'sre', location: 'Bangalore' }, usd)).toEqual({
      annual: 2600000,
      currency: 'INR',
      basis: 'band',
      band: 'blr-junior',
      assumedLevel: 'junior',
    });
    // No band at their location: the default, as before.
    expect(salaryOf(byCity, { name: 'e', role: 'sre', location: 'Dublin' }, usd).basis).toBe(
      'default',
    );
    // Off the SRE ladder, a level's band says nothing of them.
    expect(
      salaryOf(byCity, { name: 'f', role: 'ops-engineer', location: 'Bangalore' }, usd).basis,
    ).toBe('default');
  });

  it('never assumes an SRE of any level cheaper than an operations engineer (§12.4.6)', () => {
    const none = modelFrom();
    const ops = salaryOf(none, { name: 'o', role: 'ops-engineer' }, eur).annual;
    for (const level of ['junior', 'senior', 'principal'] as const) {
      for (const role of [
        'sre',
        'application-sre',
        'platform-sre',
        'infrastructure-sre',
      ] as const) {
        expect(salaryOf(none, { name: 's', role, level }, eur).annual).toBeGreaterThan(ops);
      }
    }
    expect(salaryOf(none, { name: 's', role: 'sre' }, eur).annual).toBeGreaterThan(ops);
  });
});
