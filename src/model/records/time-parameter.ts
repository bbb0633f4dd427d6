import { z } from 'zod';
import { type EpochMillis, type EpochSeconds, epochMillis } from '../concepts/time-units.ts';
import { parseIsoInstant } from './iso-time.ts';

/** A calendar date, checked day by day: 2026-02-30 is no date (Date.parse makes it March 2). */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch milliseconds of a date (midnight UTC) or an ISO 8601 time with a zone; else undefined. */
export function parseTimeParameter(text: string): EpochMillis | undefined {
  const trimmed = text.trim();
  const date = DATE.exec(trimmed);
  if (date) {
    const [year, month, day] = date.slice(1).map(Number) as [number, number, number];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    const real =
      back.getUTCFullYear() === year &&
      back.getUTCMonth() === month - 1 &&
      back.getUTCDate() === day;
    return real ? epochMillis(ms) : undefined;
  }
  return parseIsoInstant(trimmed);
}

/**
 * A time a person passes as a parameter (`?at=`, `?from=`, `--at`): a date (midnight UTC) or
 * an ISO 8601 time with a zone, strictly on the calendar. The same schema at the CLI and over
 * HTTP; comes out as epoch milliseconds.
 */
export const TimeParameterSchema = z
  .string()
  .max(64)
  .transform((text, context): EpochMillis => {
    const ms = parseTimeParameter(text);
    if (ms !== undefined) return ms;
    context.addIssue({
      code: 'custom',
      message: `expected a date like 2025-07-01 or a time with a zone like 2025-07-01T00:00:00Z, found "${text.length > 40 ? `${text.slice(0, 37)}...` : text}"`,
      params: { problemCode: 'invalid-value' },
    });
    return z.NEVER;
  })
  .meta({
    type: 'string',
    description: 'A date (midnight UTC) like 2025-07-01, or an ISO 8601 time with a zone',
  });

/** An ISO 8601 UTC text of epoch seconds, as the store keeps times: one spelling per instant. */
export function isoOfSeconds(seconds: EpochSeconds): string {
  return new Date(Math.round(seconds * 1000)).toISOString();
}
