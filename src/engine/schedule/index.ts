export { COVERED_HOURS_PER_DAY } from '../coverage-hours/coverage-window.ts';
export type { Absence } from './absence.ts';
export { applyOverrides } from './apply-overrides.ts';
export {
  type BusinessHours,
  businessHoursOf,
  DEFAULT_BUSINESS_HOURS,
} from './business-hours.ts';
export { checkSchedule } from './check-schedule.ts';
export { type ConcurrencyRule, concurrencyAllowed } from './concurrency.ts';
export { coverageWindows } from './coverage-windows.ts';
export { coveringRotations } from './covering-rotations.ts';
export { type TimeOff, timeOffEarned } from './find-time-off-conflicts.ts';
export { formatInstant, formatSpan } from './format-instant.ts';
export { generateSchedule, type Schedule, type ScheduleInput } from './generate-schedule.ts';
export { type HandoffPattern, handoffPattern, type Slot, slotsBetween } from './handoff-slots.ts';
export { hoursPerPerson, type PersonHours } from './hours-per-person.ts';
export { DAY_MS, earlier, HOUR_MS, type Interval, later } from './interval.ts';
export { DEFAULT_LOAD_WEIGHTS, type LoadWeights } from './load-weights.ts';
export type { Override } from './override.ts';
export { planPeriodOf } from './plan-periods.ts';
export { type Plan, type PlanInput, planSchedule } from './plan-schedule.ts';
export { type MemberLoad, type RotationBalance, scheduleBalance } from './schedule-balance.ts';
export { compareShifts, type Shift } from './shift.ts';
export { type Severity, VIOLATION_CODES, type Violation, type ViolationCode } from './violation.ts';
export {
  ON_CALL_LOOKAHEAD_MS,
  type OnCall,
  type OnCallAnswer,
  whoIsOnCall,
} from './who-is-on-call.ts';
export { type ZoneClock, zoneClock } from './zone-clock.ts';
export { newZoneClocks, type ZoneClocks, zoneClocks } from './zone-clocks.ts';
