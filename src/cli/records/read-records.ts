import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { Problem, ProblemCode } from '../../model/index.ts';
import { CliError } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { splitCsvLine } from './csv-line.ts';
import { createJsonSplitter } from './json-values.ts';

/** One record of a CSV or JSON data file, with where it is. */
export interface DataRecord {
  readonly line: number;
  /** A field's value: text for CSV, any JSON value for JSON; undefined when absent. */
  get(field: string): unknown;
  /** 1-based column where a field starts (CSV), or where the record starts (JSON). */
  column(field: string): number;
}

export interface ReadRecordsOptions {
  /** Fields every record must have; a CSV header must name them. */
  readonly fields: readonly string[];
  readonly onRecord: (record: DataRecord) => void;
  readonly onProblem: (problem: Problem) => void;
  readonly onProgress?: ((bytesRead: number) => void) | undefined;
  /**
   * Other names exports use for a field (`start_time` for `startedAt`): a CSV column or JSON
   * key of such a name is read as the field when the field's own name is absent.
   */
  readonly aliases?: Readonly<Record<string, readonly string[]>> | undefined;
}

export type DataFormat = 'csv' | 'json';

/** A located problem in a data file (the same shape as model problems). */
export function dataProblem(options: {
  readonly code: ProblemCode;
  readonly file: string;
  readonly line: number;
  readonly column?: number | undefined;
  readonly path?: string | undefined;
  readonly message: string;
}): Problem {
  return {
    code: options.code,
    file: options.file,
    line: options.line,
    column: options.column ?? 1,
    path: options.path ?? '',
    message: options.message,
  };
}

/** The size of a data file in bytes; a usage error when it does not exist or is not a file. */
export async function dataFileSize(path: string, io: CliIo): Promise<number | undefined> {
  if (path === '-') return undefined;
  try {
    const info = await stat(resolve(io.cwd, path));
    if (!info.isFile()) throw new CliError('not-a-file', `${path}: not a file`);
    return info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError('not-found', `${path}: no such file`);
  }
}

/**
 * Streams the records of a CSV (header row first) or JSON (array of objects, or JSON Lines)
 * file, `-` for stdin. The format follows the extension (`.csv`; `.json`, `.jsonl`,
 * `.ndjson`), else the first character (`[` or `{` is JSON). Bad rows are reported with their
 * line and read on; only a broken structure (no header, unclosed JSON) stops the file.
 */
export async function readRecords(
  path: string,
  io: CliIo,
  options: ReadRecordsOptions,
): Promise<void> {
  await dataFileSize(path, io);
  const stream =
    path === '-'
      ? Readable.from([await io.readStdin()])
      : createReadStream(resolve(io.cwd, path), { highWaterMark: 1 << 20 });
  stream.setEncoding('utf8');
  const byExtension: DataFormat | undefined = /\.csv$/i.test(path)
    ? 'csv'
    : /\.(json|jsonl|ndjson)$/i.test(path)
      ? 'json'
      : undefined;
  let feed: ((chunk: string) => void) | undefined;
  let finish: (() => void) | undefined;
  let bytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      if (!feed) {
        const first = chunk.trimStart()[0];
        const format = byExtension ?? (first === '[' || first === '{' ? 'json' : 'csv');
        const reader = format === 'csv' ? csvReader(path, options) : jsonReader(path, options);
        feed = reader.write;
        finish = reader.end;
      }
      feed(chunk);
      bytes += Buffer.byteLength(chunk);
      options.onProgress?.(bytes);
    }
  } catch (error) {
    throw new CliError('io-error', `${path}: cannot read (${(error as Error).message})`);
  }
  if (finish) finish();
  else {
    options.onProblem(
      dataProblem({
        code: 'missing-field',
        file: path,
        line: 1,
        message: 'expected records, found an empty file',
      }),
    );
  }
}

function csvReader(file: string, options: ReadRecordsOptions) {
  let carry = '';
  let line = 0;
  let header: Map<string, number> | undefined;
  let width = 0;
  let stopped = false;
  const handle = (text: string) => {
    line++;
    if (stopped) return;
    const raw = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (content.trim() === '') return;
    const split = splitCsvLine(content);
    if ('error' in split) {
      options.onProblem(
        dataProblem({
          code: 'invalid-value',
          file,
          line,
          column: split.column,
          message: split.error,
        }),
      );
      return;
    }
    if (!header) {
      header = new Map(split.values.map((name, i) => [name, i]));
      for (const [field, names] of Object.entries(options.aliases ?? {})) {
        const alias = header.has(field) ? undefined : names.find((n) => header?.has(n));
        if (alias !== undefined) header.set(field, header.get(alias) as number);
      }
      width = split.values.length;
      const missing = options.fields.filter((f) => !header?.has(f));
      if (missing.length > 0) {
        options.onProblem(
          dataProblem({
            code: 'missing-field',
            file,
            line,
            message: `expected a header row naming ${options.fields.join(',')}; missing ${missing.join(', ')}`,
          }),
        );
        stopped = true;
      }
      return;
    }
    if (split.values.length !== width) {
      options.onProblem(
        dataProblem({
          code: 'invalid-value',
          file,
          line,
          message: `expected ${width} fields as in the header, found ${split.values.length}`,
        }),
      );
      return;
    }
    const columns = header;
    const at = line;
    options.onRecord({
      line: at,
      get: (field) => {
        const i = columns.get(field);
        return i === undefined ? undefined : split.values[i];
      },
      column: (field) => split.columns[columns.get(field) ?? 0] ?? 1,
    });
  };
  return {
    write(chunk: string) {
      const text = carry + chunk;
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        handle(text.slice(start, end));
        start = end + 1;
      }
      carry = text.slice(start);
    },
    end() {
      if (carry !== '') handle(carry);
      if (!header && !stopped) {
        options.onProblem(
          dataProblem({
            code: 'missing-field',
            file,
            line: 1,
            message: `expected a header row naming ${options.fields.join(',')}, found no rows`,
          }),
        );
      }
    },
  };
}

function jsonReader(file: string, options: ReadRecordsOptions) {
  const splitter = createJsonSplitter({
    onValue: (text, line) => {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        options.onProblem(
          dataProblem({
            code: 'invalid-value',
            file,
            line,
            message: `expected a valid JSON record: ${(error as Error).message}`,
          }),
        );
        return;
      }
      const record = value as Record<string, unknown>;
      options.onRecord({
        line,
        get: (field) => {
          if (Object.hasOwn(record, field)) return record[field];
          const alias = options.aliases?.[field]?.find((n) => Object.hasOwn(record, n));
          return alias === undefined ? undefined : record[alias];
        },
        column: () => 1,
      });
    },
    onError: (message, line) => {
      options.onProblem(dataProblem({ code: 'invalid-value', file, line, message }));
    },
  });
  return { write: (chunk: string) => splitter.write(chunk), end: () => splitter.end() };
}
