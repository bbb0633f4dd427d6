import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import type { PlanSectionId } from '../../engine/plan/document/section-ids.ts';
import { blocksMarkdown, type SectionBlocks } from './blocks.ts';

/**
 * One section of the plan in Markdown: a function of the plan document (heading, one-line
 * explanation for the reader, body), or `undefined` when it has nothing to say for this
 * organization. Sections render the document and compute nothing.
 */
export interface PlanSection {
  /** The section's anchor, shared with the HTML page and the links of the summary. */
  readonly id: PlanSectionId | 'header';
  readonly render: (doc: PlanDocument) => string | undefined;
  /**
   * The same section as blocks: `render` is their Markdown, and the HTML page writes them
   * directly. Every section has them but the header, the summary and the glossary, which the
   * HTML page writes with components of their own.
   */
  readonly blocks?: (doc: PlanDocument) => SectionBlocks | undefined;
}

/** A section written once as blocks: its Markdown and its HTML come from the same cells. */
export function blockSection(
  id: PlanSection['id'],
  blocks: (doc: PlanDocument) => SectionBlocks | undefined,
): PlanSection {
  return {
    id,
    blocks,
    render: (doc) => {
      const b = blocks(doc);
      return b && blocksMarkdown(b);
    },
  };
}
