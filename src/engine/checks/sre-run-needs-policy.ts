import { type Check, finding } from './check.ts';

/** §12.5: SRE runs a service alone only under an error budget policy, the reliability agreement. */
export const sreRunNeedsPolicy: Check = {
  code: 'sre-run-needs-policy',
  severity: 'error',
  section: '§12.5',
  summary: 'a `sre-runs-it` service without an error budget policy',
  run: ({ model }) =>
    [...model.services.values()]
      .filter((s) => s.spec.runModel === 'sre-runs-it' && s.spec.errorBudgetPolicy === undefined)
      .map((s) =>
        finding(
          sreRunNeedsPolicy,
          { kind: 'Service', name: s.name },
          `Service ${s.name} is run by SRE alone but has no error budget policy: without that agreement the SRE team cannot hand it back when it keeps depleting its budget.`,
        ),
      ),
};
