/**
 * The one rounding rule of whorunsit money: round half to even ("banker's rounding") at the
 * currency's minor unit. An exact half goes to the even neighbour (0.125 → 0.12, 0.135 → 0.14),
 * so rounding many amounts does not drift up on average the way half-up does.
 *
 * Divides `numerator` by `denominator` (non-zero) and rounds the quotient to an integer.
 */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  if (denominator < 0n) return divideHalfEven(-numerator, -denominator);
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator - quotient * denominator;
  if (remainder === 0n) return quotient;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  const away = numerator < 0n ? quotient - 1n : quotient + 1n;
  if (twice > denominator) return away;
  if (twice < denominator) return quotient;
  return quotient % 2n === 0n ? quotient : away;
}
