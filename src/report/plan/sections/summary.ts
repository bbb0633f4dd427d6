import { blockMarkdown, inlineMarkdown } from '../blocks.ts';
import type { PlanSection } from '../plan-section.ts';
import {
  SUMMARY_TITLE,
  SUMMARY_WHY,
  type SummaryBlock,
  summaryContent,
} from '../summary-content.ts';

/**
 * The first page in Markdown: the parts `summaryContent` decides (what we do, what it costs,
 * what could go wrong, the decisions asked and the open questions), as the HTML page writes them.
 */
export const summarySection: PlanSection = {
  id: 'summary',
  render: (doc) =>
    [
      `## ${SUMMARY_TITLE}`,
      `_${inlineMarkdown(SUMMARY_WHY)}_`,
      ...summaryContent(doc).flatMap((part) => [
        `### ${part.heading}`,
        ...part.blocks.map(summaryBlockMarkdown),
      ]),
    ]
      .filter((b) => b !== '')
      .join('\n\n'),
};

/** A block of the summary in Markdown; the charts are the HTML page's alone. */
function summaryBlockMarkdown(b: SummaryBlock | null): string {
  if (b === null || 'charts' in b) return '';
  if ('ordered' in b) return b.ordered.map((d, i) => `${i + 1}. ${inlineMarkdown(d)}`).join('\n');
  if ('note' in b) return `_${inlineMarkdown(b.note)}_`;
  return blockMarkdown(b);
}
