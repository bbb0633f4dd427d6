import {
  type CompensationPolicySpec,
  type DurationMinutes,
  durationMinutes,
  MINUTES_PER_DAY,
  WEEKDAYS,
  type Weekday,
} from '../../model/index.ts';

/** Business hours as the compensation policy states them, in each person's own time zone. */
export interface BusinessHours {
  readonly days: readonly Weekday[];
  /** `HH:MM`, local time. */
  readonly start: string;
  /** `HH:MM`, local time, after `start`. */
  readonly end: string;
}

/** The policy schema's default: Monday to Friday, 09:00–17:00. */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  days: ['mon', 'tue', 'wed', 'thu', 'fri'],
  start: '09:00',
  end: '17:00',
};

export function businessHoursOf(policy: CompensationPolicySpec | undefined): BusinessHours {
  return policy?.businessHours ?? DEFAULT_BUSINESS_HOURS;
}

/** Minutes after midnight of an `HH:MM` time. */
export function minuteOfDay(time: string): DurationMinutes {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return durationMinutes(hours * 60 + minutes);
}

/** The `HH:MM` of a minute after midnight (`minuteOfDay`'s inverse), wrapped round the day. */
export function timeOfDay(minute: number): string {
  const m = ((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Monday is 0, Sunday 6. */
export function dayIndex(day: Weekday): number {
  return WEEKDAYS.indexOf(day);
}

/**
 * Weekend days are the days that are not business days (Saturday and Sunday for the default
 * Monday–Friday week). Every weekend hour is therefore also an off-hours hour.
 */
export function isWeekend(day: Weekday, hours: BusinessHours): boolean {
  return !hours.days.includes(day);
}
