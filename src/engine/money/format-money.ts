import { minorDigits } from './minor-digits.ts';
import type { Money } from './money.ts';

/** The amount in major units as a plain decimal string: `"1234.50"`, `"-0.07"`, `"300"` (JPY). */
export function formatMoney(value: Money): string {
  const digits = minorDigits(value.currency);
  const negative = value.minor < 0;
  const text = String(Math.abs(value.minor)).padStart(digits + 1, '0');
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits);
  return `${negative ? '-' : ''}${whole}${digits > 0 ? `.${fraction}` : ''}`;
}

/** For people: `"1,234.50 EUR"`. Thousands are grouped; the figure always names its currency. */
export function displayMoney(value: Money): string {
  const [whole = '', fraction] = formatMoney(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}${fraction === undefined ? '' : `.${fraction}`} ${value.currency}`;
}

/** The JSON shape of money in every command: `{"amount": "1234.50", "currency": "EUR"}`. */
export interface MoneyJson {
  readonly amount: string;
  readonly currency: string;
}

export function moneyJson(value: Money): MoneyJson {
  return { amount: formatMoney(value), currency: value.currency };
}
