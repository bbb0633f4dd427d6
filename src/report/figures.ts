import { type Decimal, displayMoney, formatDecimal, type Money } from '../engine/money/index.ts';

/** Hours for people: two decimals at most, with the unit, e.g. `173.93 h`. */
export function hours(value: number): string {
  return `${roundHours(value)} h`;
}

/** Hours for JSON: a number rounded to the hundredth of an hour. */
export function roundHours(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}

/** Exact decimal hours for people, e.g. `160 h`. */
export function decimalHours(value: Decimal): string {
  return `${formatDecimal(value)} h`;
}

/** Money for people, always with its currency: `1,234.50 EUR`. */
export function amount(value: Money | undefined): string {
  return value === undefined ? '–' : displayMoney(value);
}

export function percent(value: number): string {
  return `${Math.round(value * 10) / 10} %`;
}

/** A copy with every `undefined` property as `null`, so JSON always has every key. */
export function withNulls(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(withNulls);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withNulls(v)]));
  }
  return value;
}
