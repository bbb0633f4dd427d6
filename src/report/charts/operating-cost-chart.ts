import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import { money } from '../plan/doc-figures.ts';
import { CHART_CONFIG, type PlanChart } from './plan-chart.ts';

/** The operating model's cost per year by line, today against the target. */
export function operatingCostChart(doc: PlanDocument): PlanChart | undefined {
  const { cost } = doc;
  const values = (['today', 'target'] as const).flatMap((when) =>
    cost[when].lines.map((l) => ({ when, line: l.label, perYear: Number(l.perYear.amount) })),
  );
  if (values.length === 0) return undefined;
  const title = `Cost of the operating model per year, today and target (${cost.currency})`;
  const lines = (when: 'today' | 'target') =>
    cost[when].lines.map((l) => `${l.label} ${money(l.perYear)}`).join('; ');
  return {
    id: 'operating-cost',
    title,
    description: `Today ${money(cost.today.total)}: ${lines('today')}. Target ${money(cost.target.total)}: ${lines('target')}.`,
    section: 'operating-cost',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title,
      width: 480,
      config: CHART_CONFIG,
      data: { values },
      mark: { type: 'bar', tooltip: true },
      encoding: {
        y: { field: 'when', type: 'nominal', title: null, sort: ['today', 'target'] },
        x: {
          field: 'perYear',
          type: 'quantitative',
          title: `Per year (${cost.currency})`,
          axis: { format: '~s' },
        },
        color: { field: 'line', type: 'nominal', title: null, legend: { columns: 1 } },
      },
    },
  };
}
