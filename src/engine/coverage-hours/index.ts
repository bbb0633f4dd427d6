export { monthlyHoursFromWeeklyMinutes, WEEKS_PER_MONTH } from './average-month.ts';
export {
  type BusinessHours,
  businessHoursOf,
  DEFAULT_BUSINESS_HOURS,
  dayIndex,
  isWeekend,
  minuteOfDay,
  timeOfDay,
} from './business-hours.ts';
export {
  businessWindow,
  COVERED_HOURS_PER_DAY,
  coverageWindow,
  weekendWindow,
} from './coverage-window.ts';
export {
  HOURS_PER_WEEK,
  MAX_ON_CALL_SHARE,
  ON_CALL_AT_ONCE,
  ON_CALL_PER_ROTATION,
} from './on-call-at-once.ts';
export { personBusinessHours, rotationBusinessHours } from './rotation-business-hours.ts';
export type { WeekInterval } from './week-intervals.ts';
export {
  contains,
  dailyInterval,
  overlapMinutes,
  totalMinutes,
} from './week-intervals.ts';
export { type WeeklyCoverageMinutes, weeklyCoverageMinutes } from './weekly-coverage-hours.ts';
