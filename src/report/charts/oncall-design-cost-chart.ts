import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import { money } from '../plan/doc-figures.ts';
import { CHART_CONFIG, type PlanChart } from './plan-chart.ts';

const DESIGNS = [
  ['current', 'Today'],
  ['optimized', 'Optimized (§12.6)'],
  ['teamRotationPerTeam', 'A team rotation for every team'],
] as const;

/** What each on-call design costs a month, standby and incident work apart (§12.6). */
export function onCallDesignCostChart(doc: PlanDocument): PlanChart | undefined {
  if (!doc.onCallCost.ok) return undefined;
  const c = doc.onCallCost.cost;
  const values = DESIGNS.flatMap(([key, design]) => [
    { design, part: 'standby', amount: Number(c[key].cost.standby.amount) },
    { design, part: 'incident work', amount: Number(c[key].cost.incidents.amount) },
  ]);
  const title = `On-call cost per month by design (${c.currency})`;
  return {
    id: 'oncall-design-cost',
    title,
    description: `Estimated on-call compensation for an average month. ${DESIGNS.map(
      ([key, design]) =>
        `${design}: ${money(c[key].monthlyCost)} (${c[key].peopleOnCallAtNight} on call at night).`,
    ).join(' ')}`,
    section: 'oncall-cost',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title,
      width: 480,
      config: CHART_CONFIG,
      data: { values },
      mark: { type: 'bar', tooltip: true },
      encoding: {
        y: { field: 'design', type: 'nominal', title: null, sort: DESIGNS.map(([, d]) => d) },
        x: {
          field: 'amount',
          type: 'quantitative',
          title: `Per month (${c.currency})`,
          axis: { format: '~s' },
        },
        color: {
          field: 'part',
          type: 'nominal',
          title: null,
          scale: { domain: ['standby', 'incident work'], range: ['#4e79a7', '#f28e2b'] },
        },
      },
    },
  };
}
