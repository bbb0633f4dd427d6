import {
  type CompiledModel,
  isSreRunModel,
  type RunModel,
  type Service,
} from '../../model/index.ts';
import { roundTheClockRotations } from '../schedule/round-the-clock.ts';
import { serviceLevel, type TierThresholds } from '../spectrum/availability-tier.ts';
import { opsRunAccepted } from '../spectrum/ops-run-accepted.ts';
import { targetModelOf } from './target-model-of.ts';

/**
 * Whether an organization's SRE target model moves a service to SRE: the one definition the SRE
 * head count (`sreScope`, its `target-model` seat) and the plan's recommendation (its `planned`
 * SRE support) both read, so a team gets an SRE seat exactly where the recommendation gives its
 * service an SRE model. It reads the model alone, not the recommendation: the recommendation
 * reads the head count.
 *
 * A high tier (§12.6: team rotations for high targets) moves when SRE is not on call for it yet,
 * operations do not keep it (`opsRunAccepted`: a bought product, a team with nobody to build it,
 * an accepted vendor's product), and nobody of its developers is on call for it round the clock:
 * operations run it, nobody does, or its developers cover it in office hours only (insurer-today's
 * customer portal, nobody on call 128 h a week). A high tier its developers already run round the
 * clock (`roundTheClockRotations`, a 24x7 team or domain rotation of people who know it) has the
 * team rotation §12.6 asks for, which "you build it, you run it" implements as well as shared
 * on-call does: the target gives it no SRE seat, and its developers keep it (§12.3; §12.4.1: teams
 * SRE has nobody for keep "you build it, you run it"; §12.8.1: the model is chosen per service).
 * telecom-carrier's Digital teams run login and the API gateway round the clock: the company-wide
 * target hired SREs for them, and principals for their line, into an SRE organization of 8 that
 * serves the network-services line.
 */
export function targetMovesToSre(
  model: CompiledModel,
  service: Service,
  thresholds: TierThresholds,
): boolean {
  if (serviceLevel(service, thresholds) !== 'high') return false;
  if (isSreRunModel(service.spec.runModel) || opsRunAccepted(model, service)) return false;
  if (service.spec.runModel !== 'you-run-it') return true;
  return roundTheClockRotations(model, service).length === 0;
}

/**
 * Why a high tier stays with its developers under an SRE target model (`targetMovesToSre` false
 * only because they run it round the clock): the target and the 24x7 rotations they run it on,
 * for the recommendation to say so. Undefined for every other service.
 */
export function keptByDevelopersUnderTarget(
  model: CompiledModel,
  service: Service,
  thresholds: TierThresholds,
): { readonly target: RunModel; readonly rotations: readonly string[] } | undefined {
  const owner = model.teams.get(service.spec.owner);
  const target = owner === undefined ? undefined : targetModelOf(model, owner.spec.organization);
  if (target === undefined || !isSreRunModel(target)) return undefined;
  if (service.spec.runModel !== 'you-run-it' || serviceLevel(service, thresholds) !== 'high')
    return undefined;
  if (opsRunAccepted(model, service) || targetMovesToSre(model, service, thresholds))
    return undefined;
  return { target, rotations: roundTheClockRotations(model, service).map((r) => r.name) };
}
