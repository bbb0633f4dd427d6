import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createSliCollector, type SliSeries } from '../engine/budgets/sli-series.ts';
import { MAX_SOURCE_BYTES, type Problem } from '../model/index.ts';
import {
  type QueryRangeResult,
  readQueryRange,
} from '../model/interop/prometheus/read-query-range.ts';
import { CliError } from './exit-codes.ts';
import type { CliIo } from './io.ts';

/**
 * Whether text is a Prometheus API response (`{"status": …, "data": {"resultType": …}}`)
 * rather than whorunsit's SLI sample JSON (records of service, timestamp, good, total).
 */
export function isPrometheusResponse(text: string): boolean {
  return /^\s*\{/.test(text) && /"resultType"\s*:/.test(text.slice(0, 4096));
}

/**
 * Reads a saved Prometheus `query_range` response (`curl …/api/v1/query_range?… > file.json`)
 * as SLI samples. A missing file is a usage error; what is wrong inside it comes back as
 * problems of the file. `service` names the service when the series have no `service` label.
 */
export async function readPrometheusSli(
  path: string,
  io: CliIo,
  service?: string,
): Promise<QueryRangeResult> {
  const absolute = resolve(io.cwd, path);
  const info = await stat(absolute).catch(() => undefined);
  if (!info?.isFile()) throw new CliError('not-found', `${path}: no such file`);
  if (info.size > MAX_SOURCE_BYTES) {
    return fail(
      path,
      'input-too-large',
      `expected at most ${MAX_SOURCE_BYTES} bytes, found ${info.size} bytes`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await readFile(absolute)));
  } catch (error) {
    return fail(
      path,
      'invalid-value',
      `expected the JSON of a Prometheus query_range response: ${(error as Error).message}`,
    );
  }
  return readQueryRange(data, { file: path, service });
}

/** Samples as the compact series the budget engine runs over. */
export function seriesOf(result: QueryRangeResult): ReadonlyMap<string, SliSeries> {
  const collector = createSliCollector();
  for (const s of result.samples) collector.add(s.service, s.timestamp, s.good, s.total);
  return collector.finish();
}

function fail(file: string, code: Problem['code'], message: string): QueryRangeResult {
  return {
    samples: [],
    skipped: [],
    problems: [{ code, file, line: 1, column: 1, path: '', message }],
  };
}
