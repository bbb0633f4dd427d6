/**
 * Times carry their unit in the type. Budgets, alerts, handover and KPIs count epoch seconds
 * (SLI samples and incidents are stamped in seconds, as Prometheus stamps them); schedules and
 * the server's clock count epoch milliseconds (as `Date` does); schedules place handoffs and
 * business hours in a zone's wall-clock time. Instants (`Epoch*`), lengths of time
 * (`Duration*`) and wall-clock times (`WallClockMillis`) are different types too: a number of
 * one kind is not accepted where another is expected, so a conversion is always written out,
 * here, once. The brands exist only for the compiler: at run time every value is a plain
 * number, and the helpers below are one arithmetic operation each.
 */
declare const unit: unique symbol;

/** Seconds since 1970-01-01T00:00:00Z. */
export type EpochSeconds = number & { readonly [unit]: 'epoch-seconds' };
/** Milliseconds since 1970-01-01T00:00:00Z, as `Date.getTime()` gives them. */
export type EpochMillis = number & { readonly [unit]: 'epoch-millis' };
/**
 * Local wall-clock time of a zone: the epoch milliseconds the same calendar fields would have
 * in UTC ("Mon 09:00 local" is the same wall time every week, whatever the zone's offset).
 * Not an instant: a zone's clock converts between the two (`ZoneClock.toWall` / `fromWall`).
 */
export type WallClockMillis = number & { readonly [unit]: 'wall-clock-millis' };
/** A length of time in seconds. */
export type DurationSeconds = number & { readonly [unit]: 'duration-seconds' };
/** A length of time in milliseconds. */
export type DurationMillis = number & { readonly [unit]: 'duration-millis' };
/**
 * A length of time in minutes: what KPIs report (MTTR, downtime) and what a week of coverage is
 * counted in (a minute of the week is the minutes since Monday 00:00, as a time of day is a
 * length after midnight).
 */
export type DurationMinutes = number & { readonly [unit]: 'duration-minutes' };
/**
 * A length of time in hours: what reports and pay count in, what MTBF is (§12.4.8) and what
 * Sloth's SLO periods and alert windows are read as.
 */
export type DurationHours = number & { readonly [unit]: 'duration-hours' };

/** A number known to be epoch seconds (read from a file, a query, a column). */
export const epochSeconds = (value: number): EpochSeconds => value as EpochSeconds;
/** A number known to be epoch milliseconds. */
export const epochMillis = (value: number): EpochMillis => value as EpochMillis;
export const durationSeconds = (value: number): DurationSeconds => value as DurationSeconds;
export const durationMillis = (value: number): DurationMillis => value as DurationMillis;
export const durationMinutes = (value: number): DurationMinutes => value as DurationMinutes;
export const durationHours = (value: number): DurationHours => value as DurationHours;
/** A number known to be a wall-clock time in milliseconds. */
export const wallClockMillis = (value: number): WallClockMillis => value as WallClockMillis;

// The helpers below write these as literals: they run millions of times while planning a year,
// and a literal costs nothing where a module constant is a load.
export const MINUTE_MS = durationMillis(60_000);
export const HOUR_MS = durationMillis(3_600_000);
export const DAY_MS = durationMillis(86_400_000);
/** A day and a week in minutes: coverage windows, sites' days and takeover times count in them. */
export const MINUTES_PER_DAY = durationMinutes(1440);
export const MINUTES_PER_WEEK = durationMinutes(7 * MINUTES_PER_DAY);

/** The epoch second a date falls in (milliseconds dropped). */
export function epochSecondsOf(date: Date): EpochSeconds {
  return epochSeconds(Math.floor(date.getTime() / 1000));
}

/** Epoch milliseconds as epoch seconds, fractions kept (e.g. a timestamp with milliseconds). */
export function secondsOfMillis(millis: EpochMillis): EpochSeconds {
  return epochSeconds(millis / 1000);
}

/** Epoch seconds as epoch milliseconds. */
export function millisOfSeconds(seconds: EpochSeconds): EpochMillis {
  return epochMillis(seconds * 1000);
}

/** The date of an epoch second. */
export function dateOfSeconds(seconds: EpochSeconds): Date {
  return new Date(seconds * 1000);
}

/** A point in time moved by a duration of the same unit. */
export function laterSeconds(at: EpochSeconds, by: DurationSeconds): EpochSeconds {
  return epochSeconds(at + by);
}

/** A point in time moved back by a duration of the same unit (`asOf` less one second). */
export function earlierSeconds(at: EpochSeconds, by: DurationSeconds): EpochSeconds {
  return epochSeconds(at - by);
}

/** A point in time moved by a duration of the same unit. */
export function laterMillis(at: EpochMillis, by: DurationMillis): EpochMillis {
  return epochMillis(at + by);
}

/** A wall-clock time moved by a duration. */
export function laterWall(at: WallClockMillis, by: DurationMillis): WallClockMillis {
  return wallClockMillis(at + by);
}

/** The time between two instants (negative when `to` is before `from`). */
export function millisBetween(from: EpochMillis, to: EpochMillis): DurationMillis {
  return durationMillis(to - from);
}

/** The time between two instants, in seconds. */
export function secondsBetween(from: EpochSeconds, to: EpochSeconds): DurationSeconds {
  return durationSeconds(to - from);
}

/** A duration in milliseconds as seconds, fractions kept. */
export function durationSecondsOfMillis(millis: DurationMillis): DurationSeconds {
  return durationSeconds(millis / 1000);
}

/** A duration in seconds as milliseconds. */
export function durationMillisOfSeconds(seconds: DurationSeconds): DurationMillis {
  return durationMillis(seconds * 1000);
}

/** A duration in seconds as (fractional) minutes. */
export function minutesOfSeconds(seconds: DurationSeconds): DurationMinutes {
  return durationMinutes(seconds / 60);
}

/** `minutes` minutes as milliseconds (a time of day, an offset, a cut of the day). */
export function millisOfMinutes(minutes: number): DurationMillis {
  return durationMillis(minutes * 60_000);
}

/** `hours` hours as milliseconds. */
export function millisOfHours(hours: number): DurationMillis {
  return durationMillis(hours * 3_600_000);
}

/** A duration in milliseconds as (fractional) hours, the unit reports and pay count in. */
export function hoursOfMillis(millis: DurationMillis): DurationHours {
  return durationHours(millis / 3_600_000);
}

/** A duration in seconds as (fractional) hours. */
export function hoursOfSeconds(seconds: DurationSeconds): DurationHours {
  return durationHours(seconds / 3600);
}

/** The wall-clock time of an instant in a zone `offsetMinutes` ahead of UTC. */
export function wallAtOffset(instant: EpochMillis, offsetMinutes: number): WallClockMillis {
  return wallClockMillis(instant + offsetMinutes * 60_000);
}

/** The instant a wall-clock time is in a zone `offsetMinutes` ahead of UTC. */
export function instantAtOffset(wall: WallClockMillis, offsetMinutes: number): EpochMillis {
  return epochMillis(wall - offsetMinutes * 60_000);
}

/** The local day of a wall-clock time: whole days since 1970-01-01 on the zone's calendar. */
export function wallDay(wall: WallClockMillis): number {
  return Math.floor(wall / 86_400_000);
}

/** The wall-clock time a local day starts at (its midnight), plus a time of day. */
export function wallOfDay(
  day: number,
  timeOfDay: DurationMillis = 0 as DurationMillis,
): WallClockMillis {
  return wallClockMillis(day * 86_400_000 + timeOfDay);
}

/**
 * Epoch milliseconds in a `Float64Array`: reading an element gives `EpochMillis`, writing one
 * needs them. Schedules keep a million shift starts and ends as numbers in typed arrays (quicker
 * to search and merge than objects); this is the same array with its unit in the type.
 */
export interface EpochMillisArray extends Float64Array<ArrayBuffer> {
  [index: number]: EpochMillis;
}

/** A new array of `length` epoch milliseconds, all 0. */
export function epochMillisArray(length: number): EpochMillisArray {
  return new Float64Array(length) as EpochMillisArray;
}

/**
 * Epoch seconds in a `Uint32Array`: an SLI series keeps the times of its samples so (whole
 * seconds, four bytes each, until 2106), and budgets and burn rates search and scan them in
 * tight loops. Reading an element gives `EpochSeconds`, writing one needs them.
 */
export interface EpochSecondsArray extends Uint32Array<ArrayBuffer> {
  [index: number]: EpochSeconds;
}

/** A new array of `length` epoch seconds, all 0. */
export function epochSecondsArray(length: number): EpochSecondsArray {
  return new Uint32Array(length) as EpochSecondsArray;
}

/** An array known to hold epoch seconds (read from a file, a column, a copy): the same array. */
export function epochSecondsArrayOf(array: Uint32Array<ArrayBuffer>): EpochSecondsArray {
  return array as EpochSecondsArray;
}
