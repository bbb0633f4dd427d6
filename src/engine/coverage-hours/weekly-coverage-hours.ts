import { type Coverage, type DurationMinutes, durationMinutes } from '../../model/index.ts';
import type { BusinessHours } from './business-hours.ts';
import { businessWindow, coverageWindow, weekendWindow } from './coverage-window.ts';
import { overlapMinutes, totalMinutes } from './week-intervals.ts';

/** Minutes per week one on-call slot of a coverage spends on standby, split by business hours. */
export interface WeeklyCoverageMinutes {
  readonly total: DurationMinutes;
  readonly business: DurationMinutes;
  /** Outside business hours, weekends included. */
  readonly off: DurationMinutes;
  /** The part of `off` that falls on weekend days. */
  readonly weekend: DurationMinutes;
}

/** Computed from the coverage window and the business hours, never copied from a table. */
export function weeklyCoverageMinutes(
  coverage: Coverage,
  hours: BusinessHours,
): WeeklyCoverageMinutes {
  const window = coverageWindow(coverage, hours);
  const total = totalMinutes(window);
  const business = overlapMinutes(window, businessWindow(hours));
  return {
    total,
    business,
    off: durationMinutes(total - business),
    weekend: overlapMinutes(window, weekendWindow(hours)),
  };
}
