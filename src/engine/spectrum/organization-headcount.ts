import type { CompiledModel, Organization } from '../../model/index.ts';

/** An organization and every organization below it, by name. */
export function organizationTree(model: CompiledModel, root: string): ReadonlySet<string> {
  return new Set(model.index.organizationTree(root));
}

/**
 * The people an organization counts against its head count limit and its budget (§12.4.4,
 * §12.4.6): everyone in a team of the organization or of an organization below it, plus the heads
 * of those organizations. Funding plans and the spectrum analysis count the same people.
 */
export function organizationPeople(model: CompiledModel, organization: Organization): string[] {
  const people = new Set<string>();
  const tree = model.index.organizationTree(organization.name);
  for (const name of tree) {
    const head = model.organizations.get(name)?.spec.head;
    if (head !== undefined && model.people.has(head)) people.add(head);
  }
  for (const name of tree) {
    for (const team of model.index.teamsOf(name)) {
      for (const person of model.index.membersOf(team.name)) people.add(person.name);
    }
  }
  return model.index.inModelOrder('Person', people);
}
