import { describeTier, tierOfService } from '../spectrum/availability-tier.ts';
import { opsRunIssuesSentence } from '../spectrum/ops-run-issues.ts';
import { type Check, finding } from './check.ts';

/**
 * §12.2.5: ops-run services suit lower targets and demand only; incidents take longest there.
 * The finding sets out the chapter's issues with "you build it, ops run it" (§12.2.3), so a
 * reader of the plan sees why, not only that.
 */
export const opsRunHighTarget: Check = {
  code: 'ops-run-high-target',
  severity: 'warning',
  section: '§12.2.5',
  summary: '`ops-runs-it` for a high-tier target or high demand',
  run: ({ model, thresholds }) =>
    [...model.services.values()].flatMap((s) => {
      if (s.spec.runModel !== 'ops-runs-it') return [];
      const { tier, basis } = tierOfService(s, thresholds);
      if (tier !== 'high' && s.spec.demand !== 'high') return [];
      const what =
        tier !== 'high'
          ? 'high demand'
          : basis === 'target'
            ? `a high-tier target of ${s.spec.availabilityTarget}% (≥ ${thresholds.high}%)`
            : describeTier(s, thresholds);
      return [
        finding(
          opsRunHighTarget,
          { kind: 'Service', name: s.name },
          `Service ${s.name} has ${what} but is run by ops: "you build it, ops run it" has the longest incident resolution times and suits only lower targets and demand. Its issues (§12.2.3): ${opsRunIssuesSentence()}.`,
        ),
      ];
    }),
};
