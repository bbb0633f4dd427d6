import type { CompensationPolicy, CompiledModel } from '../../model/index.ts';
import type { Absence } from './absence.ts';
import type { ConcurrencyRule } from './concurrency.ts';
import { findAbsentOnCall } from './find-absent-on-call.ts';
import { findCoverageGaps } from './find-coverage-gaps.ts';
import { findDoubleBooked } from './find-double-booked.ts';
import { findTimeOffConflicts, type TimeOff, timeOffEarned } from './find-time-off-conflicts.ts';
import { findUnstaffed } from './find-unstaffed.ts';
import type { Interval } from './interval.ts';
import { rotationRuns } from './rotation-runs.ts';
import type { Shift } from './shift.ts';
import { compareViolations, type Violation } from './violation.ts';

export interface Checked {
  readonly violations: readonly Violation[];
  readonly timeOff: readonly TimeOff[];
}

/**
 * Every constraint a schedule must meet, checked on the shifts as they are (planned, or with
 * overrides applied): coverage staffed, nobody on call while absent or in time off, nobody on
 * two rotations at once unless allowed, and no high-tier service left without anyone on call.
 */
export function checkSchedule(options: {
  readonly model: CompiledModel;
  readonly range: Interval;
  readonly shifts: readonly Shift[];
  readonly coverage: ReadonlyMap<string, readonly Interval[]>;
  readonly absences: readonly Absence[];
  readonly policy: CompensationPolicy | undefined;
  readonly allowConcurrent: ConcurrencyRule;
  /** Time off earned, when already known (from planning); else computed from the shifts. */
  readonly timeOff?: readonly TimeOff[] | undefined;
}): Checked {
  const timeOff = options.timeOff ?? timeOffEarned(options);
  // Where each rotation's shifts lie and who is in them, found once for the checks that ask.
  const runs = rotationRuns(options.shifts);
  const violations = [
    ...findUnstaffed({ ...options, timeOff, runs }),
    ...findAbsentOnCall(options),
    ...findDoubleBooked({ ...options, runs }),
    ...findTimeOffConflicts({ ...options, timeOff, runs }),
    ...findCoverageGaps(options),
  ].sort(compareViolations);
  return { violations, timeOff };
}
