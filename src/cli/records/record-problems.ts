import type { z } from 'zod';
import { issueProblems, type Problem } from '../../model/index.ts';
import { type DataRecord, dataProblem } from './read-records.ts';

export type RecordResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Reads one record of a data file with a record schema (src/model/records), the same schema the
 * server validates its JSON bodies with: each issue becomes a problem at the record's line and
 * the field's column. Empty cells count as absent.
 */
export function parseRecord<S extends z.ZodType>(options: {
  readonly schema: S;
  readonly fields: readonly string[];
  readonly record: DataRecord;
  readonly file: string;
}): RecordResult<z.output<S>> {
  const { record, file } = options;
  const data: Record<string, unknown> = {};
  for (const field of options.fields) {
    const value = record.get(field);
    if (value !== undefined && value !== null && value !== '') data[field] = value;
  }
  const parsed = options.schema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.flatMap((issue) =>
      issueProblems(issue, data).map((p) => {
        const field = String(p.path[0] ?? '');
        return dataProblem({
          code: p.code,
          file,
          line: record.line,
          column: record.column(field),
          path: field,
          message: p.message,
        });
      }),
    ),
  };
}
