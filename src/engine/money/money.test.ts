import { describe, expect, it } from 'vitest';
import { displayMoney, formatMoney, moneyJson } from './format-money.ts';
import {
  addMoney,
  CurrencyMismatchError,
  compareMoney,
  money,
  subtractMoney,
  sumMoney,
} from './money.ts';
import { moneyFromMajor, parseMoney } from './money-from-major.ts';
import { multiplyMoney, multiplyMoneyRatio } from './multiply-money.ts';

describe('money', () => {
  it('holds whole minor units only', () => {
    expect(() => money(1.5, 'EUR')).toThrow(RangeError);
    expect(() => money(2 ** 60, 'EUR')).toThrow(RangeError);
    expect(money(10n, 'EUR')).toEqual({ minor: 10, currency: 'EUR' });
  });

  it('adds 0.1 and 0.2 to exactly 0.30', () => {
    const sum = addMoney(moneyFromMajor(0.1, 'EUR'), moneyFromMajor(0.2, 'EUR'));
    expect(formatMoney(sum)).toBe('0.30');
  });

  it('sums many small amounts without drift', () => {
    const cents = Array.from({ length: 1000 }, () => moneyFromMajor(0.01, 'EUR'));
    expect(formatMoney(sumMoney(cents, 'EUR'))).toBe('10.00');
  });

  it('refuses to mix currencies', () => {
    expect(() => addMoney(money(1, 'EUR'), money(1, 'USD'))).toThrow(CurrencyMismatchError);
    expect(() => compareMoney(money(1, 'EUR'), money(1, 'USD'))).toThrow(CurrencyMismatchError);
  });

  it('subtracts into negative amounts', () => {
    expect(formatMoney(subtractMoney(money(5, 'EUR'), money(12, 'EUR')))).toBe('-0.07');
  });
});

describe('moneyFromMajor and parseMoney', () => {
  it('converts major units to minor units by the currency', () => {
    expect(moneyFromMajor(1234.5, 'EUR').minor).toBe(123450);
    expect(moneyFromMajor(300, 'JPY').minor).toBe(300);
    expect(moneyFromMajor(1.234, 'KWD').minor).toBe(1234);
  });

  it('rounds extra decimals half to even at the cent', () => {
    expect(moneyFromMajor(0.125, 'EUR').minor).toBe(12);
    expect(moneyFromMajor(0.135, 'EUR').minor).toBe(14);
    expect(moneyFromMajor(0.1251, 'EUR').minor).toBe(13);
  });

  it('parses decimal text and says what is wrong with bad text', () => {
    expect(parseMoney('1234.50', 'EUR')).toEqual({ ok: true, money: money(123450, 'EUR') });
    const bad = parseMoney('12,50', 'EUR');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('"12,50"');
    expect(parseMoney('1e30', 'EUR').ok).toBe(false);
  });
});

describe('formatMoney', () => {
  it.each([
    [123450, 'EUR', '1234.50'],
    [5, 'EUR', '0.05'],
    [-7, 'EUR', '-0.07'],
    [0, 'EUR', '0.00'],
    [300, 'JPY', '300'],
    [1234, 'KWD', '1.234'],
  ])('formats %s %s as %s', (minor, currency, text) => {
    expect(formatMoney(money(minor, currency))).toBe(text);
  });

  it('shows amounts for people with grouping and currency', () => {
    expect(displayMoney(money(123456789, 'EUR'))).toBe('1,234,567.89 EUR');
    expect(displayMoney(money(-100000, 'EUR'))).toBe('-1,000.00 EUR');
  });

  it('gives the JSON shape every command uses', () => {
    expect(moneyJson(money(123450, 'EUR'))).toEqual({ amount: '1234.50', currency: 'EUR' });
  });
});

describe('multiplyMoney', () => {
  it('multiplies by decimal factors exactly and rounds once', () => {
    expect(multiplyMoney(moneyFromMajor(95, 'EUR'), 173.5).minor).toBe(1648250);
    // 0.05 × 0.5 = 0.025 → 0.02 (half to even)
    expect(multiplyMoney(money(5, 'EUR'), 0.5).minor).toBe(2);
    expect(multiplyMoney(money(7, 'EUR'), 0.5).minor).toBe(4);
  });

  it('multiplies by a ratio without rounding the ratio first', () => {
    // 5 EUR/h × 128 h/week × 365.25/84 weeks a month = 2782.857142… EUR
    const monthly = multiplyMoneyRatio(moneyFromMajor(5, 'EUR'), 128 * 365.25, 84);
    expect(formatMoney(monthly)).toBe('2782.86');
  });

  it('refuses a zero denominator', () => {
    expect(() => multiplyMoneyRatio(money(1, 'EUR'), 1, 0)).toThrow(RangeError);
  });
});
