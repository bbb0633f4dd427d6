import { type Check, finding } from './check.ts';

/**
 * §12.5: the error budget policy of a service SRE runs alone is the agreement "about the minimum
 * reliability to be exhibited by the services for the SRE team to run them": when SRE takes it
 * into operation, and when it returns it. A policy with neither a takeover nor a handback rule
 * leaves both undecided.
 */
export const srePolicyWithoutRules: Check = {
  code: 'sre-policy-without-rules',
  severity: 'error',
  section: '§12.5',
  summary:
    'an `sre-runs-it` service whose error budget policy has neither a takeover nor a handback rule',
  run: ({ model }) =>
    [...model.services.values()].flatMap((s) => {
      if (s.spec.runModel !== 'sre-runs-it' || s.spec.errorBudgetPolicy === undefined) return [];
      const policy = model.errorBudgetPolicies.get(s.spec.errorBudgetPolicy);
      if (!policy || policy.spec.takeover || policy.spec.handback) return [];
      return [
        finding(
          srePolicyWithoutRules,
          { kind: 'Service', name: s.name },
          `Service ${s.name} is run by SRE alone under error budget policy ${policy.name}, which sets neither a takeover nor a handback rule: nothing says when SRE hands it back to its developers or takes it over again.`,
        ),
      ];
    }),
};
