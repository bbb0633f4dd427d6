import type { CompensationPolicy, CompiledModel } from '../../model/index.ts';
import { type BusinessHours, DEFAULT_BUSINESS_HOURS } from '../coverage-hours/business-hours.ts';

// One definition of business hours for schedules, staffing and compensation (§12.9.5), so the
// hours a schedule reports and the hours compensation pays are classified alike.
export {
  type BusinessHours,
  DEFAULT_BUSINESS_HOURS,
  dayIndex as weekdayIndex,
  minuteOfDay,
} from '../coverage-hours/business-hours.ts';

/**
 * The compensation policy that defines business hours: the one named, else the first in the
 * model (the model has no link from a rotation to a policy; organizations use one in practice).
 * Undefined when the model has none or the name is unknown.
 */
export function compensationPolicyOf(
  model: CompiledModel,
  name?: string | undefined,
): CompensationPolicy | undefined {
  if (name !== undefined) return model.compensationPolicies.get(name);
  return model.compensationPolicies.values().next().value;
}

export function businessHoursOf(policy: CompensationPolicy | undefined): BusinessHours {
  return policy?.spec.businessHours ?? DEFAULT_BUSINESS_HOURS;
}
