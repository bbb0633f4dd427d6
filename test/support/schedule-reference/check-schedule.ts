// The schedule engine's src/engine/schedule/check-schedule.ts as it was before it was made fast (commit
// c0e11df), kept as it was: the oracle that src/engine/schedule/generate-schedule.reference.test.ts
// checks the engine against. Keep it simple and slow; do not optimise it.

import type { Absence } from '../../../src/engine/schedule/absence.ts';
import type { ConcurrencyRule } from '../../../src/engine/schedule/concurrency.ts';
import { findAbsentOnCall } from '../../../src/engine/schedule/find-absent-on-call.ts';
import { findCoverageGaps } from '../../../src/engine/schedule/find-coverage-gaps.ts';
import type { Shift } from '../../../src/engine/schedule/shift.ts';
import { compareViolations, type Violation } from '../../../src/engine/schedule/violation.ts';
import type { CompensationPolicy, CompiledModel } from '../../../src/model/index.ts';
import { findDoubleBooked } from './find-double-booked.ts';
import { findTimeOffConflicts, type TimeOff, timeOffEarned } from './find-time-off-conflicts.ts';
import { findUnstaffed } from './find-unstaffed.ts';
import { type Interval, inMillis } from './interval.ts';

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
  const violations = [
    ...findUnstaffed({ ...options, timeOff }),
    ...findAbsentOnCall(options),
    ...findDoubleBooked(options),
    ...findTimeOffConflicts({ ...options, timeOff }),
    ...findCoverageGaps({ ...options, range: inMillis(options.range) }),
  ].sort(compareViolations);
  return { violations, timeOff };
}
