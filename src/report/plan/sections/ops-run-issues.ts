import { OPS_RUN_ISSUES } from '../../../engine/spectrum/ops-run-issues.ts';
import { code, list, section, table, text } from '../markdown.ts';
import type { PlanSection } from '../plan-section.ts';

/**
 * §12.2.3 set out once where operations run high-tier or high-demand services: which services,
 * what the plan recommends instead, and the chapter's issues with "you build it, ops run it" with
 * their reasons. Nothing to say where operations run none (the `ops-run-high-target` check's
 * rule: high tier or high demand).
 */
export const opsRunIssuesSection: PlanSection = {
  id: 'ops-run-issues',
  render: (doc) => {
    const services = doc.services.filter(
      (s) => s.runModel === 'ops-runs-it' && (s.tier === 'high' || s.demand === 'high'),
    );
    if (services.length === 0) return undefined;
    return section(
      'Issues with “you build it, ops run it” (§12.2.3)',
      'Services with a high target or high demand that operations run, and why the chapter advises against it: it has the longest incident resolution times and suits only lower targets and demand (§12.2.5).',
      table(
        ['Service', 'Owner', 'Target', 'Demand', 'Recommended'],
        services.map((s) => [
          code(s.name),
          code(s.owner),
          s.availabilityTarget === null ? '–' : `${s.availabilityTarget}% (${s.tier ?? '–'})`,
          s.demand ?? '–',
          code(s.recommendation.runModel),
        ]),
      ),
      list(OPS_RUN_ISSUES.map((i) => `**${text(i.issue)}**: ${text(i.why)}`)),
    );
  },
};
