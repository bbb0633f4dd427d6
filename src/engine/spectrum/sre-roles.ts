import type { Model, Person, PersonRole } from '../../model/index.ts';

/** Roles that practice SRE on services (§12.9.3 role names). */
export const SRE_ROLES: ReadonlySet<PersonRole> = new Set([
  'sre',
  'application-sre',
  'platform-sre',
]);

/** Roles that build the SRE infrastructure (§12.9.3). */
export const SRE_INFRASTRUCTURE_ROLES: ReadonlySet<PersonRole> = new Set([
  'infrastructure-sre',
  'sre-infrastructure-po',
]);

/** The three groups whose reporting lines §12.7.1 draws. */
export type PeopleGroup = 'developer' | 'sre' | 'sre-infrastructure-engineer';

/** Whether a person holds an SRE role of any kind (services or infrastructure). */
export function holdsSreRole(person: Person): boolean {
  const role = person.spec.role;
  return role !== undefined && (SRE_ROLES.has(role) || SRE_INFRASTRUCTURE_ROLES.has(role));
}

/**
 * The §12.7.1 group of a person: from their role, else from their team's type. Managers, ops
 * engineers and people without a team or role are in none of the groups.
 */
export function peopleGroup(model: Model, person: Person): PeopleGroup | undefined {
  const role = person.spec.role;
  const teamType = person.spec.team ? model.teams.get(person.spec.team)?.spec.type : undefined;
  if (role === 'developer') return 'developer';
  if (role !== undefined && SRE_INFRASTRUCTURE_ROLES.has(role))
    return 'sre-infrastructure-engineer';
  if (role !== undefined && SRE_ROLES.has(role)) {
    return teamType === 'sre-infrastructure' ? 'sre-infrastructure-engineer' : 'sre';
  }
  if (role !== undefined) return undefined;
  if (teamType === 'development') return 'developer';
  if (teamType === 'sre') return 'sre';
  if (teamType === 'sre-infrastructure') return 'sre-infrastructure-engineer';
  return undefined;
}

/** The people of a team, in model order. */
export function membersOf(model: Model, team: string): Person[] {
  return [...model.people.values()].filter((p) => p.spec.team === team);
}

/** The people of a team who practice SRE on services: the SREs who can share on-call (§12.4.1). */
export function sresOf(model: Model, team: string): Person[] {
  return membersOf(model, team).filter(
    (p) => p.spec.role !== undefined && SRE_ROLES.has(p.spec.role),
  );
}
