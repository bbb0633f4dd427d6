import { DateTime } from 'luxon';
import { epochMillis } from '../../model/index.ts';
import type { TimeInterval } from './intervals.ts';

/** A calendar month, e.g. `2026-03`. */
export interface Month {
  readonly year: number;
  readonly month: number;
}

/** Reads `YYYY-MM`; undefined for anything else (`2026-3`, `2026-13`, `March`). */
export function parseMonth(text: string): Month | undefined {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (!match) return undefined;
  return { year: Number(match[1]), month: Number(match[2]) };
}

export function formatMonth(m: Month): string {
  return `${m.year}-${String(m.month).padStart(2, '0')}`;
}

/** The month as real time, from local midnight on the 1st to local midnight on the next 1st. */
export function monthInterval(m: Month, zone: string): TimeInterval {
  const start = DateTime.fromObject({ year: m.year, month: m.month, day: 1 }, { zone });
  if (!start.isValid) throw new RangeError(`unknown time zone "${zone}"`);
  return {
    startMs: epochMillis(start.toMillis()),
    endMs: epochMillis(start.plus({ months: 1 }).toMillis()),
  };
}

/** The month an instant falls in, in UTC: how the CLI turns "now" into a default month. */
export function monthOf(date: Date): Month {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}
