import { z } from 'zod';

/**
 * The JSON Schema of a Zod schema, for the OpenAPI document: the same schema validates the
 * request, so documentation and behaviour cannot drift apart.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  return rest;
}
