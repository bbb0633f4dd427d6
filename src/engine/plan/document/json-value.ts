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
  if (typeof (value as Money).minor !== 'number' || typeof (value as Money).currency !== 'string') {
    return false;
  }
  let keys = 0;
  for (const key in value) if (Object.hasOwn(value, key)) keys++;
  return keys === 2;
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

// The plan converts every object of the analysis once (about a million at 10,000 teams): no
// array of keys or of entries per object, which the garbage collector would then sweep.
function convert(value: unknown): unknown {
  if (value === undefined) return null;
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = convert(value[i]);
    return out;
  }
  if (isMoney(value)) return moneyJson(value);
  if (isDecimal(value)) return decimalToNumber(value);
  const out: Record<string, unknown> = {};
  for (const key in value) {
    if (Object.hasOwn(value, key)) out[key] = convert((value as Record<string, unknown>)[key]);
  }
  return out;
}
