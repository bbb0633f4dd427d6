import {
  type CompiledModel,
  isSreRunModel,
  type PolicyToAgree,
  policyToAgree,
  type Service,
} from '../../model/index.ts';
import type { Recommendation } from './recommend-services.ts';
import type { SreSupport } from './sre-support.ts';

/**
 * The SRE team a recommendation puts on a service's pager (§12.4, §12.5): the one it names
 * today, else the one whose support the recommendation rests on. Undefined where the SRE is a
 * hire the hiring list places, with no SRE team for the owner today.
 */
function sreTeamOf(service: Service, support: SreSupport): string | undefined {
  if (isSreRunModel(service.spec.runModel) && service.spec.sreTeam !== undefined)
    return service.spec.sreTeam;
  switch (support.kind) {
    case 'covered':
    case 'spare':
    case 'fallback':
    case 'consulted':
      return support.capacity.team;
    case 'runs-alone':
      return support.running.team;
    case 'planned':
      return (support.today ?? support.consultedBy)?.team;
    case 'none':
      return undefined;
  }
}

/**
 * When the agreement is due: before SRE takes its share of the on-call, or now where SRE is on
 * the service's pager today (payments' ledger under a policy without a handback rule: "before SRE
 * takes its share" read as if SRE had not taken it yet).
 */
function due(service: Service): string {
  return isSreRunModel(service.spec.runModel)
    ? 'now: SRE is on its pager already'
    : 'before SRE takes its share of the on-call';
}

const AGREE_FIRST: Record<PolicyToAgree, (service: Service, team: string) => string> = {
  'error-budget-policy': (service, team) =>
    `It has no error budget policy: agree one with ${team}, with a rule for when SRE hands it back, ${due(service)}. The policy is the agreement that governs the SRE engagement (§12.4.1, §12.4.2), and handing back is how the SRE team regulates its workload (§12.1, §12.5).`,
  'handback-rule': (service, team) =>
    `Its error budget policy ${service.spec.errorBudgetPolicy} sets no rule for when SRE hands it back: add one, agreed with ${team}, ${due(service)}; handing back is how the SRE team regulates its workload (§12.1, §12.5).`,
};

/**
 * The reason that asks for the agreement SRE takes a service on under (`policyToAgree`), agreed
 * with `team` ("SRE team sre-core", "the SRE team the plan builds in it-development"): one
 * wording for the recommendation and for the plan, which names the SRE team once it knows where
 * SRE sits (`sreHome`).
 */
export function agreeFirstReason(
  service: Service,
  agreeFirst: PolicyToAgree,
  team: string,
): string {
  return AGREE_FIRST[agreeFirst](service, team);
}

/** How a reason names the SRE team a recommendation puts on a service's pager. */
export function sreTeamWords(sreTeam: string | undefined): string {
  return sreTeam === undefined ? 'the SRE team' : `SRE team ${sreTeam}`;
}

/**
 * An SRE-model recommendation with the terms SRE takes it on: which SRE team, and what of the
 * error budget policy must be agreed first (`policyToAgree`), said among its reasons. The target
 * the plan recommends then passes the checks that guard the same rules
 * (`sre-model-needs-sre-team`, `shared-on-call-without-policy`, `sre-team-cannot-hand-back`)
 * once what it asks for is done.
 */
export function withSreTerms(
  model: CompiledModel,
  service: Service,
  support: SreSupport,
  recommendation: Recommendation,
): Recommendation {
  if (!isSreRunModel(recommendation.runModel)) return recommendation;
  const sreTeam = sreTeamOf(service, support);
  const agreeFirst = policyToAgree(model, service);
  if (agreeFirst === undefined) return { ...recommendation, sreTeam };
  return {
    ...recommendation,
    reasons: [
      ...recommendation.reasons,
      agreeFirstReason(service, agreeFirst, sreTeamWords(sreTeam)),
    ],
    sreTeam,
    agreeFirst,
  };
}
