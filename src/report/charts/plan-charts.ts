import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import { errorBudgetChart } from './error-budget-chart.ts';
import { headcountChart } from './headcount-chart.ts';
import { onCallDesignCostChart } from './oncall-design-cost-chart.ts';
import { onCallLoadChart } from './oncall-load-chart.ts';
import { operatingCostChart } from './operating-cost-chart.ts';
import type { PlanChart } from './plan-chart.ts';
import { runModelMixChart } from './run-model-mix-chart.ts';

const CHARTS: readonly ((doc: PlanDocument) => PlanChart | undefined)[] = [
  runModelMixChart,
  operatingCostChart,
  headcountChart,
  onCallLoadChart,
  onCallDesignCostChart,
  errorBudgetChart,
];

/**
 * The charts of a plan document, those with something to show: pure functions of the
 * document, so the HTML, the PDF and the web console draw the same figures.
 */
export function planCharts(doc: PlanDocument): PlanChart[] {
  return CHARTS.flatMap((chart) => chart(doc) ?? []);
}
