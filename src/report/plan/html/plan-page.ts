import type { PlanDocument } from '../../../engine/plan/document/plan-document-schema.ts';
import type { RenderedChart } from './chart-figure.ts';
import { DocumentHeader } from './document-header.ts';
import { html } from './html.ts';
import { PLAN_STYLE } from './plan-style.ts';
import { TableOfContents, type TocEntry } from './table-of-contents.ts';

/** A part of the body: a section's rendered node with its table of contents entry. */
export interface PagePart {
  readonly entry: TocEntry | undefined;
  readonly node: unknown;
}

/** The whole page: no script, no external resource; it stands alone, prints and needs no network. */
export function PlanPage({
  doc,
  parts,
}: {
  readonly doc: Pick<PlanDocument, 'meta' | 'thresholds'>;
  readonly parts: readonly PagePart[];
  readonly charts?: readonly RenderedChart[];
}) {
  const entries = parts.flatMap((p) => (p.entry ? [p.entry] : []));
  return html`<html lang="en">
    <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="generator" content="whorunsit" />
      ${doc.meta.generatedOn ? html`<meta name="date" content=${doc.meta.generatedOn} />` : ''}
      <title>${doc.meta.title}</title>
      <style dangerouslySetInnerHTML=${{ __html: PLAN_STYLE }}></style>
    </head>
    <body>
      <${DocumentHeader} meta=${doc.meta} thresholds=${doc.thresholds} />
      <${TableOfContents} entries=${entries} />
      <main>${parts.map((p) => p.node)}</main>
    </body>
  </html>`;
}
