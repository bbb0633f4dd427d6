import type { CompiledModel } from '../../../model/index.ts';
import { text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

/** The organization the plan is about: the product delivery organization if there is one. */
export function planTitle(model: CompiledModel): string {
  const orgs = [...model.organizations.values()];
  const top = orgs.find((o) => o.spec.type === 'product-delivery') ?? orgs[0];
  return top ? (top.metadata.displayName ?? top.name) : 'the organization';
}

/** The title, what the document is, and the numbers at a glance. */
export const headerSection: PlanSection = {
  id: 'header',
  render: (model, analysis) => {
    const count = (severity: string) =>
      analysis.checks.filter((c) => c.severity === severity).length;
    return [
      `# Operating model plan: ${text(planTitle(model))}`,
      '_Who builds it, who runs it, and where SRE sits: the tables of the chapter on SRE organizational structure (§12), filled in for this organization, each with what it means for you. Paste any section into a decision document._',
      `${model.services.size} services, ${model.teams.size} teams, ${model.people.size} people, ${model.rotations.size} rotations. Checks: ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info(s). Availability tiers: high ≥ ${analysis.thresholds.high}%, medium ≥ ${analysis.thresholds.medium}%, low below.`,
    ].join('\n\n');
  },
};
