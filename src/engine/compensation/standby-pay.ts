import type { CompensationPolicySpec } from '../../model/index.ts';
import { type Money, moneyFromMajor, multiplyMoney } from '../money/index.ts';

/**
 * §12.9.5: "Payment for being on standby outside of business hours". Standby inside business
 * hours is ordinary working time and earns nothing extra.
 */
export function standbyPay(policy: CompensationPolicySpec, offHours: number): Money {
  return multiplyMoney(moneyFromMajor(policy.standbyPerHour ?? 0, policy.currency), offHours);
}
