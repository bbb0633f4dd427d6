import type { PlanAnalysis } from '../../engine/plan/analyze-plan.ts';
import type { CompiledModel } from '../../model/index.ts';
import type { PlanSection } from './plan-section.ts';
import { PLAN_SECTIONS } from './plan-sections.ts';

/** The plan as one Markdown document: every section with something to say, in order. */
export function renderPlanMarkdown(
  model: CompiledModel,
  analysis: PlanAnalysis,
  sections: readonly PlanSection[] = PLAN_SECTIONS,
): string {
  const parts = sections
    .map((s) => s.render(model, analysis))
    .filter((part): part is string => part !== undefined && part.trim() !== '');
  return `${parts.join('\n\n')}\n`;
}
