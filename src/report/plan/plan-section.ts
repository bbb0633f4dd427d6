import type { PlanAnalysis } from '../../engine/plan/analyze-plan.ts';
import type { CompiledModel } from '../../model/index.ts';

/**
 * One section of the plan document: a function from the model and its analysis to Markdown
 * (heading, one-line explanation for the reader, body), or `undefined` when it has nothing to
 * say for this organization. Sections are composed in the order of `PLAN_SECTIONS`; the HTML
 * page is made from the same Markdown, so a section written once appears in both.
 */
export interface PlanSection {
  /** A stable id, kebab-case: the section's anchor and its key in tests. */
  readonly id: string;
  readonly render: (model: CompiledModel, analysis: PlanAnalysis) => string | undefined;
}
