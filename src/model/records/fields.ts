import { type EpochSeconds, epochSeconds, secondsOfMillis } from '../concepts/time-units.ts';
import type { ProblemCode } from '../problem.ts';
import { parseIsoInstant } from './iso-time.ts';
import { unsafeCharacter, unsafeTextMessage } from './plain-text.ts';

/**
 * Parsers for the fields of data records (incidents, SLI samples), whether they come from a CSV
 * cell, a JSON file or an HTTP body: a value, or a message saying what was expected. The record
 * schemas (src/model/records) are built from them, so every edge reads a field the same way.
 */
export type FieldResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly missing: boolean;
      readonly message: string;
      /** The problem code when it is not `missing-field` or `invalid-value`. */
      readonly code?: ProblemCode;
    };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const bad = (message: string, missing = false, code?: ProblemCode): FieldResult<never> => ({
  ok: false,
  missing,
  message,
  ...(code ? { code } : {}),
});

/**
 * The most events one sample may count. Far above any real request rate (10^15 events is a
 * billion requests a second for twelve days), and low enough that sums over a year of samples
 * stay exact to the event and never overflow to infinity.
 */
export const MAX_EVENTS = 1e15;
/** The largest share of a period's budget one incident may say it consumed (a million budgets). */
export const MAX_SHARE = 1e6;
/** The longest name or id, in characters. */
export const MAX_NAME_LENGTH = 200;

const show = (value: unknown) =>
  typeof value === 'string'
    ? `"${value.length > 60 ? `${value.slice(0, 57)}...` : value}"`
    : typeof value === 'object' && value !== null
      ? Array.isArray(value)
        ? 'a list'
        : 'an object'
      : String(value);
const isAbsent = (value: unknown) => value === undefined || value === null || value === '';

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Epoch seconds a Uint32 can hold: until 2106-02-07. */
const MAX_SECONDS = 2 ** 32 - 1;

/** A number from JSON or from CSV text (plain decimal notation only). */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && DECIMAL.test(value)) return Number(value);
  return undefined;
}

/**
 * A time as epoch seconds: ISO 8601 with a zone in any of its forms (`2025-03-01T10:00:00Z`,
 * `+01:00`, `+0100`, `+01`, basic `20250301T100000Z`; see iso-time.ts) or Unix seconds. A time
 * without a zone is refused: it would mean a different instant on every machine.
 */
export function timeField(
  field: string,
  value: unknown,
  wholeSeconds: boolean,
): FieldResult<EpochSeconds> {
  if (isAbsent(value)) return bad(`expected ${field}, found nothing`, true);
  let seconds: number | undefined;
  const ms = typeof value === 'string' ? parseIsoInstant(value.trim()) : undefined;
  if (ms !== undefined) {
    seconds = secondsOfMillis(ms);
  } else {
    const n = numberOf(value);
    if (n !== undefined) {
      if (n > 1e11) {
        return bad(
          `expected ${field} in Unix seconds, found ${show(value)} (milliseconds? divide by 1000)`,
        );
      }
      seconds = n;
    }
  }
  if (seconds === undefined) {
    return bad(
      `expected ${field} as an ISO 8601 time with a zone (2025-03-01T10:00:00Z) or Unix seconds, found ${show(value)}`,
    );
  }
  if (seconds < 0 || seconds > MAX_SECONDS) {
    return bad(`expected ${field} between 1970 and 2106, found ${show(value)}`);
  }
  if (wholeSeconds && !Number.isInteger(seconds)) {
    return bad(`expected ${field} in whole seconds, found ${show(value)}`);
  }
  return ok(epochSeconds(seconds));
}

/** An optional time: absent is null. */
export function optionalTimeField(field: string, value: unknown): FieldResult<EpochSeconds | null> {
  return isAbsent(value) ? ok(null) : timeField(field, value, false);
}

/** A count of events: a finite number ≥ 0 (not necessarily whole: rates × seconds). */
export function countField(field: string, value: unknown): FieldResult<number> {
  if (isAbsent(value)) return bad(`expected ${field}, found nothing`, true);
  const n = numberOf(value);
  if (n === undefined || n < 0) {
    return bad(`expected ${field} to be a number of events ≥ 0, found ${show(value)}`);
  }
  if (n > MAX_EVENTS) {
    return bad(`expected ${field} to be at most ${MAX_EVENTS} events, found ${show(value)}`);
  }
  return ok(n);
}

/** A non-empty name without surrounding spaces. */
export function nameField(field: string, value: unknown): FieldResult<string> {
  if (isAbsent(value)) return bad(`expected ${field}, found nothing`, true);
  if (typeof value !== 'string' || value.trim() !== value) {
    return bad(`expected ${field} to be a name, found ${show(value)}`);
  }
  if (value.length > MAX_NAME_LENGTH) {
    return bad(`expected ${field} of at most ${MAX_NAME_LENGTH} characters, found ${value.length}`);
  }
  const unsafe = unsafeCharacter(value);
  if (unsafe) return bad(`${field}: ${unsafeTextMessage(unsafe)}`, false, 'not-text');
  return ok(value);
}

/** An id: a name, or a whole number (exports often number their incidents). */
export function idField(field: string, value: unknown): FieldResult<string> {
  return nameField(
    field,
    typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value,
  );
}

const TRUE: ReadonlySet<string> = new Set(['true', 'yes', 'y', '1']);
const FALSE: ReadonlySet<string> = new Set(['false', 'no', 'n', '0']);

/** A boolean: JSON true/false, or true/false, yes/no, 1/0 in any case. */
export function booleanField(field: string, value: unknown): FieldResult<boolean> {
  if (isAbsent(value)) return bad(`expected ${field} (true or false), found nothing`, true);
  if (typeof value === 'boolean') return ok(value);
  const text =
    typeof value === 'string'
      ? value.toLowerCase()
      : typeof value === 'number'
        ? String(value)
        : '';
  if (TRUE.has(text)) return ok(true);
  if (FALSE.has(text)) return ok(false);
  return bad(`expected ${field} to be true or false, found ${show(value)}`);
}

/** A share such as 0.25 or `25%`; absent is null. */
export function optionalShareField(field: string, value: unknown): FieldResult<number | null> {
  if (isAbsent(value)) return ok(null);
  const percent = typeof value === 'string' && value.endsWith('%');
  const n = numberOf(percent ? (value as string).slice(0, -1) : value);
  const share = n === undefined ? undefined : percent ? n / 100 : n;
  if (share === undefined || share < 0 || share > MAX_SHARE) {
    return bad(`expected ${field} as a share of the budget like 0.25 or 25%, found ${show(value)}`);
  }
  return ok(share);
}
