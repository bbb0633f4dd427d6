import { z } from 'zod';
import { fieldSchema, recordIssue } from './field-schema.ts';
import { timeField } from './fields.ts';
import { unsafeCharacter, unsafeTextMessage } from './plain-text.ts';

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
const Labels = z.record(Text(1_024).min(1), Text(65_536));

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
    generatorURL: Text(4_096).optional(),
    fingerprint: Text(128).min(1).optional(),
  })
  .superRefine((alert, context) => {
    if (alert.endsAt != null && alert.status === 'resolved' && alert.endsAt < alert.startsAt) {
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
  version: Text(16).optional(),
  groupKey: Text(4_096).optional(),
  truncatedAlerts: z.int().nonnegative().optional(),
  status: Status,
  receiver: Text(1_024).optional(),
  groupLabels: Labels.optional(),
  commonLabels: Labels.optional(),
  commonAnnotations: Labels.optional(),
  externalURL: Text(4_096).optional(),
  alerts: z.array(AlertmanagerAlert).max(MAX_ALERTS_PER_WEBHOOK),
});
export type AlertmanagerPayload = z.output<typeof AlertmanagerPayload>;
