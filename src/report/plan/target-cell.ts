import type { PlanDocument } from '../../engine/plan/document/plan-document-schema.ts';

type ServicePlan = PlanDocument['services'][number];

/**
 * A service's target with its tier, for a table cell. Without a target the tier still shows,
 * with where it comes from (demand, or the medium default): it holds until a target is set, and
 * the checks and the design treat the service by it (`tierOfService`).
 */
export function targetCell(s: ServicePlan): string {
  if (s.availabilityTarget !== null) return `${s.availabilityTarget}% (${s.tier})`;
  return s.tierBasis === 'demand'
    ? `none (${s.tier} tier from demand)`
    : `none (${s.tier} tier by default)`;
}
