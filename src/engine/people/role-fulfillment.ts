import type { CompiledModel, Service, Team, TeamSetup } from '../../model/index.ts';
import { isSreEraModel, type SreEraModel } from '../../model/index.ts';
import { peopleGroup } from '../spectrum/people-group.ts';
import { type SreTeamHome, sreTeamHome } from '../spectrum/sre-team-home.ts';

/** The three ways to fulfill the SRE role (§12.9.5), and the combination of the first two. */
export type FulfillmentOption =
  | 'rotation'
  | 'dedicated'
  | 'rotation-and-dedicated'
  | 'dedicated-infrastructure';

export const FULFILLMENT_OPTION_LABELS: Readonly<Record<FulfillmentOption, string>> = {
  rotation: 'SRE role on rotation',
  dedicated: 'Dedicated SRE role',
  'rotation-and-dedicated': 'SRE role on rotation + dedicated SRE role',
  'dedicated-infrastructure': 'Dedicated SRE role (SRE infrastructure)',
};

export type SreReportingLine = 'development' | 'operations' | 'sre';

/** "SRE Role Fulfillment Options" (§12.9.5): reporting line × run model. Empty is "-". */
export const ROLE_FULFILLMENT_TABLE: Readonly<
  Record<SreReportingLine, Readonly<Record<SreEraModel, readonly FulfillmentOption[]>>>
> = {
  development: {
    'you-run-it': ['rotation', 'dedicated', 'rotation-and-dedicated'],
    'you-and-sre-run-it': ['rotation-and-dedicated'],
    'sre-runs-it': ['dedicated'],
  },
  operations: {
    'you-run-it': ['dedicated-infrastructure'],
    'you-and-sre-run-it': ['rotation-and-dedicated'],
    'sre-runs-it': ['dedicated'],
  },
  sre: {
    'you-run-it': [],
    'you-and-sre-run-it': ['rotation-and-dedicated'],
    'sre-runs-it': ['dedicated'],
  },
};

const SETUP_OPTION: Readonly<Record<TeamSetup, FulfillmentOption>> = {
  'developers-on-rotation': 'rotation',
  'dedicated-sre': 'dedicated',
  'dedicated-sre-and-developers': 'rotation-and-dedicated',
};

/** One cell of the table as it applies to this organization. */
export interface FulfillmentRow {
  /** Where the SREs report; undefined when the model does not say (an SRE-run service without sreTeam). */
  readonly reportingLine: SreTeamHome | undefined;
  /** Undefined for SRE infrastructure teams, which run the infrastructure, not services. */
  readonly runModel: SreEraModel | undefined;
  /** The options the chapter gives for this cell; empty when it gives none. */
  readonly options: readonly FulfillmentOption[];
  /**
   * The options the model shows: from team setups for `you-run-it`, from the SRE team's SREs and
   * the shared rotation for the SRE team models; undefined when it shows none.
   */
  readonly inUse: readonly FulfillmentOption[] | undefined;
  readonly teams: readonly string[];
  readonly services: readonly string[];
}

function optionsFor(line: SreTeamHome | undefined, runModel: SreEraModel | undefined) {
  if (line === undefined || line === 'product-delivery') return [];
  if (runModel === undefined) return ['dedicated-infrastructure'] as const;
  return ROLE_FULFILLMENT_TABLE[line][runModel];
}

/**
 * How an SRE team fulfills the SRE role for a service it runs with or for the developers
 * (§12.9.5). Team setups describe only teams running their own services (§12.3), so for the SRE
 * team models the model shows it through people: the SRE team's SREs are dedicated SREs (full
 * time, option 1), and developers of the owner team on a rotation covering the service with
 * those SREs hold the SRE role on rotation (option 2; §12.4: the shared on-call rotation).
 */
function sreTeamOptions(model: CompiledModel, service: Service, team: Team): FulfillmentOption[] {
  const sres = new Set(model.index.sresOf(team.name).map((p) => p.name));
  const isOwnerDeveloper = (name: string) => {
    const person = model.people.get(name);
    return person?.spec.team === service.spec.owner && peopleGroup(model, person) === 'developer';
  };
  const onRotation = model.index
    .rotationsCovering(service.name)
    .some((r) => r.spec.members.some((m) => sres.has(m)) && r.spec.members.some(isOwnerDeveloper));
  if (sres.size > 0 && onRotation) return ['rotation-and-dedicated'];
  if (sres.size > 0) return ['dedicated'];
  return onRotation ? ['rotation'] : [];
}

/**
 * The role fulfillment options (§12.9.5) for the reporting lines and run models this
 * organization actually has: services of `you-run-it` report to their owner team's
 * organization, services run with or by SRE to their SRE team's organization.
 */
export function roleFulfillment(model: CompiledModel): readonly FulfillmentRow[] {
  const rows = new Map<
    string,
    {
      reportingLine: SreTeamHome | undefined;
      runModel: SreEraModel | undefined;
      teams: Set<string>;
      services: string[];
      inUse: Set<FulfillmentOption>;
    }
  >();
  const row = (reportingLine: SreTeamHome | undefined, runModel: SreEraModel | undefined) => {
    const key = `${reportingLine ?? '?'}|${runModel ?? 'infrastructure'}`;
    let found = rows.get(key);
    if (!found) {
      found = { reportingLine, runModel, teams: new Set(), services: [], inUse: new Set() };
      rows.set(key, found);
    }
    return found;
  };
  for (const service of model.services.values()) {
    const runModel = service.spec.runModel;
    if (!isSreEraModel(runModel)) continue;
    const teamName = runModel === 'you-run-it' ? service.spec.owner : service.spec.sreTeam;
    const team = teamName === undefined ? undefined : model.teams.get(teamName);
    const target = row(team ? sreTeamHome(model, team) : undefined, runModel);
    target.services.push(service.name);
    if (team) target.teams.add(team.name);
    const setup = team?.spec.setup;
    if (runModel === 'you-run-it' && setup !== undefined) target.inUse.add(SETUP_OPTION[setup]);
    if (runModel !== 'you-run-it' && team) {
      for (const option of sreTeamOptions(model, service, team)) target.inUse.add(option);
    }
  }
  for (const team of model.teams.values()) {
    if (team.spec.type !== 'sre-infrastructure') continue;
    const target = row(sreTeamHome(model, team), undefined);
    target.teams.add(team.name);
    target.inUse.add('dedicated-infrastructure');
  }
  return [...rows.values()].map((r) => ({
    reportingLine: r.reportingLine,
    runModel: r.runModel,
    options: optionsFor(r.reportingLine, r.runModel),
    inUse: r.inUse.size > 0 ? [...r.inUse] : undefined,
    teams: [...r.teams],
    services: r.services,
  }));
}
