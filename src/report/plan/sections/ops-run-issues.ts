import { OPS_RUN_ISSUES } from '../../../engine/spectrum/ops-run-issues.ts';
import { mono, strong } from '../blocks.ts';
import { blockSection } from '../plan-section.ts';
import { targetCell } from '../target-cell.ts';

/**
 * §12.2.3 set out once where operations run high-tier or high-demand services: which services,
 * what the plan recommends instead, and the chapter's issues with "you build it, ops run it" with
 * their reasons. Nothing to say where operations run none (the `ops-run-high-target` check's
 * rule: high tier or high demand).
 */
export const opsRunIssuesSection = blockSection('ops-run-issues', (doc) => {
  const services = doc.services.filter(
    (s) => s.runModel === 'ops-runs-it' && (s.tier === 'high' || s.demand === 'high'),
  );
  if (services.length === 0) return undefined;
  return {
    title: 'Issues with “you build it, ops run it” (§12.2.3)',
    why: 'Services with a high target or high demand that operations run, and why the chapter advises against it: it has the longest incident resolution times and suits only lower targets and demand (§12.2.5).',
    blocks: [
      {
        headers: ['Service', 'Owner', 'Target', 'Demand', 'Recommended'],
        rows: services.map((s) => [
          mono(s.name),
          mono(s.owner),
          targetCell(s),
          s.demand ?? '–',
          mono(s.recommendation.runModel),
        ]),
      },
      { items: OPS_RUN_ISSUES.map((i) => [strong(i.issue), ': ', i.why]) },
    ],
  };
});
