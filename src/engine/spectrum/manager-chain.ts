import type { CompiledModel, Organization, Person } from '../../model/index.ts';

/**
 * The people above someone, nearest first, following `reportsTo`. The loader rejects reporting
 * cycles; the guard only keeps a hand-built model from looping.
 */
export function managerChain(model: CompiledModel, person: Person): Person[] {
  const chain: Person[] = [];
  const seen = new Set([person.name]);
  let next = person.spec.reportsTo;
  while (next !== undefined && !seen.has(next)) {
    const manager = model.people.get(next);
    if (!manager) break;
    chain.push(manager);
    seen.add(next);
    next = manager.spec.reportsTo;
  }
  return chain;
}

/** The organizations a person heads, in model order. */
export function organizationsHeadedBy(
  model: CompiledModel,
  person: string,
): readonly Organization[] {
  return model.derive(organizationsByHead).get(person) ?? [];
}

/**
 * The organizations of each head, in model order, worked out once per model: every person's
 * reporting line asks at each manager above them, and a scan of every organization each time
 * grew with people times organizations.
 */
function organizationsByHead(model: CompiledModel): ReadonlyMap<string, readonly Organization[]> {
  const byHead = new Map<string, Organization[]>();
  for (const o of model.organizations.values()) {
    if (o.spec.head === undefined) continue;
    const list = byHead.get(o.spec.head);
    if (list) list.push(o);
    else byHead.set(o.spec.head, [o]);
  }
  return byHead;
}

/**
 * The organization whose line people report into: that of the first head on the way up
 * (§12.7.1). Undefined when no one on the way up heads an organization.
 */
export function lineOrganization(
  model: CompiledModel,
  chain: readonly Person[],
): Organization | undefined {
  for (const manager of chain) {
    const headed = organizationsHeadedBy(model, manager.name);
    // A head of several organizations: the innermost one is the line (its parent is also headed).
    const innermost = headed.find((o) => !headed.some((other) => other.spec.parent === o.name));
    if (innermost) return innermost;
  }
  return undefined;
}

/** An organization and its ancestors, innermost first. */
export function organizationAndAncestors(model: CompiledModel, name: string): Organization[] {
  const out: Organization[] = [];
  const seen = new Set<string>();
  let next: string | undefined = name;
  while (next !== undefined && !seen.has(next)) {
    const org = model.organizations.get(next);
    if (!org) break;
    out.push(org);
    seen.add(next);
    next = org.spec.parent;
  }
  return out;
}
