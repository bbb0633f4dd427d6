import { plural } from '../../engine/change/plural.ts';
import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import { CHART_CONFIG, countsText, type PlanChart, runModelScale } from './plan-chart.ts';

/** Who runs the services of each availability tier, today and in the target (§12.2, §12.6). */
export function runModelMixChart(doc: PlanDocument): PlanChart | undefined {
  const tiers = doc.summary.mixByTier;
  if (tiers.length === 0) return undefined;
  const values = tiers.flatMap((t) =>
    (['today', 'target'] as const).flatMap((when) =>
      Object.entries(t[when]).map(([runModel, services]) => ({
        bar: `${t.tier} tier, ${when}`,
        runModel,
        services,
      })),
    ),
  );
  const title = 'Run model mix by availability tier, today and target';
  return {
    id: 'run-model-mix',
    title,
    description: `Services per run model in each availability tier. ${tiers
      .map(
        (t) =>
          `${t.tier} tier, ${plural(t.services, 'service')}: today ${countsText(t.today)}; target ${countsText(t.target)}.`,
      )
      .join(' ')}`,
    section: 'summary',
    spec: {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      title,
      width: 480,
      config: CHART_CONFIG,
      data: { values },
      mark: { type: 'bar', tooltip: true },
      encoding: {
        y: {
          field: 'bar',
          type: 'nominal',
          title: null,
          sort: values.map((v) => v.bar).filter((b, i, all) => all.indexOf(b) === i),
        },
        x: { field: 'services', type: 'quantitative', title: 'Services', axis: { tickMinStep: 1 } },
        color: {
          field: 'runModel',
          type: 'nominal',
          title: 'Run model',
          scale: runModelScale(values.map((v) => v.runModel)),
        },
      },
    },
  };
}
