import type { CompiledModel } from '../compiled/compiled-model.ts';
import type { Organization, Person } from '../model.ts';

/** How a person is placed in an organization. */
export type Placement =
  /** They head it (`Organization.head`). */
  | 'head'
  /** They are in one of its teams (`Person.team`). */
  | 'team'
  /** They manage one of its teams (`Team.manager`) and name no team of their own. */
  | 'manages-team'
  /** They have no team and report, up the `reportsTo` chain, to someone placed in it. */
  | 'reporting-line';

/** The organization a person belongs to, and how that is known. */
export interface HomeOrganization {
  readonly organization: string;
  readonly by: Placement;
  /** The team (for `team`, `manages-team`) or the manager (for `reporting-line`) that places them. */
  readonly via?: string;
}

/**
 * The one rule for where a person counts (§12.4.4: an SRE team's head count is "part of" the
 * head count of the organization it sits in; §12.4.6: head count limits and budgets bind that
 * organization). Everyone counts somewhere: the head of an organization in the organization they
 * head (the topmost, if they head several); anyone else with a `team` in their team's
 * organization; a team manager without a `team` in the organization of the team they manage
 * (the first, in model order); anyone else in the home of the first manager up their `reportsTo`
 * chain who has one. Undefined only for a person none of these places.
 */
export function homeOrganization(
  model: CompiledModel,
  person: string,
): HomeOrganization | undefined {
  return homeOrganizations(model).get(person);
}

/** The organization and every organization below it, by name, root first. */
export function organizationTree(
  model: CompiledModel,
  root: Organization | string,
): ReadonlySet<string> {
  return new Set(model.index.organizationTree(typeof root === 'string' ? root : root.name));
}

/**
 * The people of an organization: everyone in place whose home (`homeOrganization`) is it or an
 * organization below it, in model order. An open position is never a person (it "has a team, role
 * and level but no one in it"): it is in `organizationOpenPositions`. Head count, funding,
 * placements and the change plan all count these people.
 */
export function organizationPeople(
  model: CompiledModel,
  organization: Organization,
): readonly Person[] {
  return placedIn(model, organization).filter((p) => p.spec.openPosition !== true);
}

/** The open positions of an organization and of those below it, placed as people are. */
export function organizationOpenPositions(
  model: CompiledModel,
  organization: Organization,
): readonly Person[] {
  return placedIn(model, organization).filter((p) => p.spec.openPosition === true);
}

function placedIn(model: CompiledModel, organization: Organization): readonly Person[] {
  const byHome = model.derive(peopleByHome);
  const tree = model.index.organizationTree(organization.name);
  if (tree.length === 1) return byHome.get(organization.name) ?? [];
  const names = tree.flatMap((org) => (byHome.get(org) ?? []).map((p) => p.name));
  return model.index.inModelOrder('Person', names).map((name) => model.people.get(name) as Person);
}

/** Everyone with a home, by their home organization, in model order (linear in the people). */
function peopleByHome(model: CompiledModel): ReadonlyMap<string, readonly Person[]> {
  const homes = homeOrganizations(model);
  const byHome = new Map<string, Person[]>();
  for (const person of model.people.values()) {
    const home = homes.get(person.name);
    if (home === undefined) continue;
    const list = byHome.get(home.organization);
    if (list) list.push(person);
    else byHome.set(home.organization, [person]);
  }
  return byHome;
}

/** Depth of an organization below the top (0 for a root). */
function depth(model: CompiledModel, name: string): number {
  let d = 0;
  let current = model.organizations.get(name);
  const seen = new Set<string>();
  while (current?.spec.parent !== undefined && !seen.has(current.name)) {
    seen.add(current.name);
    current = model.organizations.get(current.spec.parent);
    d++;
  }
  return d;
}

/** The home organization of every person who has one, by name (`homeOrganization`). */
export function homeOrganizations(model: CompiledModel): ReadonlyMap<string, HomeOrganization> {
  return model.derive(placeAll);
}

function placeAll(model: CompiledModel): ReadonlyMap<string, HomeOrganization> {
  const homes = new Map<string, HomeOrganization>();
  const headed = new Map<string, string>();
  for (const org of model.organizations.values()) {
    const head = org.spec.head;
    if (head === undefined) continue;
    const before = headed.get(head);
    if (before === undefined || depth(model, org.name) < depth(model, before)) {
      headed.set(head, org.name);
    }
  }
  for (const [person, organization] of headed) homes.set(person, { organization, by: 'head' });
  for (const person of model.people.values()) {
    if (homes.has(person.name) || person.spec.team === undefined) continue;
    const team = model.teams.get(person.spec.team);
    if (team) {
      homes.set(person.name, { organization: team.spec.organization, by: 'team', via: team.name });
    }
  }
  for (const team of model.teams.values()) {
    const manager = team.spec.manager;
    if (manager === undefined || homes.has(manager)) continue;
    homes.set(manager, {
      organization: team.spec.organization,
      by: 'manages-team',
      via: team.name,
    });
  }
  for (const person of model.people.values()) {
    if (homes.has(person.name)) continue;
    // Walk up the chain to the first manager with a home; reporting cycles are rejected by the
    // loader, the `seen` set only guards the walk.
    const seen = new Set([person.name]);
    let manager = person.spec.reportsTo;
    while (manager !== undefined && !seen.has(manager)) {
      const home = homes.get(manager);
      if (home) {
        homes.set(person.name, {
          organization: home.organization,
          by: 'reporting-line',
          via: person.spec.reportsTo as string,
        });
        break;
      }
      seen.add(manager);
      manager = model.people.get(manager)?.spec.reportsTo;
    }
  }
  return homes;
}
