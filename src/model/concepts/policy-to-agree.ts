import type { CompiledModel } from '../compiled/compiled-model.ts';
import type { Service } from '../model.ts';

/**
 * What a service's error budget policy still lacks before SRE can take a share of its on-call:
 * the policy itself, or in it the rule for when SRE hands the service back.
 */
export const POLICIES_TO_AGREE = ['error-budget-policy', 'handback-rule'] as const;
export type PolicyToAgree = (typeof POLICIES_TO_AGREE)[number];

/**
 * The one rule for what must be agreed before SRE shares or takes a service's on-call. §12.4.1,
 * §12.4.2: "a general agreement between the development teams and the SRE team needs to govern
 * the SRE engagements", reflected "in the developments teams' error budget policies"; §12.5 and
 * §12.1: the SRE team regulates its workload by handing services back under that policy. Without
 * a policy there is no agreement (`shared-on-call-without-policy`); without a handback rule the
 * SRE team cannot hand the service back (`sre-team-cannot-hand-back`). Undefined when both are
 * there.
 */
export function policyToAgree(model: CompiledModel, service: Service): PolicyToAgree | undefined {
  const name = service.spec.errorBudgetPolicy;
  const policy = name === undefined ? undefined : model.errorBudgetPolicies.get(name);
  if (policy === undefined) return 'error-budget-policy';
  return policy.spec.handback === undefined ? 'handback-rule' : undefined;
}
