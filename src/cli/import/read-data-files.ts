import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Problem } from '../../model/index.ts';
import type { CliIo } from '../io.ts';
import { readIncidents } from '../read-incidents.ts';
import { isPrometheusResponse, readPrometheusSli } from '../read-prometheus-sli.ts';
import { readSli } from '../read-sli.ts';

/** What one data file given to `import` holds, for the report. */
export interface DataFileReport {
  readonly file: string;
  readonly kind: 'sli' | 'incidents';
  readonly format: 'prometheus' | 'records';
  /** SLI samples or incidents read, by service. */
  readonly byService: Readonly<Record<string, number>>;
  /** Services the file names that the model does not have. */
  readonly unknownServices: readonly string[];
  readonly summary: string;
  readonly problems: readonly Problem[];
}

export interface DataFileOptions {
  readonly sli?: readonly string[] | undefined;
  readonly incidents?: readonly string[] | undefined;
  readonly service?: string | undefined;
}

/**
 * Reads the SLI data and incident files given to `import`: Prometheus query_range JSON or
 * whorunsit SLI records, and incident CSV/JSON (src/cli/read-incidents.ts), and says what each
 * holds for which service, so a user sees that KPIs and budgets will have data.
 */
export async function readDataFiles(
  options: DataFileOptions,
  io: CliIo,
  services: ReadonlySet<string>,
): Promise<DataFileReport[]> {
  const out: DataFileReport[] = [];
  for (const file of options.sli ?? []) {
    if (isPrometheusResponse(await head(file, io))) {
      const read = await readPrometheusSli(file, io, options.service);
      const byService = countBy(read.samples.map((s) => s.service));
      const skipped = read.skipped.map((s) => `${s.count} × ${s.reason}`).join(', ');
      out.push(
        report({
          file,
          kind: 'sli',
          format: 'prometheus',
          byService,
          services,
          problems: read.problems,
          extra: skipped ? `; skipped ${skipped}` : '',
        }),
      );
    } else {
      const read = await readSli(file, io);
      const byService = Object.fromEntries([...read.series].map(([name, s]) => [name, s.length]));
      const more =
        read.problemCount > read.problems.length ? `; ${read.problemCount} problems in all` : '';
      out.push(
        report({
          file,
          kind: 'sli',
          format: 'records',
          byService,
          services,
          problems: read.problems,
          extra: more,
        }),
      );
    }
  }
  for (const file of options.incidents ?? []) {
    const read = await readIncidents(file, io);
    const open = read.incidents.filter((i) => i.resolvedAt === null).length;
    const byService = countBy(read.incidents.map((i) => i.service));
    out.push(
      report({
        file,
        kind: 'incidents',
        format: 'records',
        byService,
        services,
        problems: read.problems,
        extra: open > 0 ? `; ${open} still open (no end time)` : '',
      }),
    );
  }
  return out;
}

function report(at: {
  file: string;
  kind: 'sli' | 'incidents';
  format: 'prometheus' | 'records';
  byService: Record<string, number>;
  services: ReadonlySet<string>;
  problems: readonly Problem[];
  extra: string;
}): DataFileReport {
  const unknownServices = Object.keys(at.byService).filter((s) => !at.services.has(s));
  const total = Object.values(at.byService).reduce((a, b) => a + b, 0);
  const what = at.kind === 'sli' ? 'SLI samples' : 'incidents';
  const per = Object.entries(at.byService)
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
  const summary = `${total} ${what}${per ? ` (${per})` : ''}${at.extra}${unknownServices.length > 0 ? `; not services of the model: ${unknownServices.join(', ')}` : ''}${at.problems.length > 0 ? `; ${at.problems.length} problem${at.problems.length === 1 ? '' : 's'}` : ''}`;
  return {
    file: at.file,
    kind: at.kind,
    format: at.format,
    byService: at.byService,
    unknownServices,
    summary,
    problems: at.problems,
  };
}

function countBy(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

/** The first bytes of a file, to tell a Prometheus response from SLI records. */
async function head(file: string, io: CliIo): Promise<string> {
  if (file === '-') return '';
  const handle = await open(resolve(io.cwd, file)).catch(() => undefined);
  if (!handle) return '';
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
