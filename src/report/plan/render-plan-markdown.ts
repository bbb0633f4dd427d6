import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';
import type { PlanSection } from './plan-section.ts';
import { PLAN_SECTIONS } from './plan-sections.ts';

/**
 * The plan document as Markdown: every section with something to say, in order, each `##`
 * section after an anchor named by its id, so the summary's links resolve on GitHub too.
 */
export function renderPlanMarkdown(
  doc: PlanDocument,
  sections: readonly PlanSection[] = PLAN_SECTIONS,
): string {
  const parts = sections.flatMap((s) => {
    const part = s.render(doc);
    if (part === undefined || part.trim() === '') return [];
    return s.id === 'header' ? [part] : [`<a id="${s.id}"></a>\n\n${part}`];
  });
  return `${parts.join('\n\n')}\n`;
}
