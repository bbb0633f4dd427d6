import { DateTime } from 'luxon';
import { type EpochMillis, epochMillis } from '../model/index.ts';
import { parseIsoInstant } from '../model/records/iso-time.ts';

/**
 * A time a person writes for schedules: ISO 8601 with a zone (`2025-05-05T09:00:00+02:00`), a
 * local date-time (`2025-05-05T09:00`) or a date (`2025-05-05`), the last two read in `zone`.
 * Returns epoch milliseconds, or undefined when it is none of these.
 */
export function parseScheduleTime(text: string, zone: string): EpochMillis | undefined {
  const trimmed = text.trim();
  const instant = parseIsoInstant(trimmed);
  if (instant !== undefined) return epochMillis(instant);
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$/.test(trimmed)) return undefined;
  const local = DateTime.fromISO(trimmed.replace(' ', 'T'), { zone });
  return local.isValid ? epochMillis(local.toMillis()) : undefined;
}

/** Whether a time is a bare date (a whole day). */
export function isDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text.trim());
}

/** The start of the local day after a date, in a zone: the end of an inclusive `to` date. */
export function dayAfter(text: string, zone: string): EpochMillis | undefined {
  const day = DateTime.fromISO(text.trim(), { zone });
  return day.isValid ? epochMillis(day.plus({ days: 1 }).toMillis()) : undefined;
}
