import { describe, expect, it } from 'vitest';
import type { CompensationPolicySpec } from '../../model/index.ts';
import { formatMoney, money } from '../money/index.ts';
import { baseUplift } from './base-uplift.ts';
import { compensatePerson } from './compensate-person.ts';
import { incidentPay } from './incident-pay.ts';
import { incidentTimeOff } from './incident-time-off.ts';
import { checkPersonHours } from './person-hours.ts';
import { standbyPay } from './standby-pay.ts';
import { standbyTimeOff } from './standby-time-off.ts';
import { withinBudgetBonus } from './within-budget-bonus.ts';

const policy: CompensationPolicySpec = {
  currency: 'EUR',
  businessHours: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '09:00', end: '17:00' },
  standbyPerHour: 4.5,
  incidentPerHour: 45,
  timeOffPerStandbyHour: 0.1,
  timeOffPerIncidentHour: 1.5,
  baseUpliftPercent: 5,
  withinBudgetBonus: 150,
};
const bare: CompensationPolicySpec = { currency: 'EUR', businessHours: policy.businessHours };

describe('the §12.9.5 building blocks, each on its own', () => {
  it('raises the base salary only for people on call outside business hours', () => {
    const base = money(500000, 'EUR'); // 5,000.00 a month
    expect(baseUplift({ policy, offHours: 10, monthlyBase: base })).toEqual({
      percent: 5,
      amount: money(25000, 'EUR'),
    });
    expect(baseUplift({ policy, offHours: 0, monthlyBase: base }).amount).toEqual(money(0, 'EUR'));
  });

  it('knows the uplift percentage but not the amount without a base salary', () => {
    expect(baseUplift({ policy, offHours: 1 })).toEqual({ percent: 5, amount: undefined });
  });

  it('pays standby per hour outside business hours, to the cent', () => {
    expect(formatMoney(standbyPay(policy, 128))).toBe('576.00');
    // 4.5 × 0.333… rounds half to even at the cent
    expect(formatMoney(standbyPay(policy, 1 / 3))).toBe('1.50');
  });

  it('pays incident work outside business hours on top of standby', () => {
    expect(formatMoney(incidentPay(policy, 2.5))).toBe('112.50');
  });

  it('grants time off after standby and after incident work, in hours', () => {
    expect(standbyTimeOff(policy, 128)).toBeCloseTo(12.8, 9);
    expect(incidentTimeOff(policy, 2.5)).toBe(3.75);
  });

  it('pays the error budget bonus only in a month within budget', () => {
    expect(formatMoney(withinBudgetBonus(policy, true))).toBe('150.00');
    expect(formatMoney(withinBudgetBonus(policy, false))).toBe('0.00');
  });

  it('pays and grants nothing for blocks the policy leaves out', () => {
    expect(standbyPay(bare, 100).minor).toBe(0);
    expect(incidentPay(bare, 100).minor).toBe(0);
    expect(standbyTimeOff(bare, 100)).toBe(0);
    expect(incidentTimeOff(bare, 100)).toBe(0);
    expect(withinBudgetBonus(bare, true).minor).toBe(0);
    expect(baseUplift({ policy: bare, offHours: 5 }).percent).toBe(0);
  });
});

describe('compensatePerson', () => {
  const hours = {
    person: 'ana',
    businessHours: 20,
    offHours: 64,
    weekendHours: 24,
    incidentOffHours: 3,
  };

  it('adds the known amounts and keeps unknown ones out of the total', () => {
    const c = compensatePerson({ hours, policy });
    expect(formatMoney(c.pay.standby)).toBe('288.00');
    expect(formatMoney(c.pay.incidents)).toBe('135.00');
    expect(c.pay.baseUplift).toBeUndefined();
    expect(c.pay.withinBudget).toBeUndefined();
    expect(formatMoney(c.pay.total)).toBe('423.00');
    expect(c.timeOff.standby).toBeCloseTo(6.4, 9);
    expect(c.timeOff.incidents).toBe(4.5);
  });

  it('includes the uplift and the bonus when their inputs are known', () => {
    const c = compensatePerson({
      hours,
      policy,
      monthlyBase: money(600000, 'EUR'),
      withinBudget: true,
    });
    expect(formatMoney(c.pay.total)).toBe('873.00'); // 288 + 135 + 300 + 150
  });

  it('treats weekend hours as part of off-hours, not as extra hours', () => {
    const withWeekend = compensatePerson({ hours, policy });
    const without = compensatePerson({ hours: { ...hours, weekendHours: 0 }, policy });
    expect(withWeekend.pay.total).toEqual(without.pay.total);
  });
});

describe('checkPersonHours', () => {
  it('accepts hours that keep weekend hours within off-hours', () => {
    expect(
      checkPersonHours({ person: 'a', businessHours: 1, offHours: 2, weekendHours: 2 }),
    ).toBeUndefined();
  });

  it('refuses weekend hours beyond off-hours and negative or non-finite hours', () => {
    expect(
      checkPersonHours({ person: 'a', businessHours: 1, offHours: 2, weekendHours: 3 })?.message,
    ).toContain('part of offHours');
    expect(
      checkPersonHours({ person: 'a', businessHours: -1, offHours: 0, weekendHours: 0 })?.message,
    ).toContain('businessHours');
    expect(
      checkPersonHours({
        person: 'a',
        businessHours: 0,
        offHours: 0,
        weekendHours: 0,
        incidentOffHours: Number.NaN,
      }),
    ).toBeDefined();
  });
});
