/**
 * An exact decimal number: `units / 10^scale`. Money arithmetic converts every non-integer
 * input (hours, rates, percentages) to one of these first, so no binary floating point error
 * ever reaches a sum of money.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const DECIMAL_TEXT = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;

/**
 * Parses decimal text such as `1234.5`, `-0.07` or `1.5e3`; undefined when the text is not a
 * plain decimal number (no thousands separators, no currency signs, no `NaN`).
 */
export function parseDecimal(text: string): Decimal | undefined {
  const match = DECIMAL_TEXT.exec(text.trim());
  if (!match) return undefined;
  const [, sign = '', whole = '', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  // Exponents this large are never amounts or hours; refusing them keeps bigints small.
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return undefined;
  let units = BigInt(`${whole}${fraction}`);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: sign === '-' ? -units : units, scale };
}

/**
 * The exact decimal a JavaScript number stands for as people wrote it: `0.1` is one tenth, not
 * the binary fraction nearest to it. (`String(n)` is the shortest text that reads back as `n`.)
 */
export function decimalOf(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`expected a finite number, found ${value}`);
  return parseDecimal(String(value)) as Decimal;
}

/** `a + b`, exactly. */
export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const scale = Math.max(a.scale, b.scale);
  return {
    units: a.units * 10n ** BigInt(scale - a.scale) + b.units * 10n ** BigInt(scale - b.scale),
    scale,
  };
}

export const DECIMAL_ZERO: Decimal = { units: 0n, scale: 0 };

/** The nearest JavaScript number, for display and JSON. */
export function decimalToNumber(d: Decimal): number {
  return Number(formatDecimal(d));
}

/** Plain decimal text without trailing zeros: `12.5`, `160`, `-0.25`. */
export function formatDecimal(d: Decimal): string {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  const whole = digits.slice(0, digits.length - d.scale);
  const fraction = digits.slice(digits.length - d.scale).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`;
}
