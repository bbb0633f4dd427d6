import type { Model } from '../../model/index.ts';

/** An organization and every organization below it. */
export function organizationTree(model: Model, root: string): ReadonlySet<string> {
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
 * The people an organization's head count counts (§12.4.4, §12.4.6): the members of its teams
 * and of the teams of organizations below it, and the heads of all of them.
 */
export function organizationMembers(model: Model, root: string): string[] {
  const tree = organizationTree(model, root);
  const members = new Set<string>();
  for (const name of tree) {
    const head = model.organizations.get(name)?.spec.head;
    if (head !== undefined) members.add(head);
  }
  for (const person of model.people.values()) {
    const team = person.spec.team === undefined ? undefined : model.teams.get(person.spec.team);
    if (team && tree.has(team.spec.organization)) members.add(person.name);
  }
  return [...model.people.keys()].filter((p) => members.has(p));
}
