import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { MAX_SOURCE_BYTES, type Problem } from '../model/index.ts';
import { CliError } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { type DataRecord, dataFileSize, dataProblem, readRecords } from './records/read-records.ts';

/**
 * Reads the rows of a small table a person writes by hand (absences, overrides): CSV with a
 * header row, JSON, or YAML, as a list of mappings or under one key (`absences:`). The format
 * follows the extension (`.yaml`/`.yml` is YAML; CSV and JSON as `readRecords` decides).
 * Every problem is located; rows with problems are still passed on for their other fields.
 */
export async function readRows(options: {
  readonly path: string;
  readonly io: CliIo;
  /** Fields a CSV header must name. */
  readonly fields: readonly string[];
  /** The key a YAML or JSON mapping may hold the list under. */
  readonly key: string;
}): Promise<{ readonly rows: readonly DataRecord[]; readonly problems: readonly Problem[] }> {
  const { path, io } = options;
  if (/\.ya?ml$/i.test(path)) return readYamlRows(options);
  const rows: DataRecord[] = [];
  const problems: Problem[] = [];
  await readRecords(path, io, {
    fields: options.fields,
    onRecord: (r) => rows.push(r),
    onProblem: (p) => problems.push(p),
  });
  return { rows, problems };
}

async function readYamlRows(options: {
  readonly path: string;
  readonly io: CliIo;
  readonly key: string;
}): Promise<{ readonly rows: readonly DataRecord[]; readonly problems: readonly Problem[] }> {
  const { path, io } = options;
  const size = await dataFileSize(path, io);
  if (size !== undefined && size > MAX_SOURCE_BYTES) {
    throw new CliError(
      'input-too-large',
      `${path}: ${size} bytes; at most ${MAX_SOURCE_BYTES} are read`,
    );
  }
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    throw new CliError('io-error', `${path}: cannot read (${(error as Error).message})`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const at = (offset: number | undefined) => lineCounter.linePos(offset ?? 0);
  if (doc.errors.length > 0) {
    return {
      rows: [],
      problems: doc.errors.map((e) => {
        const pos = at(e.pos[0]);
        return dataProblem({
          code: 'yaml-syntax',
          file: path,
          line: pos.line,
          column: pos.col,
          message: e.message.split('\n')[0] ?? e.message,
        });
      }),
    };
  }
  let list: unknown = doc.contents;
  if (isMap(list)) list = (list as YAMLMap).get(options.key, true);
  if (!isSeq(list)) {
    const pos = at(doc.contents?.range?.[0]);
    return {
      rows: [],
      problems: [
        dataProblem({
          code: 'invalid-value',
          file: path,
          line: pos.line,
          column: pos.col,
          message: `expected a list of entries, or a mapping with the list under "${options.key}"`,
        }),
      ],
    };
  }
  const rows: DataRecord[] = [];
  const problems: Problem[] = [];
  list.items.forEach((item, i) => {
    const pos = at((item as unknown as { range?: [number] }).range?.[0]);
    if (!isMap(item)) {
      problems.push(
        dataProblem({
          code: 'invalid-value',
          file: path,
          line: pos.line,
          column: pos.col,
          path: `[${i}]`,
          message: 'expected a mapping of fields',
        }),
      );
      return;
    }
    rows.push({
      line: pos.line,
      get: (field) => {
        const value = item.get(field);
        return value instanceof Date ? value.toISOString() : value;
      },
      column: (field) => {
        const node = item.get(field, true) as unknown as { range?: [number] } | undefined;
        return node?.range ? at(node.range[0]).col : pos.col;
      },
    });
  });
  return { rows, problems };
}
