import { z } from 'zod';
import type { ProblemCode } from '../problem.ts';
import { type FieldResult, MAX_EVENTS, MAX_NAME_LENGTH } from './fields.ts';

/** How a field looks in JSON Schema (OpenAPI, editors): the parser accepts exactly this. */
export type FieldJsonSchema = Readonly<Record<string, unknown>>;

/**
 * A Zod schema reading one field with a field parser: the parser's message becomes the issue,
 * with the problem code (`missing-field`, `invalid-value`, `not-text`) in its params, so every
 * edge reports the same code and words for the same bad field. `json` documents the accepted
 * forms in the JSON Schema generated from the schema.
 */
export function fieldSchema<T>(parse: (value: unknown) => FieldResult<T>, json: FieldJsonSchema) {
  return z
    .unknown()
    .transform((value, context): T => {
      const result = parse(value);
      if (result.ok) return result.value;
      context.addIssue({
        code: 'custom',
        message: result.message,
        params: {
          problemCode: result.code ?? (result.missing ? 'missing-field' : 'invalid-value'),
        },
      });
      return z.NEVER;
    })
    .meta(json);
}

/** An issue about a record as a whole (good above total, detected before started). */
export function recordIssue(
  context: z.core.$RefinementCtx,
  field: string,
  message: string,
  problemCode: ProblemCode = 'invalid-value',
): void {
  context.addIssue({ code: 'custom', path: [field], message, params: { problemCode } });
}

/** The JSON Schema of each kind of field. */
export const FIELD_JSON = {
  name: { type: 'string', minLength: 1, maxLength: MAX_NAME_LENGTH },
  id: {
    anyOf: [
      { type: 'string', minLength: 1, maxLength: MAX_NAME_LENGTH },
      { type: 'integer', minimum: 0 },
    ],
  },
  time: {
    anyOf: [
      {
        type: 'string',
        description: 'ISO 8601 with a zone, e.g. 2025-03-01T10:00:00Z or 2025-03-01T11:00:00+01:00',
      },
      { type: 'number', minimum: 0, maximum: 2 ** 32 - 1, description: 'Unix seconds' },
    ],
  },
  count: {
    anyOf: [
      { type: 'number', minimum: 0, maximum: MAX_EVENTS },
      { type: 'string', pattern: '^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?$' },
    ],
  },
  boolean: {
    anyOf: [
      { type: 'boolean' },
      { type: 'string', enum: ['true', 'false', 'yes', 'no', 'y', 'n', '1', '0'] },
    ],
  },
  share: {
    anyOf: [
      { type: 'number', minimum: 0, description: 'A share of the budget, 0.25 for a quarter' },
      { type: 'string', description: 'A share like 0.25 or 25%' },
      { type: 'null' },
    ],
  },
} as const satisfies Record<string, FieldJsonSchema>;

/** An optional field's JSON Schema: also null. */
export function orNull(json: FieldJsonSchema): FieldJsonSchema {
  return { anyOf: [json, { type: 'null' }] };
}
