import type { CompiledModel, Organization } from '../../model/index.ts';

/** An organization and every organization below it, by name. */
export function organizationTree(model: CompiledModel, root: string): ReadonlySet<string> {
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const org of model.organizations.values()) {
      if (org.spec.parent !== undefined && tree.has(org.spec.parent) && !tree.has(org.name)) {
        tree.add(org.name);
        grew = true;
      }
    }
  }
  return tree;
}

/**
 * The people an organization counts against its head count limit and its budget (§12.4.4,
 * §12.4.6): everyone in a team of the organization or of an organization below it, plus the heads
 * of those organizations. Funding plans and the spectrum analysis count the same people.
 */
export function organizationPeople(model: CompiledModel, organization: Organization): string[] {
  const tree = organizationTree(model, organization.name);
  const people = new Set<string>();
  for (const name of tree) {
    const head = model.organizations.get(name)?.spec.head;
    if (head !== undefined) people.add(head);
  }
  for (const person of model.people.values()) {
    const team = person.spec.team ? model.teams.get(person.spec.team) : undefined;
    if (team && tree.has(team.spec.organization)) people.add(person.name);
  }
  return [...model.people.keys()].filter((name) => people.has(name));
}
