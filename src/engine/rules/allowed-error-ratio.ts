import { decimalScale } from '../budgets/objective.ts';

/**
 * 1 − target as exact decimal text: 99.95 → `0.0005`, not 0.0004999999999999449. The budget is
 * a share of events, and a generated rule compares against the very number the policy means.
 */
export function allowedErrorRatio(targetPercent: number): string {
  const scale = decimalScale(targetPercent);
  const denominator = 100 * scale;
  const numerator = denominator - Math.round(targetPercent * scale);
  const digits = String(denominator).length - 1;
  const text = String(numerator).padStart(digits + 1, '0');
  const decimal = `${text.slice(0, -digits)}.${text.slice(-digits)}`.replace(/0+$/, '');
  return decimal.endsWith('.') ? decimal.slice(0, -1) : decimal;
}
