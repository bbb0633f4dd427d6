import { marked } from 'marked';
import { ChartFigure, type RenderedChart } from './chart-figure.ts';
import { html } from './html.ts';

/**
 * A detail section from the Markdown its section writes, converted by `marked`. Everything
 * from the model in that Markdown went through `text()` (HTML-special characters escaped), so
 * nothing from the model becomes markup here either.
 */
export function MarkdownSection({
  id,
  markdown,
  charts,
}: {
  readonly id: string;
  readonly markdown: string;
  readonly charts: readonly RenderedChart[];
}) {
  const [heading = '', ...rest] = markdown.split('\n');
  const title = plainTitle(heading);
  const body = marked.parse(rest.join('\n'), { async: false, gfm: true });
  return html`<section id=${id} aria-labelledby=${`${id}-title`}>
    <h2 id=${`${id}-title`}>${title}</h2>
    <div class="body" dangerouslySetInnerHTML=${{ __html: body }}></div>
    ${charts.map((c) => html`<${ChartFigure} rendered=${c} />`)}
  </section>`;
}

/** The text of a `## heading` line, Markdown escapes and code marks removed. */
export function plainTitle(heading: string): string {
  return heading
    .replace(/^#+\s*/, '')
    .replace(/\\(.)/g, '$1')
    .replace(/`/g, '');
}
