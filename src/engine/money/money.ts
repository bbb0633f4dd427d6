import { minorDigits } from './minor-digits.ts';

/**
 * An exact amount of money: an integer count of the currency's minor unit (cents for EUR).
 * Never a binary fraction; every operation that could produce a fraction of a cent rounds
 * half to even, once, at the end (see round-half-even.ts).
 */
export interface Money {
  readonly minor: number;
  readonly currency: string;
}

/** A currency mix-up is a bug in the caller: amounts in different currencies never add. */
export class CurrencyMismatchError extends Error {
  constructor(a: string, b: string) {
    super(`cannot combine ${a} with ${b}`);
    this.name = 'CurrencyMismatchError';
  }
}

/** Money from a count of minor units, e.g. `money(123450, 'EUR')` is 1234.50 EUR. */
export function money(minor: number | bigint, currency: string): Money {
  const value = typeof minor === 'bigint' ? Number(minor) : minor;
  if (!Number.isSafeInteger(value) || (typeof minor === 'bigint' && BigInt(value) !== minor)) {
    throw new RangeError(`expected a whole number of minor units, found ${String(minor)}`);
  }
  // Normalize -0 so that formatting and equality never see it.
  return Object.freeze({ minor: value === 0 ? 0 : value, currency });
}

export function zero(currency: string): Money {
  return money(0, currency);
}

function same(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

export function addMoney(a: Money, b: Money): Money {
  same(a, b);
  return money(a.minor + b.minor, a.currency);
}

export function subtractMoney(a: Money, b: Money): Money {
  same(a, b);
  return money(a.minor - b.minor, a.currency);
}

/** The sum of amounts, all in `currency` (which also names the currency of an empty sum). */
export function sumMoney(amounts: readonly Money[], currency: string): Money {
  return amounts.reduce(addMoney, zero(currency));
}

export function compareMoney(a: Money, b: Money): number {
  same(a, b);
  return a.minor - b.minor;
}

/** How many minor units make one major unit: 100 for EUR, 1 for JPY. */
export function minorPerMajor(currency: string): bigint {
  return 10n ** BigInt(minorDigits(currency));
}
