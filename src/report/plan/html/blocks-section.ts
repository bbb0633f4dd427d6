import {
  type Block,
  inlineHtml,
  isEmptyBlock,
  listHtml,
  paragraphHtml,
  type SectionBlocks,
  tableHtml,
} from '../blocks.ts';
import { ChartFigure, type RenderedChart } from './chart-figure.ts';
import { html } from './html.ts';

/**
 * A section from its blocks, written directly as HTML: the same HTML `marked` makes of the
 * section's Markdown (blocks-section.test.ts compares them), without a Markdown parser on the
 * way (issue #13 item 8) or megabytes of Markdown parsed back at scale (issue #15).
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
  const parts = [`<p><em>${inlineHtml(section.why).trim()}</em></p>\n`];
  // Lists with only empty blocks between them are one list in the Markdown: write them together.
  const blocks = section.blocks.filter((b): b is Block => !isEmptyBlock(b));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as Block;
    if ('paragraph' in b) parts.push(paragraphHtml(b));
    else if ('items' in b) {
      const lists = [b];
      for (let next = blocks[i + 1]; next !== undefined && 'items' in next; next = blocks[i + 1]) {
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
