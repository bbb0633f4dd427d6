import { z } from 'zod';
import { WEEKDAYS } from '../vocabulary.ts';

/** A lowercase slug: names of every kind, and references to them. */
export const SLUG_PATTERN = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
export const Name = z
  .string()
  .regex(SLUG_PATTERN, 'expected a lowercase slug (a-z, 0-9 and inner "-", at most 63 characters)');

/** A reference to another document by its name. Resolved after all files are loaded. */
export const Ref = Name;

/** ISO 4217 code, e.g. EUR. */
export const Currency = z
  .string()
  .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code like EUR');

/** A non-negative amount in the currency's major unit (e.g. 12.50 EUR). */
export const Amount = z.number().nonnegative().finite();

export const Money = z.strictObject({ amount: Amount, currency: Currency });
export type Money = z.infer<typeof Money>;

/** A percentage such as 99.95. 100 is excluded: it leaves no error budget at all. */
export const Percent = z.number().gt(0).lt(100);

/** An IANA time zone such as Europe/Berlin, checked against the runtime's zone database. */
export const TimeZone = z
  .string()
  .refine(isTimeZone, 'expected an IANA time zone like Europe/Berlin');

/**
 * Zone names known to be valid, fixed when the module loads: checking a name against them is
 * far cheaper than building a formatter per person (a large organization has many thousands).
 * The runtime's canonical names leave out aliases in wide use (`UTC`, `Asia/Kolkata` under ICU's
 * `Asia/Calcutta`), so those are added once the runtime accepts them; any other name is checked
 * by a formatter, which accepts exactly the zones the runtime knows.
 */
const KNOWN_ZONES: ReadonlySet<string> = new Set([
  ...Intl.supportedValuesOf('timeZone'),
  ...[
    'UTC',
    'Etc/UTC',
    'GMT',
    'Asia/Kolkata',
    'Asia/Ho_Chi_Minh',
    'Asia/Kathmandu',
    'Asia/Yangon',
    'Europe/Kyiv',
    'America/Argentina/Buenos_Aires',
    'America/Nuuk',
    'Atlantic/Faroe',
    'Pacific/Kanton',
  ].filter(formatterAccepts),
]);

function isTimeZone(zone: string): boolean {
  return KNOWN_ZONES.has(zone) || formatterAccepts(zone);
}

function formatterAccepts(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A local time of day, 24-hour `HH:MM`. */
export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day as HH:MM, e.g. 09:00');

/** A duration such as `12h`, `1d` or `1w`. */
export const Duration = z
  .string()
  .regex(/^[1-9]\d{0,3}[hdw]$/, 'expected a duration like 12h, 1d or 1w');

/** A rotation handoff: weekday and local time, e.g. `Mon 09:00`. */
export const Handoff = z
  .string()
  .regex(
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\d|2[0-3]):[0-5]\d$/,
    'expected a weekday and time like "Mon 09:00"',
  );

export const Weekday = z.enum(WEEKDAYS);

/** Converts a Duration string to hours. */
export function durationHours(duration: string): number {
  const n = Number(duration.slice(0, -1));
  const unit = duration.at(-1);
  return unit === 'w' ? n * 168 : unit === 'd' ? n * 24 : n;
}
