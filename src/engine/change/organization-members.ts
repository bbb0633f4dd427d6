import type { CompiledModel, Organization, Person, Team } from '../../model/index.ts';

/** The organization and every organization below it. */
export function organizationTree(model: CompiledModel, org: Organization): readonly string[] {
  const names = [org.name];
  // Parent cycles are rejected by the loader, so this walk ends.
  for (let i = 0; i < names.length; i++) {
    for (const child of model.organizations.values()) {
      if (child.spec.parent === names[i] && !names.includes(child.name)) names.push(child.name);
    }
  }
  return names;
}

/** The teams of an organization, including those of organizations below it. */
export function organizationTeams(model: CompiledModel, org: Organization): readonly Team[] {
  const tree = new Set(organizationTree(model, org));
  return [...model.teams.values()].filter((t) => tree.has(t.spec.organization));
}

/** The people of an organization's teams and its head, open positions included. */
export function organizationPeople(model: CompiledModel, org: Organization): readonly Person[] {
  const teams = new Set(organizationTeams(model, org).map((t) => t.name));
  return [...model.people.values()].filter(
    (p) => p.name === org.spec.head || (p.spec.team !== undefined && teams.has(p.spec.team)),
  );
}

/** The top product delivery organization, whose head presents the change (§12.10.3). */
export function productDeliveryOrganization(model: CompiledModel): Organization | undefined {
  const all = [...model.organizations.values()];
  return (
    all.find((o) => o.spec.type === 'product-delivery' && o.spec.parent === undefined) ??
    all.find((o) => o.spec.type === 'product-delivery') ??
    all.find((o) => o.spec.parent === undefined)
  );
}

/** A person's display name, or their name when the model has none. */
export function displayNameOf(model: CompiledModel, name: string): string {
  const person = model.people.get(name);
  return person?.spec.displayName ?? person?.metadata.displayName ?? name;
}
