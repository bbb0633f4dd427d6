import {
  lineOrganization,
  managerChain,
  organizationAndAncestors,
} from '../spectrum/manager-chain.ts';
import { type Check, finding } from './check.ts';

/**
 * §12.3, §12.7.1: a team's placement decides its people's reporting line. A person whose
 * manager chain first reaches the head of an organization that is neither their team's nor one
 * above it contradicts that placement (e.g. an SRE-organization SRE reporting to a development
 * manager).
 */
export const reportingLineMismatch: Check = {
  code: 'reporting-line-mismatch',
  severity: 'warning',
  section: '§12.3, §12.7.1',
  summary: 'a person whose manager chain contradicts the placement of their team',
  run: ({ model }) =>
    [...model.people.values()].flatMap((p) => {
      const team = p.spec.team ? model.teams.get(p.spec.team) : undefined;
      if (!team) return [];
      const line = lineOrganization(model, managerChain(model, p));
      if (!line) return [];
      const placement = organizationAndAncestors(model, team.spec.organization);
      if (placement.some((o) => o.name === line.name)) return [];
      return [
        finding(
          reportingLineMismatch,
          { kind: 'Person', name: p.name },
          `${p.name} is in team ${team.name} of the ${team.spec.organization} organization but reports up to the head of ${line.name}: the reporting line contradicts the team's placement, and with it the goals, incentives and KPIs the person works to.`,
        ),
      ];
    }),
};
