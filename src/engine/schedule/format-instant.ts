import { DateTime } from 'luxon';

/**
 * An instant as ISO 8601 with the offset of `zone`, to the second (`2025-03-31T09:00:00+02:00`),
 * the form every output and message uses. UTC prints as `Z`.
 */
export function formatInstant(instant: number, zone = 'UTC'): string {
  return (
    DateTime.fromMillis(instant, { zone }).toISO({ suppressMilliseconds: true }) ??
    new Date(instant).toISOString()
  );
}

/** `from A to B`, both in one zone. */
export function formatSpan(interval: { start: number; end: number }, zone = 'UTC'): string {
  return `from ${formatInstant(interval.start, zone)} to ${formatInstant(interval.end, zone)}`;
}
