import type { CompensationPolicySpec } from '../../model/index.ts';

/**
 * §12.9.5: "Time off following an on-call shift on standby outside of business hours", in
 * hours. The chapter recommends time off where pay is not yet agreed: it "typically can be
 * enabled immediately".
 */
export function standbyTimeOff(policy: CompensationPolicySpec, offHours: number): number {
  return offHours * (policy.timeOffPerStandbyHour ?? 0);
}
