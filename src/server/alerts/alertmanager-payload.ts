import { z } from 'zod';

/** RFC 3339, as Alertmanager writes times (nanoseconds and offsets included). */
export const Rfc3339 = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$/,
    'expected an RFC 3339 time like 2025-03-01T10:00:00Z',
  )
  .refine(
    (s) => !Number.isNaN(Date.parse(s.replace(/(\.\d{3})\d+/, '$1'))),
    'expected a real date',
  );

const Status = z.enum(['firing', 'resolved']);
const Labels = z.record(z.string(), z.string());

/** One alert; older senders omit `status`, `fingerprint` and `generatorURL`. */
export const AlertmanagerAlert = z.looseObject({
  status: Status.optional(),
  labels: Labels,
  annotations: Labels.optional(),
  startsAt: Rfc3339,
  endsAt: z.string().max(64).optional(),
  generatorURL: z.string().max(4_096).optional(),
  fingerprint: z.string().min(1).max(128).optional(),
});

/**
 * The Alertmanager webhook body (format version 4). Unknown fields are ignored, not errors:
 * Grafana and newer Alertmanagers send more than the documented ones.
 */
export const AlertmanagerPayload = z.looseObject({
  version: z.string().max(16).optional(),
  groupKey: z.string().max(4_096).optional(),
  truncatedAlerts: z.int().nonnegative().optional(),
  status: Status,
  receiver: z.string().optional(),
  groupLabels: Labels.optional(),
  commonLabels: Labels.optional(),
  commonAnnotations: Labels.optional(),
  externalURL: z.string().optional(),
  alerts: z.array(AlertmanagerAlert).max(10_000),
});
export type AlertmanagerPayload = z.infer<typeof AlertmanagerPayload>;
