import type { Problem } from '../model/index.ts';
import type { CliIo } from './io.ts';
import { readRows } from './read-rows.ts';
import { type DataRecord, dataProblem } from './records/read-records.ts';

/** A row read into a value, or the one problem that stops it. */
export type ParsedRow<T> = { readonly value: T } | { readonly problem: Problem };

/**
 * Reads a hand-written table as `readRows` does and parses each row. The file's problems come
 * first, then each row's in file order, so one run reports every mistake at once.
 */
export async function readParsedRows<T>(options: {
  readonly path: string;
  readonly io: CliIo;
  /** Fields a CSV header must name. */
  readonly fields: readonly string[];
  /** The key a YAML or JSON mapping may hold the list under. */
  readonly key: string;
  readonly parse: (row: DataRecord) => ParsedRow<T>;
}): Promise<{ readonly values: readonly T[]; readonly problems: readonly Problem[] }> {
  const read = await readRows(options);
  const problems: Problem[] = [...read.problems];
  const values: T[] = [];
  for (const row of read.rows) {
    const parsed = options.parse(row);
    if ('problem' in parsed) problems.push(parsed.problem);
    else values.push(parsed.value);
  }
  return { values, problems };
}

/** The problem of one field of a row, located at the field. */
export function rowProblem(
  row: DataRecord,
  file: string,
): (field: string, code: Problem['code'], message: string) => { readonly problem: Problem } {
  return (field, code, message) => ({
    problem: dataProblem({
      code,
      file,
      line: row.line,
      column: row.column(field),
      path: field,
      message,
    }),
  });
}
