import { type ErrorBudgetPolicy, isSreRunModel } from '../../model/index.ts';
import { type Check, finding } from './check.ts';

/**
 * §12.1, the first of the three further principles: "SRE needs SLOs with consequences". A target
 * without an error budget policy has none: nothing is frozen, reviewed or handed over when the
 * budget is gone. Nor has one under a policy that states only its window (as the policy made from
 * an OpenSLO SLO's window is): no freeze, no postmortem rule, nobody told or escalated to, no
 * takeover or handback. Services run with SRE are checked by `sre-run-needs-policy`,
 * `sre-policy-without-rules` and `shared-on-call-without-policy`; this reports the others that
 * state a target.
 */
export const sloWithoutPolicy: Check = {
  code: 'slo-without-policy',
  severity: 'info',
  section: '§12.1',
  summary:
    'a service with an availability target or SLO but no error budget policy, or one under a policy with no consequence (a window alone): an SLO without consequences',
  run: ({ model }) =>
    [...model.services.values()].flatMap((s) => {
      if (isSreRunModel(s.spec.runModel)) return [];
      const target =
        s.spec.availabilityTarget !== undefined
          ? `a target of ${s.spec.availabilityTarget}%`
          : s.spec.slo !== undefined
            ? `the SLO ${s.spec.slo}`
            : undefined;
      if (target === undefined) return [];
      const named = s.spec.errorBudgetPolicy;
      if (named === undefined)
        return [
          finding(
            sloWithoutPolicy,
            { kind: 'Service', name: s.name },
            `Service ${s.name} has ${target} but no error budget policy: an SLO without consequences; agree what happens when its budget is spent (a release freeze, postmortems, who is told).`,
          ),
        ];
      const policy = model.errorBudgetPolicies.get(named);
      if (policy === undefined || hasConsequence(policy)) return [];
      return [
        finding(
          sloWithoutPolicy,
          { kind: 'Service', name: s.name },
          `Service ${s.name} has ${target} under error budget policy ${named}, which states only its window (${policy.spec.window}): nothing happens when the budget is spent, an SLO without consequences; agree what does (a release freeze, postmortems, who is told).`,
        ),
      ];
    }),
};

/** Whether a policy says what happens when the budget is spent, or who is told of its burn. */
function hasConsequence(policy: ErrorBudgetPolicy): boolean {
  const p = policy.spec;
  return (
    p.freezeWhenDepleted === true ||
    p.postmortemIncidentShare !== undefined ||
    p.escalateTo !== undefined ||
    p.takeover !== undefined ||
    p.handback !== undefined ||
    (p.burnRateAlerts?.length ?? 0) > 0
  );
}
