import { moneyJson } from '../../engine/money/index.ts';

/**
 * Engine results as plain JSON: Maps become objects (string keys) or entry lists, Sets and typed
 * arrays become arrays, money becomes `{amount: "1234.50", currency}` as in every CLI `--json`,
 * bigints become strings and non-finite numbers null. Nothing is lost silently: a value JSON
 * cannot hold is converted, never dropped (undefined fields are omitted, as in JSON.stringify).
 */
export function toJson(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') {
    return undefined;
  }
  if (Array.isArray(value)) return value.map((v) => toJson(v) ?? null);
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (value instanceof Set) return [...value].map((v) => toJson(v) ?? null);
  if (value instanceof Map) {
    const entries = [...value.entries()];
    return entries.every(([k]) => typeof k === 'string')
      ? Object.fromEntries(entries.map(([k, v]) => [k, toJson(v)]))
      : entries.map(([k, v]) => [toJson(k), toJson(v)]);
  }
  if (value instanceof Date) return value.toISOString();
  if (isMoney(value)) return moneyJson(value);
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const converted = toJson(child);
    if (converted !== undefined) out[key] = converted;
  }
  return out;
}

function isMoney(value: object): value is { minor: number; currency: string } {
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof (value as { minor?: unknown }).minor === 'number' &&
    typeof (value as { currency?: unknown }).currency === 'string'
  );
}
