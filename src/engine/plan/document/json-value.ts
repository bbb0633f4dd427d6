import type { Decimal, Money, MoneyJson } from '../../money/index.ts';
import { decimalToNumber, moneyJson } from '../../money/index.ts';

/**
 * An engine value as the plan document holds it: money as `{amount: "1234.50", currency}`,
 * exact decimals (support hours) as numbers, and absent values as `null`, so every key is
 * present and the document is exactly what `plan --format json` prints.
 */
export type Json<T> = T extends Money
  ? MoneyJson
  : T extends Decimal
    ? number
    : T extends undefined
      ? null
      : T extends readonly (infer U)[]
        ? Json<U>[]
        : T extends object
          ? { -readonly [K in keyof T]-?: Json<T[K]> }
          : T;

function isMoney(value: object): value is Money {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as Money).minor === 'number' &&
    typeof (value as Money).currency === 'string'
  );
}

function isDecimal(value: object): value is Decimal {
  return (
    typeof (value as Decimal).units === 'bigint' && typeof (value as Decimal).scale === 'number'
  );
}

/** `value` as the document holds it (see `Json`). */
export function toJson<T>(value: T): Json<T> {
  return convert(value) as Json<T>;
}

function convert(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(convert);
  if (value !== null && typeof value === 'object') {
    if (isMoney(value)) return moneyJson(value);
    if (isDecimal(value)) return decimalToNumber(value);
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = convert(v);
    return out;
  }
  return value;
}
