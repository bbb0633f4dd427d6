import type { CompiledModel, OrganizationType, Person } from '../../model/index.ts';
import { isSreEraModel, SRE_ERA_MODELS, type SreEraModel } from '../../model/index.ts';
import { lineOrganization, managerChain } from './manager-chain.ts';
import { type PeopleGroup, peopleGroup } from './people-group.ts';

/** One person's reporting line (§12.7.1). */
export interface PersonLine {
  readonly person: string;
  readonly group: PeopleGroup;
  readonly team: string | undefined;
  readonly teamOrganization: string | undefined;
  /** The organization whose head the `reportsTo` chain reaches first; undefined if none. */
  readonly lineOrganization: string | undefined;
  readonly lineOrganizationType: OrganizationType | undefined;
  /** `reportsTo`, then upwards, by name. */
  readonly managerChain: readonly string[];
  /** The models of the §12.7.1 table this person takes part in. */
  readonly runModels: readonly SreEraModel[];
}

/** A cell of this organization's reporting-lines table: how many of each group. */
export type GroupCounts = Readonly<Record<PeopleGroup, number>>;

export interface ReportingLines {
  readonly people: readonly PersonLine[];
  /** Models of the §12.7.1 table in use, in the chapter's order. */
  readonly models: readonly SreEraModel[];
  /** Counts by line organization type (rows) and model (columns). */
  readonly table: Readonly<Record<string, Readonly<Partial<Record<SreEraModel, GroupCounts>>>>>;
}

/**
 * The reporting lines of developers, SREs and SRE infrastructure engineers (§12.7.1), derived
 * from `reportsTo` and the organizations of their teams, and the chapter's table filled in
 * with this organization's people.
 */
export function reportingLines(model: CompiledModel): ReportingLines {
  const models = SRE_ERA_MODELS.filter((m) =>
    [...model.services.values()].some((s) => s.spec.runModel === m),
  );
  const people: PersonLine[] = [];
  for (const person of model.people.values()) {
    const group = peopleGroup(model, person);
    if (group === undefined) continue;
    const chain = managerChain(model, person);
    const line = lineOrganization(model, chain);
    const team = person.spec.team ? model.teams.get(person.spec.team) : undefined;
    people.push({
      person: person.name,
      group,
      team: team?.name,
      teamOrganization: team?.spec.organization,
      lineOrganization: line?.name,
      lineOrganizationType: line?.spec.type,
      managerChain: chain.map((p) => p.name),
      runModels: modelsOf(model, person, group, models),
    });
  }
  const table: Record<string, Partial<Record<SreEraModel, Record<PeopleGroup, number>>>> = {};
  for (const line of people) {
    const row = line.lineOrganizationType ?? 'none';
    const cells = table[row] ?? {};
    table[row] = cells;
    for (const runModel of line.runModels) {
      const cell = cells[runModel] ?? { developer: 0, sre: 0, 'sre-infrastructure-engineer': 0 };
      cells[runModel] = cell;
      cell[line.group] += 1;
    }
  }
  return { people, models, table };
}

function modelsOf(
  model: CompiledModel,
  person: Person,
  group: PeopleGroup,
  inUse: readonly SreEraModel[],
): SreEraModel[] {
  // SRE infrastructure serves every model (§12.7.1: infrastructure engineers in every column).
  if (group === 'sre-infrastructure-engineer') return [...inUse];
  const team = person.spec.team ? model.teams.get(person.spec.team) : undefined;
  if (!team) return [];
  const relevant =
    team.spec.type === 'sre'
      ? model.index.servicesOfSreTeam(team.name).filter((s) => s.spec.sreTeam === team.name)
      : model.index.servicesOwnedBy(team.name);
  const found = new Set(relevant.map((s) => s.spec.runModel).filter(isSreEraModel));
  if (found.size === 0 && team.spec.type === 'sre' && (team.spec.supports ?? []).length > 0) {
    found.add('you-and-sre-run-it');
  }
  return SRE_ERA_MODELS.filter((m) => found.has(m));
}
