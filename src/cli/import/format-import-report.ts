import type { Inference, Problem } from '../../model/index.ts';
import type { CompletenessItem } from '../../model/interop/completeness/completeness.ts';
import type { DataFileReport } from './read-data-files.ts';

export interface ImportReport {
  readonly valid: boolean;
  /** Documents read per format (`backstage`, `openslo`, `whorunsit`, …). */
  readonly formats: Readonly<Record<string, number>>;
  /** Entities of the merged model by kind (whether or not it validates). */
  readonly entities: Readonly<Record<string, number>>;
  readonly completeness: readonly CompletenessItem[];
  readonly inferences: readonly Inference[];
  readonly errors: readonly Problem[];
  readonly data: readonly DataFileReport[];
}

const FORMAT_NAMES: Readonly<Record<string, string>> = {
  whorunsit: 'whorunsit',
  backstage: 'Backstage',
  openslo: 'OpenSLO',
  sloth: 'Sloth',
  'slo-generator': 'slo-generator',
  'prometheus-rules': 'Prometheus rules',
  unknown: 'unknown',
};

const MAX_LISTED_NAMES = 12;

/** The import report for people, in Markdown: what was read, what is missing, what was inferred. */
export function formatImportReport(report: ImportReport): string {
  const out: string[] = ['# Import', ''];
  const formats = Object.entries(report.formats)
    .filter(([, n]) => n > 0)
    .map(([f, n]) => `${FORMAT_NAMES[f] ?? f} ${n}`)
    .join(', ');
  const entities = Object.entries(report.entities)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  out.push(`Documents read: ${formats || 'none'}.`, `Entities: ${entities || 'none'}.`);
  out.push(
    report.valid
      ? 'The model is **valid**: every command runs on it; the gaps below limit what they can say.'
      : `The model is **invalid**: ${report.errors.length} problem${report.errors.length === 1 ? '' : 's'} (listed at the end) must be fixed before other commands run.`,
    '',
  );
  out.push('## What the model still needs', '');
  if (report.completeness.length === 0) out.push('Nothing: the model is complete.', '');
  report.completeness.forEach((item, i) => {
    const what =
      item.field === '*'
        ? item.status === 'undefined'
          ? `**${item.kind}** referred to but not defined (${item.entities.length})`
          : `**${item.kind}**: none in the model`
        : `**${item.kind}.${item.field}** ${item.status === 'inferred' ? 'inferred, to confirm' : 'missing'} on ${item.entities.length} ${plural(item.kind, item.entities.length)}`;
    out.push(`${i + 1}. ${what}`);
    if (item.entities.length > 0) out.push(`   - ${listNames(item.entities)}`);
    out.push(
      `   - ${item.status === 'inferred' ? 'if wrong, misleads' : 'blocks'}: ${item.blocks.join('; ')}`,
    );
    out.push(`   - give: ${item.hint}`);
  });
  out.push('');
  if (report.data.length > 0) {
    out.push('## Data files', '');
    for (const file of report.data) {
      out.push(`- ${file.file}: ${file.summary}`);
      for (const p of file.problems)
        out.push(`  - \`${p.file}:${p.line}:${p.column}\` ${p.code}: ${p.message}`);
    }
    out.push('');
  }
  out.push(`## Inferences (${report.inferences.length})`, '');
  out.push(
    'Values and decisions taken by rule because the files do not state them (docs/interop.md).',
    '',
  );
  for (const i of report.inferences) out.push(`- \`${i.file}:${i.line}\` ${i.code}: ${i.message}`);
  out.push('');
  if (report.errors.length > 0) {
    out.push(`## Problems (${report.errors.length})`, '');
    for (const p of report.errors)
      out.push(`- \`${p.file}:${p.line}:${p.column}\` ${p.code}: ${p.message}`);
    out.push('');
  }
  return `${out.join('\n')}`;
}

function listNames(names: readonly string[]): string {
  const shown = names.slice(0, MAX_LISTED_NAMES).join(', ');
  return names.length > MAX_LISTED_NAMES
    ? `${shown} and ${names.length - MAX_LISTED_NAMES} more`
    : shown;
}

function plural(kind: string, n: number): string {
  const word =
    kind === 'Person'
      ? n === 1
        ? 'person'
        : 'people'
      : kind.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return kind === 'Person'
    ? word
    : n === 1
      ? word
      : word.endsWith('y')
        ? `${word.slice(0, -1)}ies`
        : `${word}s`;
}
