import type { PlanSummary } from '../../../engine/plan/document/plan-document-schema.ts';
import { roundMoney } from '../doc-figures.ts';
import { html } from './html.ts';

type Figure = PlanSummary['figures'][number];

/** A figure of the summary, linked to the section that explains it; a dash when absent. */
export function FigureLink({ figure }: { readonly figure: Figure | undefined }) {
  if (!figure) return html`–`;
  const v = figure.value;
  const shown = typeof v === 'object' ? roundMoney(v) : String(v);
  return html`<a href=${`#${figure.anchor}`} data-source=${figure.source}>${shown}</a>`;
}
