import type { CompiledModel } from '../../model/index.ts';
import { type Month, selectPolicy } from '../compensation/index.ts';
import { businessHoursOf } from '../coverage-hours/index.ts';
import { type AllocationResult, supportAllocations } from './support-allocations.ts';

/**
 * The support hours per month of every allocation of SRE teams to development teams (§12.4.7),
 * the one rule chargeback, the plan and the `over-budget` check share: `hoursPerMonth` as agreed
 * in `supports`; a team supported without agreed hours gets an even share of what is left of
 * the SRE team's working time. The chapter charges "the time the SREs spend supporting the
 * development teams (nearly all their work time)", so unagreed support is never free. Working
 * time follows the business hours of the policy that pays each engineer, else of the one in force
 * (the default without one, `teamWorkingHundredths`);
 * `average` is an average month (365.25 ÷ 12 days), for plans and yearly budgets.
 */
export function supportHoursPerMonth(
  model: CompiledModel,
  month: Month | 'average',
): AllocationResult {
  const selected = selectPolicy(model);
  const businessHours = businessHoursOf(selected.ok ? selected.policy?.spec : undefined);
  return supportAllocations({ model, month, businessHours });
}
