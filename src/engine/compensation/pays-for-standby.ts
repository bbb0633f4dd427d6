import type { CompensationPolicySpec } from '../../model/index.ts';

/**
 * What a policy gives for standby outside business hours (§12.9.5's building blocks): pay per
 * hour, time off per hour, or a higher base salary. Incident pay alone is not for standby. The
 * check `standby-unpaid` and the on-call cost's assumptions read a policy by this one rule.
 */
export function paysForStandby(policy: CompensationPolicySpec): boolean {
  return (
    (policy.standbyPerHour ?? 0) > 0 ||
    (policy.timeOffPerStandbyHour ?? 0) > 0 ||
    (policy.baseUpliftPercent ?? 0) > 0
  );
}
