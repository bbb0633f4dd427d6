// biome-ignore lint/plugin: a memo of a constant of the runtime (ISO 4217 digits by currency), the same for every model
const cache = new Map<string, number>();

/**
 * Digits of the currency's minor unit per ISO 4217: 2 for EUR and USD (cents), 0 for JPY, 3
 * for KWD. Read from the runtime's ICU data, which is deterministic and needs no I/O.
 */
export function minorDigits(currency: string): number {
  let digits = cache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits as number;
    cache.set(currency, digits);
  }
  return digits;
}
