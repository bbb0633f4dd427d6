import type { Model, Person, PersonRole } from '../../model/index.ts';

/**
 * Roles that practice SRE on services and so fill the §12.10 career levels (§12.9.3 role
 * names). Infrastructure SREs build the SRE infrastructure (§12.9.5, third way of fulfilling
 * the role) and are counted apart.
 */
export const SERVICE_SRE_ROLES: ReadonlySet<PersonRole> = new Set([
  'sre',
  'application-sre',
  'platform-sre',
]);

export const INFRASTRUCTURE_SRE_ROLES: ReadonlySet<PersonRole> = new Set([
  'infrastructure-sre',
  'sre-infrastructure-po',
]);

export function serviceSres(model: Model): Person[] {
  return [...model.people.values()].filter(
    (p) => p.spec.role !== undefined && SERVICE_SRE_ROLES.has(p.spec.role),
  );
}

export function infrastructureSres(model: Model): Person[] {
  return [...model.people.values()].filter(
    (p) => p.spec.role !== undefined && INFRASTRUCTURE_SRE_ROLES.has(p.spec.role),
  );
}
