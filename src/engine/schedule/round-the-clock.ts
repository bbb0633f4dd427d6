import type { CompiledModel, Rotation, Service } from '../../model/index.ts';
import { serviceLevel, type TierThresholds } from '../spectrum/availability-tier.ts';

/**
 * Whether a rotation's people know the services it covers: team and domain rotations do. The
 * thin layer receives every SLO breach and handles what its runbooks cover, forwarding the rest
 * (§12.6): in front of the people who know a service it is welcome, but it is not them.
 */
export function knowsItsServices(rotation: Rotation): boolean {
  return rotation.spec.type !== 'thin-layer';
}

/**
 * Whether a service needs someone who knows it on call round the clock: high-tier services do
 * (§12.6: "for services with high availability targets, a team on-call rotation is
 * recommended"; an SLO breach at 03:00 that no runbook covers must reach a person who can
 * recover the service, not wait for office hours). The tier is the one every command reads
 * (`tierOfService`): a high-demand service without a target is high tier here too.
 */
export function needsRoundTheClock(service: Service, thresholds: TierThresholds): boolean {
  return serviceLevel(service, thresholds) === 'high';
}

/**
 * The rotations that cover a service round the clock with people who know it: 24x7 team or
 * domain rotations among those covering it (the one coverage rule, `rotationCovers`). Schedules
 * (`coverage-gap`), the check `high-tier-without-round-the-clock` and the §12.6 optimized design
 * hold high-tier services to this.
 */
export function roundTheClockRotations(model: CompiledModel, service: Service): Rotation[] {
  return model.index
    .rotationsCovering(service.name)
    .filter((r) => knowsItsServices(r) && r.spec.coverage === '24x7');
}

/**
 * The team rotations among `roundTheClockRotations`: what a high-tier service should have
 * (§12.6: "for services with high availability targets, a team on-call rotation is
 * recommended"; a domain rotation is the economy for medium targets, whose bigger error budgets
 * allow a slower recovery by someone who knows the domain less well). The §12.6 optimized design
 * keeps these for a high tier and adds one where there is none; the check
 * `domain-rotation-high-target` warns about a high tier that only domain rotations cover.
 */
export function teamRotationsRoundTheClock(model: CompiledModel, service: Service): Rotation[] {
  return roundTheClockRotations(model, service).filter((r) => r.spec.type !== 'domain');
}
