import { z } from 'zod';
import { documentSchema } from './kinds/index.ts';
import { KINDS } from './vocabulary.ts';

/**
 * The JSON Schema of a whorunsit/v1 document, for editors (VS Code's YAML extension) to complete
 * and check files. Generated from the same Zod schemas that validate, so they cannot drift.
 */
export function jsonSchema(): Record<string, unknown> {
  const document = z.union(KINDS.map((kind) => documentSchema(kind)));
  return {
    ...z.toJSONSchema(document, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://whorunsit.dev/schema/v1.json',
    title: 'whorunsit/v1 document',
  };
}
