import type { CompiledModel, Organization, Person } from '../../model/index.ts';

/** Where a line manager comes from: stated, or derived from the organization chart. */
export type LineManagerSource = 'reportsTo' | 'team-manager' | 'organization-head';

export interface LineManager {
  readonly manager: string;
  readonly source: LineManagerSource;
}

function headAbove(
  model: CompiledModel,
  org: Organization | undefined,
  person: string,
): string | undefined {
  const seen = new Set<string>();
  let current = org;
  // Parent cycles are rejected by the loader; `seen` only guards against a bug there.
  while (current && !seen.has(current.name)) {
    seen.add(current.name);
    const head = current.spec.head;
    if (head !== undefined && head !== person) return head;
    current =
      current.spec.parent === undefined ? undefined : model.organizations.get(current.spec.parent);
  }
  return undefined;
}

/**
 * A person's line manager (§12.7.1, §12.12.2): `reportsTo` when given; otherwise the manager of
 * their team; otherwise the nearest head of the team's organization or its parents. A head of an
 * organization without `reportsTo` reports to the nearest head above their organization.
 * Undefined at the top, or when the model has no one to name.
 */
export function lineManager(model: CompiledModel, person: Person): LineManager | undefined {
  if (person.spec.reportsTo !== undefined) {
    return { manager: person.spec.reportsTo, source: 'reportsTo' };
  }
  const team = person.spec.team === undefined ? undefined : model.teams.get(person.spec.team);
  if (team) {
    if (team.spec.manager !== undefined && team.spec.manager !== person.name) {
      return { manager: team.spec.manager, source: 'team-manager' };
    }
    const head = headAbove(model, model.organizations.get(team.spec.organization), person.name);
    return head === undefined ? undefined : { manager: head, source: 'organization-head' };
  }
  const headed = [...model.organizations.values()].find((o) => o.spec.head === person.name);
  const parent =
    headed?.spec.parent === undefined ? undefined : model.organizations.get(headed.spec.parent);
  const head = headAbove(model, parent, person.name);
  return head === undefined ? undefined : { manager: head, source: 'organization-head' };
}
