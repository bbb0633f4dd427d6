import type { CompensationPolicy } from '../../model/index.ts';
import { type BusinessHours, DEFAULT_BUSINESS_HOURS } from '../coverage-hours/business-hours.ts';

// One definition of business hours for schedules, staffing and compensation (§12.9.5), so the
// hours a schedule reports and the hours compensation pays are classified alike.
export {
  type BusinessHours,
  DEFAULT_BUSINESS_HOURS,
  dayIndex as weekdayIndex,
  minuteOfDay,
} from '../coverage-hours/business-hours.ts';

export function businessHoursOf(policy: CompensationPolicy | undefined): BusinessHours {
  return policy?.spec.businessHours ?? DEFAULT_BUSINESS_HOURS;
}
