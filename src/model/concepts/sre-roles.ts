import type { Person } from '../model.ts';
import type { PersonRole } from '../vocabulary.ts';

/**
 * What a person's role makes them in SRE terms (§12.9.3 role names, §12.9.5 ways to fulfill
 * the role): an SRE practicing on services, an engineer or product owner of the SRE
 * infrastructure, or no SRE at all.
 */
export type SreRoleKind =
  | 'service-sre'
  | 'infrastructure-engineer'
  | 'infrastructure-product-owner'
  | 'none';

/**
 * The one definition of the SRE roles: each `Person.role` once, so a new role does not compile
 * until it is placed. SREs, application SREs and platform SREs practice SRE on services
 * (§12.9.3); infrastructure SREs build the SRE infrastructure the development teams use, and the
 * SRE infrastructure product owner steers it as a product (§12.9.3, §12.9.5).
 */
export const SRE_ROLE_KIND = {
  developer: 'none',
  sre: 'service-sre',
  'application-sre': 'service-sre',
  'platform-sre': 'service-sre',
  'infrastructure-sre': 'infrastructure-engineer',
  'sre-infrastructure-po': 'infrastructure-product-owner',
  'ops-engineer': 'none',
  manager: 'none',
} as const satisfies Record<PersonRole, SreRoleKind>;

/** The roles that are SRE roles of any kind (§12.9.3). */
export type SreRole = {
  [R in PersonRole]: (typeof SRE_ROLE_KIND)[R] extends 'none' ? never : R;
}[PersonRole];

/**
 * Whether the role practices SRE on services: the SREs who share on-call, run services and
 * fill the §12.10 levels that follow teams, domains and product lines (§12.4.1, §12.10.2).
 */
export function practicesSreOnServices(role: PersonRole | undefined): boolean {
  return role !== undefined && SRE_ROLE_KIND[role] === 'service-sre';
}

/** Whether the role builds or steers the SRE infrastructure (§12.9.3, §12.9.5 third way). */
export function buildsSreInfrastructure(role: PersonRole | undefined): boolean {
  if (role === undefined) return false;
  const kind = SRE_ROLE_KIND[role];
  return kind === 'infrastructure-engineer' || kind === 'infrastructure-product-owner';
}

/**
 * Whether the role is an SRE engineering role, on services or on the SRE infrastructure: the
 * roles that walk the SRE career ladder and carry an SRE level (§12.10).
 */
export function isSreEngineerRole(role: PersonRole | undefined): boolean {
  if (role === undefined) return false;
  const kind = SRE_ROLE_KIND[role];
  return kind === 'service-sre' || kind === 'infrastructure-engineer';
}

/** Whether the role is an SRE role of any kind (§12.9.3). */
export function holdsSreRole(role: PersonRole | undefined): role is SreRole {
  return role !== undefined && SRE_ROLE_KIND[role] !== 'none';
}

/**
 * Whether a person is SRE capacity on services: they hold a role that practises SRE on services,
 * are in place (an open position "has a team, role and level but no one in it") and have SRE
 * practice (`srePracticeMonths: 0` is a title without the practice, §12.4.6, §12.9.4). Shared
 * on-call, running services alone, the §12.10.2 head count and careers' SRE track all count
 * these people, and only these.
 */
export function isPractisingSre(person: Person): boolean {
  return (
    practicesSreOnServices(person.spec.role) &&
    person.spec.openPosition !== true &&
    person.spec.srePracticeMonths !== 0
  );
}

/**
 * Whether a person holds a role that practises SRE on services without the practice: in place,
 * `srePracticeMonths: 0` (§12.4.6: operations engineers re-titled SRE; §12.9.4: the role is
 * earned by practice). Not SRE capacity (`isPractisingSre`), not on the SRE track of careers, not
 * an SRE of the reporting lines: a candidate for the role they hold.
 */
export function holdsSreTitleWithoutPractice(person: Person): boolean {
  return (
    practicesSreOnServices(person.spec.role) &&
    person.spec.openPosition !== true &&
    person.spec.srePracticeMonths === 0
  );
}

/**
 * Whether a person holds an SRE title of any kind, the SRE infrastructure's included, with an
 * explicit zero months of SRE practice (§12.9.4). Wider than `holdsSreTitleWithoutPractice`,
 * which asks about SRE capacity on services: what a team of re-titled operations engineers was
 * renamed to (`isSreTeamInNameOnly`) may be any SRE title.
 */
export function holdsSreTitleWithZeroPractice(person: Person): boolean {
  return holdsSreRole(person.spec.role) && person.spec.srePracticeMonths === 0;
}
