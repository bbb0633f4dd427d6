import { reachesOutsideBusinessHours } from '../../model/index.ts';
import { paysForStandby } from '../compensation/pays-for-standby.ts';
import { type Check, finding } from './check.ts';

/**
 * §12.9.5: out-of-hours standby with no compensation "will snowball into burnout,
 * resentfulness, and attempts to find another job elsewhere"; time off in lieu "can be enabled
 * immediately". The policy in force is the model's first (the one `oncall-cost` and `hours`
 * use unless told otherwise); a model with no policy at all is `off-hours-without-compensation`.
 */
export const standbyUnpaid: Check = {
  code: 'standby-unpaid',
  severity: 'warning',
  section: '§12.9.5',
  summary:
    'a rotation on call outside business hours (24x7, 8x7) under a compensation policy that gives nothing for standby: no standby pay, no time off, no base uplift',
  run: ({ model }) => {
    const policy = model.compensationPolicies.values().next().value;
    if (!policy || paysForStandby(policy.spec)) return [];
    return [...model.rotations.values()]
      .filter((r) => reachesOutsideBusinessHours(r.spec.coverage))
      .map((r) =>
        finding(
          standbyUnpaid,
          { kind: 'Rotation', name: r.name },
          `Rotation ${r.name} is on call ${r.spec.coverage}, outside business hours, but compensation policy ${policy.name} gives nothing for that standby (no standbyPerHour, no timeOffPerStandbyHour, no baseUpliftPercent): unpaid out-of-hours standby leads to burnout and people leaving; time off in lieu can be granted at once.`,
        ),
      );
  },
};
