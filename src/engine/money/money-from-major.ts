import { type Decimal, decimalOf, parseDecimal } from './decimal.ts';
import { minorDigits } from './minor-digits.ts';
import { type Money, money } from './money.ts';
import { divideHalfEven } from './round-half-even.ts';

/**
 * Money from an amount in the currency's major unit as people write it in YAML (`12.5` EUR is
 * 1250 cents). More decimals than the currency has are rounded half to even.
 */
export function moneyFromMajor(amount: number, currency: string): Money {
  return moneyFromDecimal(decimalOf(amount), currency);
}

export type ParseMoneyResult =
  | { readonly ok: true; readonly money: Money }
  | { readonly ok: false; readonly message: string };

/** Parses major-unit decimal text such as `"1234.50"`; never throws for bad text. */
export function parseMoney(text: string, currency: string): ParseMoneyResult {
  const decimal = parseDecimal(text);
  if (!decimal) {
    return { ok: false, message: `expected a decimal amount like 1234.50, found "${text}"` };
  }
  try {
    return { ok: true, money: moneyFromDecimal(decimal, currency) };
  } catch {
    return { ok: false, message: `expected an amount of at most 15 digits, found "${text}"` };
  }
}

function moneyFromDecimal(decimal: Decimal, currency: string): Money {
  const digits = minorDigits(currency);
  const minor =
    decimal.scale <= digits
      ? decimal.units * 10n ** BigInt(digits - decimal.scale)
      : divideHalfEven(decimal.units, 10n ** BigInt(decimal.scale - digits));
  return money(minor, currency);
}
