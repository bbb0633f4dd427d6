import { decimalOf } from './decimal.ts';
import { type Money, money } from './money.ts';

/**
 * Splits `total` into parts proportional to `weights` so that the parts add up to the total
 * exactly, to the minor unit (largest remainder method). Each part is the exact share rounded
 * down; the minor units left over go one each to the parts with the largest remainders, ties
 * to the earlier part, so the result is deterministic. All weights zero: split evenly.
 *
 * @example allocateMoney(money(100, 'EUR'), [1, 1, 1]) // 0.34, 0.33, 0.33
 */
export function allocateMoney(total: Money, weights: readonly number[]): readonly Money[] {
  if (weights.length === 0) throw new RangeError('expected at least one weight');
  for (const w of weights) {
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`expected weights ≥ 0, found ${w}`);
  }
  const decimals = weights.map(decimalOf);
  const scale = Math.max(...decimals.map((d) => d.scale));
  let units = decimals.map((d) => d.units * 10n ** BigInt(scale - d.scale));
  let sum = units.reduce((a, b) => a + b, 0n);
  if (sum === 0n) {
    units = units.map(() => 1n);
    sum = BigInt(units.length);
  }
  const whole = BigInt(total.minor);
  const sign = whole < 0n ? -1n : 1n;
  const magnitude = whole * sign;
  const floors = units.map((u) => (magnitude * u) / sum);
  const remainders = units.map((u, i) => magnitude * u - (floors[i] as bigint) * sum);
  let left = magnitude - floors.reduce((a, b) => a + b, 0n);
  const order = remainders
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  const parts = [...floors];
  for (const { i } of order) {
    if (left === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left -= 1n;
  }
  return parts.map((p) => money(p * sign, total.currency));
}
