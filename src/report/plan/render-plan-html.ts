import { render } from 'preact-render-to-string';
import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import type { PlanChart } from '../charts/plan-chart.ts';
import { planCharts } from '../charts/plan-charts.ts';
import { renderChartSvg } from '../charts/render-chart-svg.ts';
import { BlocksSection, plainTitle } from './html/blocks-section.ts';
import type { RenderedChart } from './html/chart-figure.ts';
import { GlossarySection } from './html/glossary-section.ts';
import { html } from './html/html.ts';
import { type PagePart, PlanPage } from './html/plan-page.ts';
import { SummarySection } from './html/summary-section.ts';
import type { PlanSection } from './plan-section.ts';
import { PLAN_SECTIONS } from './plan-sections.ts';
import { appendixSection } from './sections/decision.ts';

export interface PlanHtmlOptions {
  /** The charts to draw (default: every chart of the document). */
  readonly charts?: readonly PlanChart[];
  /** The sections, in order (default: `PLAN_SECTIONS`). */
  readonly sections?: readonly PlanSection[];
}

/**
 * The plan as a standalone HTML document: a table of contents, the document's date, revision
 * and sources, each section at its anchor, the charts as static SVG, the appendix and the
 * glossary, and print CSS. Everything from the model is text (escaped), never markup.
 */
export async function renderPlanHtml(
  doc: PlanDocument,
  options: PlanHtmlOptions = {},
): Promise<string> {
  const parts = await planParts(doc, options);
  return `<!doctype html>\n${render(html`<${PlanPage} doc=${doc} parts=${parts} />` as never)}\n`;
}

/**
 * The plan's body, part by part (each section's node with its table of contents entry), the
 * charts drawn as static SVG: what the HTML document holds, and what the web console shows.
 */
export async function planParts(
  doc: PlanDocument,
  options: PlanHtmlOptions = {},
): Promise<PagePart[]> {
  const charts: RenderedChart[] = [];
  for (const chart of options.charts ?? planCharts(doc))
    charts.push({ chart, svg: await renderChartSvg(chart) });
  const chartsOf = (id: string) => charts.filter((c) => c.chart.section === id);
  let appendix = false;
  const parts: PagePart[] = (options.sections ?? PLAN_SECTIONS).flatMap((s): PagePart[] => {
    if (s === appendixSection) {
      appendix = true;
      return [
        {
          entry: undefined,
          node: html`<h1 id="appendix">Appendix</h1>
            <p class="why"><em>The detail behind the figures: the chapter’s tables filled in for this organization.</em></p>`,
        },
      ];
    }
    if (s.id === 'header') return [];
    if (s.id === 'summary')
      return [
        {
          entry: { id: s.id, title: 'Summary', appendix },
          node: html`<${SummarySection} doc=${doc} charts=${chartsOf(s.id)} />`,
        },
      ];
    if (s.id === 'glossary')
      return [
        {
          entry: { id: s.id, title: 'Glossary', appendix },
          node: html`<${GlossarySection} glossary=${doc.glossary} />`,
        },
      ];
    // Every other section is written from its blocks: no Markdown is parsed back into HTML.
    if (!s.blocks) throw new Error(`plan section ${s.id} has no blocks to write as HTML`);
    const blocks = s.blocks(doc);
    return blocks
      ? [
          {
            entry: { id: s.id, title: plainTitle(blocks.title), appendix },
            node: html`<${BlocksSection} id=${s.id} section=${blocks} charts=${chartsOf(s.id)} />`,
          },
        ]
      : [];
  });
  return parts;
}
