import { parseIsoInstant } from './iso-time.ts';

/** Parsers for the fields of data records: a value, or a message saying what was expected. */
export type FieldResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly missing: boolean; readonly message: string };

const ok = <T>(value: T): FieldResult<T> => ({ ok: true, value });
const bad = (message: string, missing = false): FieldResult<never> => ({
  ok: false,
  missing,
  message,
});

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
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
): FieldResult<number> {
  if (isAbsent(value)) return bad(`expected ${field}, found nothing`, true);
  let seconds: number | undefined;
  const ms = typeof value === 'string' ? parseIsoInstant(value.trim()) : undefined;
  if (ms !== undefined) {
    seconds = ms / 1000;
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
  return ok(seconds);
}

/** An optional time: absent is null. */
export function optionalTimeField(field: string, value: unknown): FieldResult<number | null> {
  return isAbsent(value) ? ok(null) : timeField(field, value, false);
}

/** A count of events: a finite number ≥ 0 (not necessarily whole: rates × seconds). */
export function countField(field: string, value: unknown): FieldResult<number> {
  if (isAbsent(value)) return bad(`expected ${field}, found nothing`, true);
  const n = numberOf(value);
  if (n === undefined || n < 0) {
    return bad(`expected ${field} to be a number of events ≥ 0, found ${show(value)}`);
  }
  return ok(n);
}

/** A non-empty name without surrounding spaces. */
export function nameField(field: string, value: unknown): FieldResult<string> {
  if (isAbsent(value)) return bad(`expected ${field}, found nothing`, true);
  if (typeof value !== 'string' || value.trim() !== value) {
    return bad(`expected ${field} to be a name, found ${show(value)}`);
  }
  return ok(value);
}

const TRUE = new Set(['true', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'no', 'n', '0']);

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
  if (n === undefined || n < 0) {
    return bad(`expected ${field} as a share of the budget like 0.25 or 25%, found ${show(value)}`);
  }
  return ok(percent ? n / 100 : n);
}
