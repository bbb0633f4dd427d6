import type { CompiledModel, Service } from '../../model/index.ts';
import { DEFAULT_AVAILABILITY_TIERS } from '../../model/kinds/organization.ts';

export type AvailabilityTier = 'high' | 'medium' | 'low';

export interface TierThresholds {
  readonly high: number;
  readonly medium: number;
}

/**
 * The availability tier thresholds in force: those of the product delivery organization
 * (`availabilityTiers`), else the defaults (high ≥ 99.9, medium ≥ 99.5). §12.6 designs on-call
 * by tier; keeping the numbers in the model means no rule hard-codes them.
 */
export function tierThresholds(model: CompiledModel): TierThresholds {
  for (const org of model.organizations.values()) {
    if (org.spec.type === 'product-delivery' && org.spec.availabilityTiers) {
      return org.spec.availabilityTiers;
    }
  }
  return DEFAULT_AVAILABILITY_TIERS;
}

/** The tier of an availability target in percent. */
export function tierOf(target: number, thresholds: TierThresholds): AvailabilityTier {
  if (target >= thresholds.high) return 'high';
  if (target >= thresholds.medium) return 'medium';
  return 'low';
}

/**
 * Where a service's tier comes from: its availability target; without one its demand; without
 * either the default, medium. A tier from demand or the default is provisional (§12.8.1: a
 * target is agreed with the business), so whatever shows it says which.
 */
export const TIER_BASES = ['target', 'demand', 'default'] as const;
export type TierBasis = (typeof TIER_BASES)[number];

/** The tier a service is run by, with its basis. */
export interface ServiceTier {
  readonly tier: AvailabilityTier;
  readonly basis: TierBasis;
}

/**
 * The tier a service is designed and run by (§12.6, §12.8.1): its target's tier; without a
 * target its demand; without either, medium. The one definition every command reads: the checks,
 * the schedule's round-the-clock rule, the recommendations, the optimized design, the SRE scope
 * of a target model, the plan, the console and lookup. A high-demand service without a target is
 * high tier for all of them, not for some.
 */
export function tierOfService(service: Service, thresholds: TierThresholds): ServiceTier {
  const { availabilityTarget, demand } = service.spec;
  if (availabilityTarget !== undefined) {
    return { tier: tierOf(availabilityTarget, thresholds), basis: 'target' };
  }
  if (demand !== undefined) return { tier: demand, basis: 'demand' };
  return { tier: 'medium', basis: 'default' };
}

/** The tier of `tierOfService` alone, for rules that do not say why. */
export function serviceLevel(service: Service, thresholds: TierThresholds): AvailabilityTier {
  return tierOfService(service, thresholds).tier;
}

/**
 * A service's tier in words with its basis, to follow "has" in findings: "a high-tier target of
 * 99.9%", or, without a target, "high demand and no availability target (high tier until a
 * target is set)", so a reader never takes a provisional tier for an agreed one.
 */
export function describeTier(service: Service, thresholds: TierThresholds): string {
  const { tier, basis } = tierOfService(service, thresholds);
  switch (basis) {
    case 'target':
      return `a ${tier}-tier target of ${service.spec.availabilityTarget}%`;
    case 'demand':
      return `${service.spec.demand} demand and no availability target (${tier} tier until a target is set)`;
    case 'default':
      return `neither an availability target nor demand (${tier} tier until a target is set)`;
  }
}

/**
 * Whether operations may run a service (§12.2.2: "services with low availability targets can be
 * run by the operations teams"): a low tier (or, without a target, low demand) and demand that
 * is not high. Above that, operations would resolve its incidents too slowly and the developers
 * run it. A service without target or demand counts as medium. The recommendations and the
 * §12.6 optimized design both decide by this.
 */
export function operationsMayRun(service: Service, thresholds: TierThresholds): boolean {
  return serviceLevel(service, thresholds) === 'low' && service.spec.demand !== 'high';
}

/**
 * Whether a service's demand is high while its target puts it in a lower tier (saas-global's
 * dashboards-web: high demand, 99.9 % under tiers of 99.95 and 99.9). The target decides the
 * tier (`tierOfService`: it is what was agreed, §12.8.1), so the service may be covered in
 * office hours only; the demand stays worth saying where that happens, in `check` and in the
 * optimized design's reasons, so the reader confirms the target or raises it.
 */
export function highDemandBelowItsTier(service: Service, thresholds: TierThresholds): boolean {
  const { tier, basis } = tierOfService(service, thresholds);
  return service.spec.demand === 'high' && basis === 'target' && tier !== 'high';
}
