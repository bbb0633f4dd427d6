export { baseUplift } from './base-uplift.ts';
export { type ClassifiedHours, classifyHours } from './classify-hours.ts';
export { compensatePerson, type PersonCompensation } from './compensate-person.ts';
export { coverageIntervals } from './coverage-intervals.ts';
export { incidentPay } from './incident-pay.ts';
export { incidentTimeOff } from './incident-time-off.ts';
export { type IncidentWork, incidentWorkInterval } from './incident-work.ts';
export {
  intersectIntervals,
  intervalHours,
  normalizeIntervals,
  subtractIntervals,
  type TimeInterval,
} from './intervals.ts';
export { formatMonth, type Month, monthInterval, monthOf, parseMonth } from './month.ts';
export { paysForStandby } from './pays-for-standby.ts';
export { checkPersonHours, type HoursProblem, type PersonHours } from './person-hours.ts';
export { rotationsWorking, WORKING_ORDER } from './rotations-working.ts';
export { defaultPolicy, type PolicySelection, selectPolicy } from './select-policy.ts';
export { standbyPay } from './standby-pay.ts';
export { standbyTimeOff } from './standby-time-off.ts';
export { type WallClockSegment, wallClockSegments } from './wall-clock-segments.ts';
export { withinBudgetBonus } from './within-budget-bonus.ts';
