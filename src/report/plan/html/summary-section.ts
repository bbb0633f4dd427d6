import type { PlanDocument } from '../../../engine/plan/document/plan-document-schema.ts';
import { escapeHtml, inlineHtml, listHtml, paragraphHtml, tableHtml } from '../blocks.ts';
import {
  SUMMARY_TITLE,
  SUMMARY_WHY,
  type SummaryBlock,
  summaryContent,
} from '../summary-content.ts';
import { ChartFigure, type RenderedChart } from './chart-figure.ts';
import { html } from './html.ts';
import { Section } from './section.ts';

/**
 * The first page as HTML: the parts `summaryContent` decides, as the Markdown writes them, with
 * the summary's charts after the mix of run models.
 */
export function SummarySection({
  doc,
  charts,
}: {
  readonly doc: Pick<PlanDocument, 'summary' | 'risks' | 'businessCase' | 'cost'>;
  readonly charts: readonly RenderedChart[];
}) {
  // The body up to the charts, and after them: each written directly from the blocks.
  const parts: string[] = [''];
  for (const part of summaryContent(doc)) {
    parts[parts.length - 1] += `<h3>${escapeHtml(part.heading)}</h3>\n`;
    for (const b of part.blocks) {
      if (b !== null && 'charts' in b) parts.push('');
      else parts[parts.length - 1] += summaryBlockHtml(b);
    }
  }
  const [before = '', ...after] = parts;
  return html`<${Section} id="summary" title=${SUMMARY_TITLE} why=${SUMMARY_WHY} charts=${[]}>
    <div class="body" dangerouslySetInnerHTML=${{ __html: before }}></div>
    ${after.map(
      (body, i) => html`${i === 0 ? charts.map((c) => html`<${ChartFigure} rendered=${c} />`) : ''}
        <div class="body" dangerouslySetInnerHTML=${{ __html: body }}></div>`,
    )}
  <//>`;
}

function summaryBlockHtml(b: SummaryBlock | null): string {
  if (b === null || 'charts' in b) return '';
  if ('ordered' in b)
    return `<ol>\n${b.ordered.map((d) => `<li>${inlineHtml(d).trim()}</li>\n`).join('')}</ol>\n`;
  if ('note' in b) return `<p class="note">${inlineHtml(b.note).trim()}</p>\n`;
  if ('paragraph' in b) return paragraphHtml(b);
  if ('items' in b) return listHtml(b);
  return tableHtml(b);
}
