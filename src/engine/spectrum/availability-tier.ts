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

/** The tier of a service; undefined when it states no availability target. */
export function serviceTier(
  service: Service,
  thresholds: TierThresholds,
): AvailabilityTier | undefined {
  const target = service.spec.availabilityTarget;
  return target === undefined ? undefined : tierOf(target, thresholds);
}

/**
 * The tier a service is designed and run by (§12.6, §12.8.1): its target's tier; without a target
 * its demand; without either, medium. The recommendation, the optimized design and the SRE scope
 * of a target model read it from here.
 */
export function serviceLevel(service: Service, thresholds: TierThresholds): AvailabilityTier {
  return serviceTier(service, thresholds) ?? service.spec.demand ?? 'medium';
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
