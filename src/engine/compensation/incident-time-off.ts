import type { CompensationPolicySpec } from '../../model/index.ts';

/** §12.9.5: "Time off following an on-call shift resolving incidents outside of business hours", in hours. */
export function incidentTimeOff(policy: CompensationPolicySpec, incidentOffHours: number): number {
  return incidentOffHours * (policy.timeOffPerIncidentHour ?? 0);
}
