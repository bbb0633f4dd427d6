import type { CompensationPolicy, Model, Weekday } from '../../model/index.ts';
import { WEEKDAYS } from '../../model/index.ts';

/** Business days and hours, in local time of whoever they apply to (§12.9.5). */
export interface BusinessHours {
  readonly days: readonly Weekday[];
  /** `HH:MM`, local. */
  readonly start: string;
  /** `HH:MM`, local, after `start`. */
  readonly end: string;
}

/** What the CompensationPolicy schema defaults to, and what applies without any policy. */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '09:00',
  end: '17:00',
};

/**
 * The compensation policy that defines business hours: the one named, else the first in the
 * model (the model has no link from a rotation to a policy; organizations use one in practice).
 * Undefined when the model has none or the name is unknown.
 */
export function compensationPolicyOf(
  model: Model,
  name?: string | undefined,
): CompensationPolicy | undefined {
  if (name !== undefined) return model.compensationPolicies.get(name);
  return model.compensationPolicies.values().next().value;
}

export function businessHoursOf(policy: CompensationPolicy | undefined): BusinessHours {
  return policy?.spec.businessHours ?? DEFAULT_BUSINESS_HOURS;
}

/** Minutes after midnight of an `HH:MM` time. */
export function minuteOfDay(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** Monday is 0, Sunday 6. */
export function weekdayIndex(day: Weekday): number {
  return WEEKDAYS.indexOf(day);
}
