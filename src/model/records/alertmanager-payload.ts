import { z } from 'zod';
import type { EpochSeconds } from '../concepts/time-units.ts';
import { fieldSchema, recordIssue } from './field-schema.ts';
import { timeField } from './fields.ts';
import { unsafeCharacter, unsafeTextMessage } from './plain-text.ts';

/** The longest text each field takes, in UTF-16 code units (the schema and the fast path). */
const MAX = {
  version: 16,
  groupKey: 4_096,
  receiver: 1_024,
  externalURL: 4_096,
  labelName: 1_024,
  labelValue: 65_536,
  generatorURL: 4_096,
  fingerprint: 128,
} as const;

/** Text an alert may carry: anything printable, line breaks included (annotations are prose). */
const Text = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((text, context) => {
      const unsafe = unsafeCharacter(text);
      if (unsafe) {
        context.addIssue({
          code: 'custom',
          message: unsafeTextMessage(unsafe),
          params: { problemCode: 'not-text' },
        });
      }
    });

const Status = z.enum(['firing', 'resolved']);
const Labels = z.record(Text(MAX.labelName).min(1), Text(MAX.labelValue));

/** Alertmanager writes "no end" as Go's zero time. */
const ZERO_TIME = /^0001-01-01T00:00:00(\.0+)?Z$/;

const AlertTime = (field: string) =>
  fieldSchema((v) => timeField(field, v, false), {
    type: 'string',
    description: 'RFC 3339, as Alertmanager writes it (nanoseconds and offsets included)',
  });

/**
 * One alert of an Alertmanager webhook; older senders omit `status`, `fingerprint` and
 * `generatorURL`. `startsAt` and `endsAt` come out as epoch seconds, so the same instant
 * written two ways is one alert; `endsAt` is null for Go's zero time (no end) and when absent.
 */
export const AlertmanagerAlert = z
  .looseObject({
    status: Status.optional(),
    labels: Labels,
    annotations: Labels.optional(),
    startsAt: AlertTime('startsAt'),
    endsAt: z
      .union([
        z
          .string()
          .regex(ZERO_TIME)
          .transform(() => null),
        AlertTime('endsAt'),
      ])
      .optional(),
    generatorURL: Text(MAX.generatorURL).optional(),
    fingerprint: Text(MAX.fingerprint).min(1).optional(),
  })
  .superRefine((alert, context) => {
    if (endsBeforeStart(alert)) {
      recordIssue(context, 'endsAt', 'expected endsAt at or after startsAt');
    }
  });

/** The most alerts one webhook call may carry: set Alertmanager's `max_alerts` to this or less. */
export const MAX_ALERTS_PER_WEBHOOK = 10_000;

/**
 * The Alertmanager webhook body (format version 4). Unknown fields are ignored, not errors:
 * Grafana and newer Alertmanagers send more than the documented ones.
 */
export const AlertmanagerPayload = z.looseObject({
  version: Text(MAX.version).optional(),
  groupKey: Text(MAX.groupKey).optional(),
  truncatedAlerts: z.int().nonnegative().optional(),
  status: Status,
  receiver: Text(MAX.receiver).optional(),
  groupLabels: Labels.optional(),
  commonLabels: Labels.optional(),
  commonAnnotations: Labels.optional(),
  externalURL: Text(MAX.externalURL).optional(),
  alerts: z.array(AlertmanagerAlert).max(MAX_ALERTS_PER_WEBHOOK),
});
export type AlertmanagerPayload = z.output<typeof AlertmanagerPayload>;

/** A resolved alert may not end before it started (Alertmanager never sends that). */
function endsBeforeStart(alert: {
  readonly status?: string | undefined;
  readonly startsAt: EpochSeconds;
  readonly endsAt?: EpochSeconds | null | undefined;
}): boolean {
  return alert.endsAt != null && alert.status === 'resolved' && alert.endsAt < alert.startsAt;
}

type Alert = z.output<typeof AlertmanagerAlert>;

const PAYLOAD_KEYS: ReadonlySet<string> = new Set(Object.keys(AlertmanagerPayload.shape));
const ALERT_KEYS: ReadonlySet<string> = new Set(Object.keys(AlertmanagerAlert.shape));

/**
 * What `AlertmanagerPayload` makes of `data` when it is a valid webhook body in the shape
 * Alertmanager sends, worked out without the schema, whose records of checked text cost 5–10×
 * the JSON parse of the same body (the largest share of intake's CPU on the request thread);
 * undefined for anything else, every invalid body included, which the schema then reads and
 * reports with its located problems. Same output, key for key and in the same order:
 * `alertmanager-payload.test.ts` compares the two on random bodies.
 */
export function fastAlertmanagerPayload(
  data: unknown,
  /**
   * True when no string in `data` holds an unsafe character (the caller made sure of it, e.g.
   * with `findUnsafeText` or `jsonMayHoldUnsafeText`), so no text is searched for one again.
   */
  plainText = false,
): AlertmanagerPayload | undefined {
  if (!isPlain(data)) return undefined;
  const isText = plainText ? isShortText : isSafeShortText;
  if (data.status !== 'firing' && data.status !== 'resolved') return undefined;
  const alertsIn = data.alerts;
  if (!Array.isArray(alertsIn) || alertsIn.length > MAX_ALERTS_PER_WEBHOOK) return undefined;
  const out: Record<string, unknown> = {};
  if (!optionalText(data, 'version', MAX.version, out, isText)) return undefined;
  if (!optionalText(data, 'groupKey', MAX.groupKey, out, isText)) return undefined;
  if ('truncatedAlerts' in data) {
    const n = data.truncatedAlerts;
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) return undefined;
    out.truncatedAlerts = n;
  }
  out.status = data.status;
  if (!optionalText(data, 'receiver', MAX.receiver, out, isText)) return undefined;
  for (const key of ['groupLabels', 'commonLabels', 'commonAnnotations'] as const) {
    if (!(key in data)) continue;
    const labels = labelsOf(data[key], isText);
    if (!labels) return undefined;
    out[key] = labels;
  }
  if (!optionalText(data, 'externalURL', MAX.externalURL, out, isText)) return undefined;
  const alerts: Alert[] = new Array(alertsIn.length);
  for (let i = 0; i < alertsIn.length; i++) {
    const alert = alertOf(alertsIn[i], isText);
    if (!alert) return undefined;
    alerts[i] = alert;
  }
  out.alerts = alerts;
  copyOthers(data, PAYLOAD_KEYS, out);
  return out as AlertmanagerPayload;
}

/** Whether a value is text of at most `max` characters that the schema takes. */
type IsText = (value: unknown, max: number) => value is string;

function alertOf(data: unknown, isText: IsText): Alert | undefined {
  if (!isPlain(data)) return undefined;
  const out: Record<string, unknown> = {};
  if ('status' in data) {
    if (data.status !== 'firing' && data.status !== 'resolved') return undefined;
    out.status = data.status;
  }
  const labels = labelsOf(data.labels, isText);
  if (!labels) return undefined;
  out.labels = labels;
  if ('annotations' in data) {
    const annotations = labelsOf(data.annotations, isText);
    if (!annotations) return undefined;
    out.annotations = annotations;
  }
  const startsAt = timeField('startsAt', data.startsAt, false);
  if (!startsAt.ok) return undefined;
  out.startsAt = startsAt.value;
  if ('endsAt' in data) {
    const endsAt = data.endsAt;
    if (typeof endsAt !== 'string') return undefined;
    if (ZERO_TIME.test(endsAt)) out.endsAt = null;
    else {
      const time = timeField('endsAt', endsAt, false);
      if (!time.ok) return undefined;
      out.endsAt = time.value;
    }
  }
  if (!optionalText(data, 'generatorURL', MAX.generatorURL, out, isText)) return undefined;
  if ('fingerprint' in data && data.fingerprint === '') return undefined;
  if (!optionalText(data, 'fingerprint', MAX.fingerprint, out, isText)) return undefined;
  copyOthers(data, ALERT_KEYS, out);
  const alert = out as Alert;
  return endsBeforeStart(alert) ? undefined : alert;
}

/** A record of plain text by non-empty plain text, copied in its order; undefined if not. */
function labelsOf(data: unknown, isText: IsText): Record<string, string> | undefined {
  if (!isPlain(data)) return undefined;
  const out: Record<string, string> = {};
  for (const key of Object.keys(data)) {
    const value = data[key];
    if (key === '__proto__' || !isText(key, MAX.labelName) || key.length === 0) return undefined;
    if (!isText(value, MAX.labelValue)) return undefined;
    out[key] = value;
  }
  return out;
}

/** Copies text field `key` when present; false when present and not text the schema takes. */
function optionalText(
  data: Record<string, unknown>,
  key: string,
  max: number,
  out: Record<string, unknown>,
  isText: IsText,
): boolean {
  if (!(key in data)) return true;
  const value = data[key];
  if (!isText(value, max)) return false;
  out[key] = value;
  return true;
}

function isSafeShortText(value: unknown, max: number): value is string {
  return isShortText(value, max) && unsafeCharacter(value) === undefined;
}

/** `isSafeShortText` for a value known to hold no unsafe character. */
function isShortText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** A loose object's other keys, kept as given (the schema passes them through). */
function copyOthers(
  data: Record<string, unknown>,
  known: ReadonlySet<string>,
  out: Record<string, unknown>,
): void {
  for (const key in data) {
    if (known.has(key) || key === '__proto__') continue;
    out[key] = data[key];
  }
}

/** An object as JSON.parse makes it: the only kind the fast path reads. */
function isPlain(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}
