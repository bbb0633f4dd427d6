import type { CompensationPolicySpec } from '../../model/index.ts';
import { type Money, moneyFromMajor, multiplyMoney } from '../money/index.ts';

/**
 * §12.9.5: "Payments for working on incidents outside of business hours". Paid on top of the
 * standby pay for the same hours: standby pays for being reachable, this for the work.
 */
export function incidentPay(policy: CompensationPolicySpec, incidentOffHours: number): Money {
  return multiplyMoney(
    moneyFromMajor(policy.incidentPerHour ?? 0, policy.currency),
    incidentOffHours,
  );
}
