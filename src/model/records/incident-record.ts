import { z } from 'zod';
import { FIELD_JSON, fieldSchema, orNull, recordIssue } from './field-schema.ts';
import {
  booleanField,
  idField,
  nameField,
  optionalShareField,
  optionalTimeField,
  timeField,
} from './fields.ts';

/**
 * One incident (`id, service, startedAt, detectedAt, resolvedAt, customerVisible`, optionally
 * `budgetConsumed`; DESIGN.md), as a CSV row, a JSON record or an item of `POST
 * /api/v1/incidents`: the one definition. `customerVisible` is required everywhere (never a
 * silent false); `detectedAt` and `resolvedAt` may be absent (not known; still open) but never
 * before `startedAt`. Times come out as epoch seconds.
 */
export const IncidentRecordSchema = z
  .strictObject({
    id: fieldSchema((v) => idField('id', v), FIELD_JSON.id),
    service: fieldSchema((v) => nameField('service', v), FIELD_JSON.name),
    startedAt: fieldSchema((v) => timeField('startedAt', v, false), FIELD_JSON.time),
    detectedAt: fieldSchema(
      (v) => optionalTimeField('detectedAt', v),
      orNull(FIELD_JSON.time),
    ).optional(),
    resolvedAt: fieldSchema(
      (v) => optionalTimeField('resolvedAt', v),
      orNull(FIELD_JSON.time),
    ).optional(),
    customerVisible: fieldSchema((v) => booleanField('customerVisible', v), FIELD_JSON.boolean),
    budgetConsumed: fieldSchema(
      (v) => optionalShareField('budgetConsumed', v),
      FIELD_JSON.share,
    ).optional(),
  })
  .transform((incident) => ({
    ...incident,
    detectedAt: incident.detectedAt ?? null,
    resolvedAt: incident.resolvedAt ?? null,
    budgetConsumed: incident.budgetConsumed ?? null,
  }))
  .superRefine((incident, context) => {
    for (const field of ['detectedAt', 'resolvedAt'] as const) {
      const at = incident[field];
      if (at !== null && at < incident.startedAt) {
        recordIssue(context, field, `expected ${field} at or after startedAt`);
      }
    }
  });
export type IncidentRecord = z.output<typeof IncidentRecordSchema>;
