import { marked } from 'marked';
import {
  type Block,
  isEmptyBlock,
  listHtml,
  paragraphHtml,
  type SectionBlocks,
  tableHtml,
} from '../blocks.ts';
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
  return sectionNode(id, title, body, charts);
}

/**
 * A detail section from its blocks: the tables written from their cells, the short Markdown
 * between them converted by `marked`, the same HTML as `MarkdownSection` makes of the section's
 * Markdown without parsing the large tables back (issue #15).
 */
export function BlocksSection({
  id,
  section,
  charts,
}: {
  readonly id: string;
  readonly section: SectionBlocks;
  readonly charts: readonly RenderedChart[];
}) {
  return sectionNode(id, section.title, blocksHtml(section), charts);
}

/** The body of a section in blocks as HTML (below its heading). */
export function blocksHtml(section: SectionBlocks): string {
  const markdown = (m: string) => marked.parse(m, { async: false, gfm: true });
  const parts = [markdown(`_${section.why}_`)];
  // Lists with only empty blocks between them are one list in the Markdown: write them together.
  const blocks = section.blocks.filter((b) => !isEmptyBlock(b));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if (typeof b === 'string') parts.push(markdown(b));
    else if ('paragraph' in b) parts.push(paragraphHtml(b));
    else if ('items' in b) {
      const lists = [b];
      for (
        let next = blocks[i + 1];
        next !== undefined && typeof next !== 'string' && 'items' in next;
        next = blocks[i + 1]
      ) {
        lists.push(next);
        i++;
      }
      parts.push(listHtml(...lists));
    } else parts.push(tableHtml(b));
  }
  return parts.join('');
}

function sectionNode(id: string, title: string, body: string, charts: readonly RenderedChart[]) {
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
