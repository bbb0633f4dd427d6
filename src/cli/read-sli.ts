import { createSliCollector, type SliSeries } from '../engine/budgets/sli-series.ts';
import type { Problem } from '../model/index.ts';
import type { CliIo } from './io.ts';
import { countField, type FieldResult, nameField, timeField } from './records/fields.ts';
import { fileProgress } from './records/progress.ts';
import { type DataRecord, dataFileSize, dataProblem, readRecords } from './records/read-records.ts';

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
 * series per service, never holding the file in memory. Every bad row becomes a located
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
  const fieldProblem = (record: DataRecord, field: string, result: FieldResult<unknown>) => {
    if (result.ok) return;
    report(
      dataProblem({
        code: result.missing ? 'missing-field' : 'invalid-value',
        file: path,
        line: record.line,
        column: record.column(field),
        path: field,
        message: result.message,
      }),
    );
  };
  try {
    await readRecords(path, io, {
      fields: SLI_FIELDS,
      onProblem: report,
      onProgress: (bytes) => progress.update(bytes),
      onRecord: (record) => {
        const service = nameField('service', record.get('service'));
        const timestamp = timeField('timestamp', record.get('timestamp'), true);
        const good = countField('good', record.get('good'));
        const total = countField('total', record.get('total'));
        if (service.ok && timestamp.ok && good.ok && total.ok) {
          if (good.value > total.value) {
            report(
              dataProblem({
                code: 'invalid-value',
                file: path,
                line: record.line,
                column: record.column('good'),
                path: 'good',
                message: `expected good (${good.value}) to be at most total (${total.value})`,
              }),
            );
            return;
          }
          collector.add(service.value, timestamp.value, good.value, total.value);
          samples++;
          return;
        }
        fieldProblem(record, 'service', service);
        fieldProblem(record, 'timestamp', timestamp);
        fieldProblem(record, 'good', good);
        fieldProblem(record, 'total', total);
      },
    });
  } finally {
    progress.stop();
  }
  return { series: collector.finish(), samples, problems, problemCount };
}
