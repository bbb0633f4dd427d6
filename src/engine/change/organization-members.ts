import type { CompiledModel, Organization, Team } from '../../model/index.ts';

/** The teams of an organization, including those of organizations below it. */
export function organizationTeams(model: CompiledModel, org: Organization): readonly Team[] {
  const teams = model.index.organizationTree(org.name).flatMap((name) => model.index.teamsOf(name));
  const order = new Map(
    model.index
      .inModelOrder(
        'Team',
        teams.map((t) => t.name),
      )
      .map((n, i) => [n, i]),
  );
  return teams.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
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
