import type { CompiledModel, Organization, Team } from '../../model/index.ts';
import { displayName, organizationPeople, organizationTree } from '../../model/index.ts';
import { type SupportAllocation, supportHoursPerMonth } from '../chargeback/index.ts';
import { addDecimal, DECIMAL_ZERO, decimalToNumber, type Money } from '../money/index.ts';
import { perYear } from './budget-commitments.ts';
import { managerChain } from './manager-chain.ts';
import { PLACEMENT_TABLE, type PlacementRow } from './placement-table.ts';
import { type SreTeamHome, sreTeamHome } from './sre-team-home.ts';

/** One SRE team's placement: the chapter's row for its home, and this organization's facts. */
export interface SreTeamPlacement {
  readonly team: string;
  readonly organization: string;
  readonly home: SreTeamHome;
  /** The chapter's implications (§12.4.4–§12.4.8); undefined for a home it does not discuss. */
  readonly chapter: PlacementRow | undefined;
  /** Team manager, then up the `reportsTo` chain, by display name. */
  readonly reportingLine: readonly string[];
  /** People in the team. */
  readonly teamHeadCount: number;
  /** People the organization counts against its limit, and the limit. */
  readonly organizationHeadCount: number;
  readonly headcountLimit: number | undefined;
  readonly budgetPerYear: Money | undefined;
  readonly costCenter: string | undefined;
  /** Transfer prices the organization charges for SRE support (§12.4.7). */
  readonly charges: readonly {
    readonly transferPrice: string;
    readonly consumer: string;
    /** Support hours in an average month, as chargeback bills them (§12.4.7). */
    readonly hoursPerMonth: number;
  }[];
}

/** The placement of every SRE team (type `sre`), in model order (§12.4.4–§12.4.8). */
export function sreTeamPlacements(model: CompiledModel): SreTeamPlacement[] {
  const { allocations } = supportHoursPerMonth(model, 'average');
  // SRE teams often share an organization: count its people once, not once per team.
  const headCounts = new Map<string, number>();
  const headCountOf = (org: Organization): number => {
    let count = headCounts.get(org.name);
    if (count === undefined) {
      count = organizationPeople(model, org).length;
      headCounts.set(org.name, count);
    }
    return count;
  };
  return model.index
    .teamsOfType('sre')
    .map((t) => place({ model, team: t, allocations, headCountOf }));
}

function place(options: {
  readonly model: CompiledModel;
  readonly team: Team;
  readonly allocations: readonly SupportAllocation[];
  readonly headCountOf: (org: Organization) => number;
}): SreTeamPlacement {
  const { model, team, allocations } = options;
  const home = sreTeamHome(model, team);
  const org = model.organizations.get(team.spec.organization);
  const manager = team.spec.manager ? model.people.get(team.spec.manager) : undefined;
  const line = manager ? [manager, ...managerChain(model, manager)] : [];
  const budget = org?.spec.budget;
  return {
    team: team.name,
    organization: team.spec.organization,
    home,
    chapter: home === 'product-delivery' ? undefined : PLACEMENT_TABLE[home],
    reportingLine: line.map(displayName),
    teamHeadCount: model.index.membersOf(team.name).length,
    organizationHeadCount: org ? options.headCountOf(org) : 0,
    headcountLimit: org?.spec.headcountLimit,
    budgetPerYear: budget ? perYear(budget.amount, budget.currency, budget.period) : undefined,
    costCenter: org?.spec.costCenter,
    charges: [...model.transferPrices.values()]
      .filter((p) => p.spec.provider === team.spec.organization)
      .map((p) => ({
        transferPrice: p.name,
        consumer: p.spec.consumer,
        hoursPerMonth: teamSupportHours(
          model,
          allocations.filter((a) => a.sreTeam === team.name),
          p.spec.consumer,
        ),
      })),
  };
}

/** The team's support hours per month for dev teams of the consumer or below it (§12.4.7). */
function teamSupportHours(
  model: CompiledModel,
  allocations: readonly SupportAllocation[],
  consumer: string,
): number {
  const consumers = organizationTree(model, consumer);
  const hours = allocations
    .filter((a) => consumers.has(a.consumer))
    .reduce((sum, a) => addDecimal(sum, a.hours), DECIMAL_ZERO);
  return decimalToNumber(hours);
}
