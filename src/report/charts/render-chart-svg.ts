import type { PlanChart } from './plan-chart.ts';

/** vega and vega-lite take ~0.5 s to load: only HTML and PDF pay for it, once per process. */
type Renderers = {
  readonly vega: typeof import('vega');
  readonly vegaLite: typeof import('vega-lite');
};
let loading: Promise<Renderers> | undefined;

function renderers(): Promise<Renderers> {
  loading ??= Promise.all([import('vega'), import('vega-lite')]).then(([vega, vegaLite]) => ({
    vega,
    vegaLite,
  }));
  return loading;
}

/**
 * A chart as static SVG that stands alone: no script, no network, no canvas (Vega's headless
 * `renderer: 'none'` measures text by estimate). The `<svg>` is an image to assistive
 * technology, named by its `<title>` and described by its `<desc>`.
 */
export async function renderChartSvg(chart: PlanChart): Promise<string> {
  const { vega, vegaLite } = await renderers();
  const compiled = vegaLite.compile(chart.spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    return accessible(await view.toSVG(), chart);
  } finally {
    view.finalize();
  }
}

function accessible(svg: string, chart: PlanChart): string {
  const titleId = `chart-${chart.id}-title`;
  const descId = `chart-${chart.id}-desc`;
  const open = svg.indexOf('>') + 1;
  if (!svg.startsWith('<svg') || open === 0) throw new Error('vega did not return an SVG');
  return `${svg.slice(0, open - 1)} role="img" aria-labelledby="${titleId}" aria-describedby="${descId}"><title id="${titleId}">${escapeXml(chart.title)}</title><desc id="${descId}">${escapeXml(chart.description)}</desc>${svg.slice(open)}`;
}

function escapeXml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
