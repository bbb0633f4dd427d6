import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import type { PlanSectionId } from '../../engine/plan/document/section-ids.ts';

/**
 * One section of the plan in Markdown: a function of the plan document (heading, one-line
 * explanation for the reader, body), or `undefined` when it has nothing to say for this
 * organization. Sections render the document and compute nothing.
 */
export interface PlanSection {
  /** The section's anchor, shared with the HTML page and the links of the summary. */
  readonly id: PlanSectionId | 'header';
  readonly render: (doc: PlanDocument) => string | undefined;
}
