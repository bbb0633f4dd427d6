import type { PlanChart } from '../../charts/plan-chart.ts';
import { html } from './html.ts';

export interface RenderedChart {
  readonly chart: PlanChart;
  /** The chart as static SVG, with its `<title>` and `<desc>`. */
  readonly svg: string;
}

/** A chart of the plan as a figure: the SVG, its caption, and its figures in words. */
export function ChartFigure({ rendered }: { readonly rendered: RenderedChart }) {
  const { chart, svg } = rendered;
  return html`<figure class="chart" id=${`chart-${chart.id}`}>
    <div class="chart-svg" dangerouslySetInnerHTML=${{ __html: svg }}></div>
    <figcaption><strong>${chart.title}.</strong> ${chart.description}</figcaption>
  </figure>`;
}
