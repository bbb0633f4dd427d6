import { isSreRunModel } from '../../model/index.ts';
import { type Check, finding } from './check.ts';

/**
 * §12.1, the first of the three further principles: "SRE needs SLOs with consequences". A target
 * without an error budget policy has none: nothing is frozen, reviewed or handed over when the
 * budget is gone. Services run with SRE are checked by `sre-run-needs-policy` and
 * `shared-on-call-without-policy`; this reports the others that state a target.
 */
export const sloWithoutPolicy: Check = {
  code: 'slo-without-policy',
  severity: 'info',
  section: '§12.1',
  summary:
    'a service with an availability target or SLO but no error budget policy: an SLO without consequences',
  run: ({ model }) =>
    [...model.services.values()].flatMap((s) => {
      if (s.spec.errorBudgetPolicy !== undefined || isSreRunModel(s.spec.runModel)) return [];
      const target =
        s.spec.availabilityTarget !== undefined
          ? `a target of ${s.spec.availabilityTarget}%`
          : s.spec.slo !== undefined
            ? `the SLO ${s.spec.slo}`
            : undefined;
      if (target === undefined) return [];
      return [
        finding(
          sloWithoutPolicy,
          { kind: 'Service', name: s.name },
          `Service ${s.name} has ${target} but no error budget policy: an SLO without consequences; agree what happens when its budget is spent (a release freeze, postmortems, who is told).`,
        ),
      ];
    }),
};
