import { policyToAgree } from '../../model/index.ts';
import { type Check, finding } from './check.ts';

/**
 * §12.4.1–§12.4.2: shared on-call rests on an agreement between the SRE team and the development
 * team ("A general agreement between the development teams and the SRE team needs to govern the
 * SRE engagements"), which across organizations "will be reflected in the developments teams'
 * error budget policies". Without one, neither side knows when SRE may step back.
 */
export const sharedOnCallWithoutPolicy: Check = {
  code: 'shared-on-call-without-policy',
  severity: 'warning',
  section: '§12.4.1, §12.4.2',
  summary: 'a `you-and-sre-run-it` service without an error budget policy',
  run: ({ model }) =>
    [...model.services.values()]
      .filter(
        (s) =>
          s.spec.runModel === 'you-and-sre-run-it' &&
          policyToAgree(model, s) === 'error-budget-policy',
      )
      .map((s) =>
        finding(
          sharedOnCallWithoutPolicy,
          { kind: 'Service', name: s.name },
          `Service ${s.name} shares its on-call with SRE but has no error budget policy: the agreement that governs the SRE engagement, and when SRE may withdraw, is not written down.`,
        ),
      ),
};
