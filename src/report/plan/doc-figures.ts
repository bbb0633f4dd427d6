import type { DocumentMoney } from '../../engine/plan/document/plan-document-schema.ts';

/** Document money for people: `1,234.50 EUR`; a dash for none. */
export function money(value: DocumentMoney | null | undefined): string {
  if (!value) return '–';
  const [whole = '', fraction] = value.amount.split('.');
  const sign = whole.startsWith('-') ? '-' : '';
  const grouped = whole.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${fraction === undefined ? '' : `.${fraction}`} ${value.currency}`;
}

/** Document money in whole units for headlines: `3,550,495 EUR`. */
export function roundMoney(value: DocumentMoney | null | undefined): string {
  if (!value) return '–';
  const rounded = Math.round(Number(value.amount));
  return money({ amount: String(rounded), currency: value.currency });
}

/** A signed change for people: `+140,000 EUR`, `-73,891 EUR`. */
export function signedMoney(value: DocumentMoney): string {
  const text = roundMoney(value);
  return text.startsWith('-') || text.startsWith('0 ') ? text : `+${text}`;
}

/**
 * A saving as the change it is (`+26 EUR` for a saving of -26 EUR): the summary's change column
 * reads target − today, a comparison of designs reads today − design (saving-positive).
 */
export function changeOfSaving(saving: DocumentMoney): DocumentMoney {
  const { amount, currency } = saving;
  if (/^-?0*(\.0*)?$/.test(amount)) return { amount: amount.replace('-', ''), currency };
  return { amount: amount.startsWith('-') ? amount.slice(1) : `-${amount}`, currency };
}

/** A signed change to the cent, as the body's tables show it: `+140,000.00 EUR`. */
export function signedExactMoney(value: DocumentMoney): string {
  const text = money(value);
  return text.startsWith('-') || /^0(\.0+)? /.test(text) ? text : `+${text}`;
}
