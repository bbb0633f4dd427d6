/** Times in the budget engine are epoch seconds (UTC); these name the units once. */
export const MINUTE = 60;
export const HOUR = 3600;
export const DAY = 86_400;

/** `2025-03-01T00:00:00Z`: ISO 8601 in UTC, whole seconds shown without a fraction. */
export function isoOf(seconds: number): string {
  const text = new Date(seconds * 1000).toISOString();
  return text.endsWith('.000Z') ? `${text.slice(0, -5)}Z` : text;
}

/** `2025-03-01`: the UTC calendar day. */
export function dayOf(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** The start of the UTC calendar month `months` after the one containing `seconds`. */
export function monthStart(seconds: number, months = 0): number {
  const date = new Date(seconds * 1000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1) / 1000;
}

/** `2025-03`: the UTC calendar month. */
export function monthOf(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 7);
}
