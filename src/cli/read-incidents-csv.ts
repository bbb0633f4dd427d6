import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  INCIDENT_COLUMNS,
  type IncidentRecord,
  type IncidentWork,
  readIncidentRecords,
} from '../engine/compensation/index.ts';
import { MAX_SOURCE_BYTES, type Problem } from '../model/index.ts';
import { CliError } from './exit-codes.ts';
import type { CliIo } from './io.ts';

export type IncidentsResult =
  | { readonly ok: true; readonly incidents: readonly IncidentWork[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * Reads an incident export (CSV with a header row: `id, service, startedAt, detectedAt,
 * resolvedAt, …`; other columns are ignored). A missing file is a usage error; anything wrong
 * inside it comes back as located problems, all at once.
 */
export async function readIncidentsCsv(
  path: string,
  io: CliIo,
  services: ReadonlySet<string>,
): Promise<IncidentsResult> {
  const absolute = resolve(io.cwd, path);
  let size: number;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw new CliError('not-found', `${path}: no such file`);
  }
  if (size > MAX_SOURCE_BYTES) {
    return {
      ok: false,
      problems: [
        problem(
          path,
          1,
          1,
          '',
          'input-too-large',
          `expected at most ${MAX_SOURCE_BYTES} bytes, found ${size} bytes`,
        ),
      ],
    };
  }
  return parseIncidentsCsv(path, await readFile(absolute), services);
}

/** The CSV text to incidents; pure apart from decoding, so tests call it directly. */
export function parseIncidentsCsv(
  file: string,
  bytes: Uint8Array,
  services: ReadonlySet<string>,
): IncidentsResult {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      problems: [problem(file, 1, 1, '', 'not-text', 'expected UTF-8 CSV text, found binary data')],
    };
  }
  let rows: { info: { lines: number }; record: string[] }[];
  try {
    rows = parse(text, {
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    const reason = (error as Error).message.replace(/^Invalid [^:]*: /, '');
    return {
      ok: false,
      problems: [problem(file, line, 1, '', 'invalid-value', `expected CSV: ${reason}`)],
    };
  }
  const [header, ...body] = rows;
  const columns = header?.record ?? [];
  const missing = INCIDENT_COLUMNS.filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      problems: [
        problem(
          file,
          1,
          1,
          '',
          'missing-field',
          `expected a header row with the columns ${INCIDENT_COLUMNS.join(', ')}; missing ${missing.join(', ')}`,
        ),
      ],
    };
  }
  const records: IncidentRecord[] = body.map((row) => ({
    line: row.info.lines,
    fields: Object.fromEntries(columns.map((c, i) => [c, row.record[i]])),
  }));
  const result = readIncidentRecords(records, services);
  if (result.problems.length === 0) return { ok: true, incidents: result.incidents };
  return {
    ok: false,
    problems: result.problems.map((p) =>
      problem(file, p.line, columns.indexOf(p.column) + 1 || 1, p.column, p.code, p.message),
    ),
  };
}

function problem(
  file: string,
  line: number,
  column: number,
  path: string,
  code: Problem['code'],
  message: string,
): Problem {
  return { code, file, line, column, path, message };
}
