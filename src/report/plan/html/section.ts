import type { ComponentChildren } from 'preact';
import { ChartFigure, type RenderedChart } from './chart-figure.ts';
import { html } from './html.ts';

/** A section of the document: its anchor, heading, the one line for the reader, its charts. */
export function Section({
  id,
  title,
  why,
  charts,
  children,
}: {
  readonly id: string;
  readonly title: string;
  readonly why: string;
  readonly charts: readonly RenderedChart[];
  readonly children?: ComponentChildren;
}) {
  return html`<section id=${id} aria-labelledby=${`${id}-title`}>
    <h2 id=${`${id}-title`}>${title}</h2>
    <p class="why"><em>${why}</em></p>
    ${children}
    ${charts.map((c) => html`<${ChartFigure} rendered=${c} />`)}
  </section>`;
}
