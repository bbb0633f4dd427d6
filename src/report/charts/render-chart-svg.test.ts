import { describe, expect, it } from 'vitest';
import type { PlanChart } from './plan-chart.ts';
import { renderChartSvg } from './render-chart-svg.ts';

const chart: PlanChart = {
  id: 'test',
  title: 'Bars & <stripes>',
  description: 'Two bars: "a" 3 and b 5.',
  section: 'summary',
  spec: {
    title: 'Bars & <stripes>',
    data: {
      values: [
        { k: 'a', n: 3 },
        { k: 'b', n: 5 },
      ],
    },
    mark: 'bar',
    encoding: { x: { field: 'n', type: 'quantitative' }, y: { field: 'k', type: 'nominal' } },
  },
};

describe('renderChartSvg', () => {
  it('draws a standalone SVG named by its title and described by its text, escaped', async () => {
    const svg = await renderChartSvg(chart);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="chart-test-title"/);
    expect(svg).toContain(
      '<title id="chart-test-title">Bars &amp; &lt;stripes&gt;</title><desc id="chart-test-desc">Two bars: &quot;a&quot; 3 and b 5.</desc>',
    );
    // Two bars, no script, nothing fetched.
    expect(svg.match(/aria-roledescription="bar"/g)?.length).toBe(2);
    expect(svg).not.toMatch(/<script|href="http/);
  });

  it('fails on a spec Vega-Lite cannot compile instead of drawing nothing', async () => {
    const broken = {
      ...chart,
      spec: { data: { values: [] }, mark: 'nope' },
    } as unknown as PlanChart;
    await expect(renderChartSvg(broken)).rejects.toThrow();
  });
});
