import type { GroupCounts } from '../../../engine/spectrum/reporting-lines.ts';
import { REPORTING_LINES_TABLE } from '../../../engine/spectrum/reporting-lines-table.ts';
import { RUN_MODEL_LABELS } from '../../../model/index.ts';
import { type Inline, strong } from '../blocks.ts';
import { blockSection } from '../plan-section.ts';

const ROWS = [
  ['development', 'Development organization reporting line'],
  ['operations', 'Operations organization reporting line'],
  ['sre', 'SRE organization reporting line'],
  ['product-delivery', 'Head of product delivery directly'],
  ['none', 'No head in the reportsTo chain'],
] as const;

/** §12.7.1: the reporting lines of developers, SREs and SRE infrastructure engineers. */
export const reportingLinesSection = blockSection('reporting-lines', (analysis) => {
  const { models, table: counts } = analysis.reportingLinesTable;
  const people = analysis.reportingLines;
  if (models.length === 0 || people.length === 0) return undefined;
  const types = new Set<string>(
    analysis.placementOptions.options.flatMap((o) => (o.organization === null ? [] : [o.home])),
  );
  // The chapter's rows for the organizations this model has, and wherever people report.
  const shown = ([key]: (typeof ROWS)[number]) =>
    counts[key] !== undefined || (key in REPORTING_LINES_TABLE && types.has(key));
  const rows = ROWS.filter(shown).map(([key, label]): Inline[] => [
    label,
    ...models.map((m): Inline => {
      const here = describe(counts[key]?.[m]);
      const chapter =
        key in REPORTING_LINES_TABLE
          ? REPORTING_LINES_TABLE[key as keyof typeof REPORTING_LINES_TABLE][m]
          : undefined;
      const expected =
        chapter === undefined ? '' : chapter.length === 0 ? 'none' : chapter.join(', ');
      return expected === '' ? here : [here, ` (chapter: ${expected})`];
    }),
  ]);
  return {
    title: 'Reporting lines (§12.7.1)',
    why: 'Reporting lines decide the goals, incentives and KPIs people work to: developers and SREs in one line share product goals; a line between them makes each side pursue its own. Counts are people here, derived from reportsTo, each in every model they take part in; the chapter’s table is in brackets.',
    blocks: [{ headers: ['Organization', ...models.map((m) => RUN_MODEL_LABELS[m])], rows }],
  };
});

function describe(cell: GroupCounts | undefined): Inline {
  if (!cell) return '–';
  const parts = [
    cell.developer > 0 ? `${cell.developer} developer(s)` : '',
    cell.sre > 0 ? `${cell.sre} SRE(s)` : '',
    cell['sre-infrastructure-engineer'] > 0
      ? `${cell['sre-infrastructure-engineer']} SRE infrastructure engineer(s)`
      : '',
  ].filter((p) => p !== '');
  return parts.length === 0 ? '–' : strong(parts.join(', '));
}
