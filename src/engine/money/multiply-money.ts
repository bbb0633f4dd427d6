import { type Decimal, decimalOf } from './decimal.ts';
import { type Money, money } from './money.ts';
import { divideHalfEven } from './round-half-even.ts';

/**
 * `value × factor`, exact until one final half-even rounding to the minor unit. The factor is
 * taken as the decimal it was written as (`1.1` is eleven tenths), e.g. hours × hourly rate.
 */
export function multiplyMoney(value: Money, factor: number): Money {
  return multiplyMoneyRatio(value, factor, 1);
}

/**
 * `value × numerator / denominator` with a single rounding: for rates over a period, such as
 * 128 h/week × 365.25/84 weeks per month, without rounding the period first.
 */
export function multiplyMoneyRatio(value: Money, numerator: number, denominator: number): Money {
  const n = decimalOf(numerator);
  const d = decimalOf(denominator);
  if (d.units === 0n) throw new RangeError('denominator is zero');
  // value × (n.units / 10^n.scale) / (d.units / 10^d.scale)
  const top = BigInt(value.minor) * n.units * 10n ** BigInt(d.scale);
  const bottom = d.units * 10n ** BigInt(n.scale);
  return money(divideHalfEven(top, bottom), value.currency);
}

/** `value × factor` for an exact decimal factor, rounded half to even once. */
export function multiplyMoneyByDecimal(value: Money, factor: Decimal): Money {
  return money(
    divideHalfEven(BigInt(value.minor) * factor.units, 10n ** BigInt(factor.scale)),
    value.currency,
  );
}
