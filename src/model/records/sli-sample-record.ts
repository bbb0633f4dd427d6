import { z } from 'zod';
import { FIELD_JSON, fieldSchema, recordIssue } from './field-schema.ts';
import { countField, nameField, timeField } from './fields.ts';

/**
 * One SLI sample (`service, timestamp, good, total`, DESIGN.md), as a CSV row, a JSON record or
 * an item of `POST /api/v1/sli-samples`: the one definition. The timestamp is Unix seconds
 * (whole) or ISO 8601 with a zone in any form, and comes out as epoch seconds, so two ways of
 * writing one instant are one sample. Counts are finite, at least 0 and at most MAX_EVENTS.
 */
export const SliSampleRecordSchema = z
  .strictObject({
    service: fieldSchema((v) => nameField('service', v), FIELD_JSON.name),
    timestamp: fieldSchema((v) => timeField('timestamp', v, true), FIELD_JSON.time),
    good: fieldSchema((v) => countField('good', v), FIELD_JSON.count),
    total: fieldSchema((v) => countField('total', v), FIELD_JSON.count),
  })
  .superRefine((sample, context) => {
    if (sample.good > sample.total) {
      recordIssue(
        context,
        'good',
        `expected good (${sample.good}) to be at most total (${sample.total})`,
      );
    }
  });
export type SliSample = z.output<typeof SliSampleRecordSchema>;
