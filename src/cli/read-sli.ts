import { createSliCollector, type SliSeries } from '../engine/budgets/sli-series.ts';
import { type Problem, SliSampleRecordSchema } from '../model/index.ts';
import type { CliIo } from './io.ts';
import { fileProgress } from './records/progress.ts';
import { dataFileSize, readRecords } from './records/read-records.ts';
import { parseRecord } from './records/record-problems.ts';

/** SLI sample fields, in the order of the file format (DESIGN.md). */
export const SLI_FIELDS = ['service', 'timestamp', 'good', 'total'] as const;

/** At most this many problems are kept to print; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 100;

export interface SliInput {
  readonly series: ReadonlyMap<string, SliSeries>;
  readonly samples: number;
  /** The first MAX_LISTED_PROBLEMS problems, in file order. */
  readonly problems: readonly Problem[];
  readonly problemCount: number;
}

/**
 * Streams SLI samples (`service, timestamp, good, total`) from a CSV or JSON file into compact
 * series per service, never holding the file in memory. Each row is read with the one SLI
 * sample schema (`POST /api/v1/sli-samples` uses it too); every bad row becomes a located
 * problem (line, field, what was expected); no row is skipped without one.
 */
export async function readSli(path: string, io: CliIo): Promise<SliInput> {
  const collector = createSliCollector();
  const problems: Problem[] = [];
  let problemCount = 0;
  let samples = 0;
  const report = (problem: Problem) => {
    problemCount++;
    if (problems.length < MAX_LISTED_PROBLEMS) problems.push(problem);
  };
  const progress = fileProgress(io, 'reading SLI samples', await dataFileSize(path, io));
  try {
    await readRecords(path, io, {
      fields: SLI_FIELDS,
      onProblem: report,
      onProgress: (bytes) => progress.update(bytes),
      onRecord: (record) => {
        const parsed = parseRecord({
          schema: SliSampleRecordSchema,
          fields: SLI_FIELDS,
          record,
          file: path,
        });
        if (!parsed.ok) {
          for (const problem of parsed.problems) report(problem);
          return;
        }
        const { service, timestamp, good, total } = parsed.value;
        collector.add(service, timestamp, good, total);
        samples++;
      },
    });
  } finally {
    progress.stop();
  }
  return { series: collector.finish(), samples, problems, problemCount };
}
