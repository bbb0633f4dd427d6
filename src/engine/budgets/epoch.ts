import {
  dateOfSeconds,
  durationSeconds,
  type EpochSeconds,
  epochSeconds,
} from '../../model/index.ts';

/** Times in the budget engine are epoch seconds (UTC); these name the lengths once. */
export const MINUTE = durationSeconds(60);
export const HOUR = durationSeconds(3600);
export const DAY = durationSeconds(86_400);

/** `2025-03-01T00:00:00Z`: ISO 8601 in UTC, whole seconds shown without a fraction. */
export function isoOf(seconds: EpochSeconds): string {
  const text = dateOfSeconds(seconds).toISOString();
  return text.endsWith('.000Z') ? `${text.slice(0, -5)}Z` : text;
}

/** `2025-03-01`: the UTC calendar day. */
export function dayOf(seconds: EpochSeconds): string {
  return dateOfSeconds(seconds).toISOString().slice(0, 10);
}

/** The start of the UTC calendar month `months` after the one containing `seconds`. */
export function monthStart(seconds: EpochSeconds, months = 0): EpochSeconds {
  const date = dateOfSeconds(seconds);
  return epochSeconds(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1) / 1000);
}

/** `2025-03`: the UTC calendar month. */
export function monthOf(seconds: EpochSeconds): string {
  return dateOfSeconds(seconds).toISOString().slice(0, 7);
}
