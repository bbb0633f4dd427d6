/**
 * Times carry their unit in the type. Budgets, alerts, handover and KPIs count epoch seconds
 * (SLI samples and incidents are stamped in seconds, as Prometheus stamps them); schedules and
 * the server's clock count epoch milliseconds (as `Date` does). A number of one unit is not
 * accepted where the other is expected, so a conversion is always written out, here, once.
 * The brands exist only for the compiler: at run time every value is a plain number.
 */
declare const unit: unique symbol;

/** Seconds since 1970-01-01T00:00:00Z. */
export type EpochSeconds = number & { readonly [unit]: 'epoch-seconds' };
/** Milliseconds since 1970-01-01T00:00:00Z, as `Date.getTime()` gives them. */
export type EpochMillis = number & { readonly [unit]: 'epoch-millis' };
/** A length of time in seconds. */
export type DurationSeconds = number & { readonly [unit]: 'duration-seconds' };
/** A length of time in milliseconds. */
export type DurationMillis = number & { readonly [unit]: 'duration-millis' };

/** A number known to be epoch seconds (read from a file, a query, a column). */
export const epochSeconds = (value: number): EpochSeconds => value as EpochSeconds;
/** A number known to be epoch milliseconds. */
export const epochMillis = (value: number): EpochMillis => value as EpochMillis;
export const durationSeconds = (value: number): DurationSeconds => value as DurationSeconds;
export const durationMillis = (value: number): DurationMillis => value as DurationMillis;

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

/** A point in time moved by a duration of the same unit. */
export function laterMillis(at: EpochMillis, by: DurationMillis): EpochMillis {
  return epochMillis(at + by);
}
